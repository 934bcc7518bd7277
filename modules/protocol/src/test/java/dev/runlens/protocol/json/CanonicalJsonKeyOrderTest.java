package dev.runlens.protocol.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Members in the integrity form come in {@code Object.keys(obj).sort()} order: UTF-16 code units, whatever their number. */
class CanonicalJsonKeyOrderTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5, 23, 24, 25, 60, 300})
    void membersAreSortedByUtf16CodeUnits(int members) {
        SplittableRandom rnd = new SplittableRandom(members + 17L);
        for (int round = 0; round < 30; round++) {
            LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
            while (m.size() < members) m.put(randomKey(rnd), new JsonValue.Num(m.size()));
            List<String> sorted = new ArrayList<>(m.keySet());
            sorted.sort(String::compareTo);
            StringBuilder expected = new StringBuilder("{");
            for (String k : sorted) {
                if (expected.length() > 1) expected.append(',');
                expected.append(new String(CanonicalJsonStringTest.jsonStringify(k), StandardCharsets.UTF_8))
                        .append(':').append(JsNumber.format(((JsonValue.Num) m.get(k)).value()));
            }
            String ours = CanonicalJson.toString(new JsonValue.Obj(m), CanonicalJson.Form.INTEGRITY);
            assertEquals(expected.append('}').toString(), ours);
        }
    }

    private static String randomKey(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(5)) {
                case 0 -> sb.append((char) ('0' + rnd.nextInt(10)));
                case 1 -> sb.append((char) ('A' + rnd.nextInt(58)));
                case 2 -> sb.append((char) (0xE0 + rnd.nextInt(0x20)));
                case 3 -> sb.appendCodePoint(0x1F600 + rnd.nextInt(40));
                default -> sb.append((char) (0xFF00 + rnd.nextInt(0x60)));
            }
        }
        return sb.toString();
    }
}
