package dev.runlens.protocol.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An object's compact members behave as the LinkedHashMap that JSON.parse semantics were written with. */
class MembersTest {
    /** Keys with equal hash codes ("Aa" and "BB" collide), repeated, around the indexing threshold. */
    private static List<String> keys(Random random, int count) {
        String[] colliding = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(random.nextInt(4) == 0 ? colliding[random.nextInt(colliding.length)] : "k" + random.nextInt(count + 1));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5, 11, 12, 13, 30, 200})
    void theBuilderKeepsFirstPositionsAndLastValuesLikeJsonParse(int count) {
        Random random = new Random(count);
        for (int round = 0; round < 50; round++) {
            Map<String, JsonValue> expected = new LinkedHashMap<>();
            Members.Builder b = new Members.Builder();
            for (String k : keys(random, count)) {
                JsonValue v = new JsonValue.Num(random.nextInt(1000));
                assertEquals(expected.containsKey(k), b.containsKey(k));
                expected.put(k, v);
                b.put(k, v);
            }
            Members m = b.build();
            assertEquals(expected, m);
            assertEquals(m, expected);
            assertEquals(expected.hashCode(), m.hashCode());
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(m.keySet()));
            assertEquals(List.copyOf(expected.values()), List.copyOf(m.values()));
            assertEquals(List.copyOf(expected.entrySet()), List.copyOf(m.entrySet()));
            for (String k : keys(random, count + 5)) {
                assertEquals(expected.get(k), m.get(k), k);
                assertEquals(expected.containsKey(k), m.containsKey(k), k);
            }
            assertNull(m.get("absent"));
            assertNull(m.get(42));
            assertEquals(m, Members.copyOf(expected));
        }
    }

    @Test
    void anObjectsMembersCannotBeChanged() {
        Map<String, JsonValue> m = new JsonValue.Obj(Map.of("a", JsonValue.Null.INSTANCE)).members();
        assertThrows(UnsupportedOperationException.class, () -> m.put("b", JsonValue.Null.INSTANCE));
        assertThrows(UnsupportedOperationException.class, () -> m.remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> m.keySet().iterator().remove());
        assertThrows(UnsupportedOperationException.class, () -> m.entrySet().iterator().next().setValue(JsonValue.Null.INSTANCE));
    }

    @Test
    void anObjectCopiesTheMapItIsGivenSoLaterChangesDoNotReachIt() {
        Map<String, JsonValue> source = new LinkedHashMap<>();
        source.put("x", JsonValue.Bool.TRUE);
        JsonValue.Obj o = new JsonValue.Obj(source);
        source.put("y", JsonValue.Bool.FALSE);
        assertEquals(1, o.members().size());
        assertTrue(o.has("x"));
        assertFalse(o.has("y"));
        assertEquals(new JsonValue.Obj(Map.of("x", JsonValue.Bool.TRUE)), o);
    }
}
