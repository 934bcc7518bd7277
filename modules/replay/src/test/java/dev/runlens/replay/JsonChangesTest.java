package dev.runlens.replay;

import dev.runlens.protocol.json.JsonReadException;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.PatchOpKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonChangesTest {
    static List<String> realistic() throws IOException {
        return SampleBundles.realistic();
    }

    private static JsonValue json(String s) {
        try {
            return JsonReader.hardened().read(s.getBytes(StandardCharsets.UTF_8)).value();
        } catch (JsonReadException e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    @Test
    void aChangedMemberIsAReplaceWithItsOldAndNewValue() {
        List<JsonChange> changes = JsonChanges.between(json("{\"queue\":\"standard\",\"n\":1}"),
                json("{\"n\":1,\"queue\":\"complex\"}"));
        assertEquals(List.of(new JsonChange(JsonChange.Op.REPLACE, "/queue", Optional.of(JsonValue.str("standard")),
                Optional.of(JsonValue.str("complex")))), changes);
    }

    @Test
    void addedAndRemovedMembersCarryTheirValues() {
        List<JsonChange> changes = JsonChanges.between(json("{\"a\":[1,2],\"gone\":true}"), json("{\"a\":[1,2,3]}"));
        assertTrue(changes.contains(new JsonChange(JsonChange.Op.REMOVE, "/gone", Optional.of(JsonValue.Bool.TRUE),
                Optional.empty())), changes.toString());
        assertTrue(changes.contains(new JsonChange(JsonChange.Op.ADD, "/a/2", Optional.empty(),
                Optional.of(JsonValue.num(3)))), changes.toString());
        assertEquals(2, changes.size());
    }

    @Test
    void equalValuesHaveNoChanges() {
        assertEquals(List.of(), JsonChanges.between(json("{\"a\":{\"b\":[1,{}]}}"), json("{\"a\":{\"b\":[1,{}]}}")));
    }

    /** Replaying the changes on each version of every sample artifact gives the next version. */
    @ParameterizedTest
    @MethodSource("realistic")
    void changesBetweenConsecutiveVersionsReplayToTheNewerVersion(String file) {
        Replay replay = Replay.of(SampleBundles.bundle(file));
        for (String k : replay.finalState().artifacts().keySet()) {
            List<ArtifactVersion> versions = replay.artifactVersions(k, replay.size());
            for (int i = 1; i < versions.size(); i++) {
                JsonValue from = versions.get(i - 1).state().data().orElse(JsonValue.Null.INSTANCE);
                JsonValue to = versions.get(i).state().data().orElse(JsonValue.Null.INSTANCE);
                List<PatchOp> ops = JsonChanges.between(from, to).stream().map(JsonChangesTest::op).toList();
                PatchReplay.Result r = PatchReplay.apply(from, ops);
                assertTrue(r.applied(), r.error());
                assertTrue(JsJson.same(to, r.data()), k + " v" + versions.get(i).version());
            }
        }
    }

    private static PatchOp op(JsonChange c) {
        PatchOpKind kind = switch (c.op()) {
            case ADD -> PatchOpKind.ADD;
            case REMOVE -> PatchOpKind.REMOVE;
            case REPLACE -> PatchOpKind.REPLACE;
        };
        return new PatchOp(kind, c.path(), Optional.empty(), c.value());
    }
}
