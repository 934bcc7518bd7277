package dev.runlens.protocol.model;

import dev.runlens.protocol.TestJson;
import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.schema.BundleSchemas;
import dev.runlens.protocol.schema.GateContext;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.runlens.protocol.TestJson.get;
import static dev.runlens.protocol.TestJson.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A probe key added to every object of a corpus bundle: the model's extras are exactly the keys
 * the schema gate strips, at every position, so no known field is reported and no stripped one is
 * lost.
 */
class StrippedKeysTest {
    private static final String PROBE = "rl_probe";
    /** {@code .strict()} objects reject unknown keys, so they are not probed. */
    private static final Pattern STRICT = Pattern.compile("run\\.subject|trace\\[\\d+]\\.(usage|cost|patch\\[\\d+])");

    @TestFactory
    List<DynamicTest> extrasAreExactlyWhatTheGateStrips() throws Exception {
        Path corpus = SharedFolder.require("corpus");
        JsonValue manifest = TestJson.read(corpus.resolve("manifest.json"));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue entry : ((JsonValue.Arr) get(manifest, "files")).items()) {
            String file = str(entry, "file");
            boolean accepted = get(get(entry, "parse"), "accepted") instanceof JsonValue.Bool b && b.value();
            if (!accepted || file.contains("deeply-nested")) continue;
            tests.add(DynamicTest.dynamicTest(file, () -> check(TestJson.read(corpus.resolve(file)))));
        }
        tests.add(DynamicTest.dynamicTest("positions no corpus file fills", () -> check(Bundles.text(EVERY_POSITION).rawTree())));
        return tests;
    }

    /** Run annotations, pinned artifacts and engine idempotency entries, which the corpus never has, and the rest. */
    private static final String EVERY_POSITION = """
            {"protocolVersion":"1.0.0","run":{"id":"r","workflowId":"wf","workflowVersion":1,
              "workflowSnapshot":{"id":"wf","version":1,"steps":[{"id":"a"}],"edges":[{"id":"e","from":"a","to":"a"}]},
              "startedAt":"2025-01-01T00:00:00Z","status":"running","subject":{"userId":"u"},"metadata":{"m":{"n":1}},
              "context":{"parentRunId":"p","pinnedArtifacts":[{"artifactKey":"k","version":1}]},
              "annotations":[{"at":"2025-01-01T00:00:00Z","text":"x"}]},
             "trace":[
              {"id":"1","runId":"r","ts":"2025-01-01T00:00:00Z","type":"step_completed","stepId":"a","ok":false,
               "error":{"message":"m"}},
              {"id":"2","runId":"r","ts":"2025-01-01T00:00:00Z","type":"span_ended","spanId":"s","error":{"message":"m"},
               "attributes":{"k":{"v":1}}},
              {"id":"3","runId":"r","ts":"2025-01-01T00:00:00Z","type":"model_io","direction":"response",
               "usage":{"inputTokens":1},"cost":{"amount":0,"currency":"USD"},"payload":{"p":{}}},
              {"id":"4","runId":"r","ts":"2025-01-01T00:00:00Z","type":"artifact_patch","artifactKey":"k","fromVersion":1,
               "toVersion":2,"patch":[{"op":"add","path":"/x","value":{"v":{}}}]},
              {"id":"5","runId":"r","ts":"2025-01-01T00:00:00Z","type":"rule_changed","ruleSetId":"rs",
               "snapshot":{"id":"rs","ruleSchemaId":"s","rules":[{"id":"r1","priority":1,"enabled":true,"payload":{}}]}},
              {"id":"6","runId":"r","ts":"2025-01-01T00:00:00Z","type":"artifact_written",
               "artifact":{"artifactKey":"k","typeId":"t","version":1,"createdAt":"2025-01-01T00:00:00Z",
                           "pointer":{"kind":"inline"},"data":{"d":{}}}}],
             "artifacts":[],"ruleSets":[],
             "engine":{"revision":1,"stepStatus":[["a","pending"]],"gateState":[["a",{"before":"approved","after":"approved"}]],
                       "idempotency":[["key",{"artifactKey":"k","version":1}]]},
             "integrity":{"sha256":"x"}}""";

    private static void check(JsonValue raw) {
        JsonValue probed = probe(raw, JsonPath.ROOT);
        GateContext ctx = new GateContext(Integer.MAX_VALUE);
        JsonValue normalized = BundleSchemas.RUN_BUNDLE.parse(probed, JsonPath.ROOT, ctx);
        assertNotNull(normalized, () -> "probed bundle rejected: " + ctx.issues());
        Set<String> stripped = ctx.stripped().stream().map(JsonPath::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(stripped.contains(PROBE), "top-level probe stripped");
        assertEquals(stripped, ExtrasPaths.of(BundleModel.from(normalized, probed)), "from");
        assertEquals(stripped, ExtrasPaths.of(BundleModel.lenient(probed)), "lenient");
    }

    private static JsonValue probe(JsonValue v, JsonPath at) {
        if (v instanceof JsonValue.Arr a) {
            List<JsonValue> items = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) items.add(probe(a.get(i), at.index(i)));
            return new JsonValue.Arr(items);
        }
        if (!(v instanceof JsonValue.Obj o)) return v;
        Map<String, JsonValue> m = new LinkedHashMap<>();
        o.members().forEach((k, x) -> m.put(k, probe(x, at.key(k))));
        // "approved" is valid in every record position too (metadata, attributes, checkpoints)
        if (!STRICT.matcher(at.toString()).matches()) m.put(PROBE, new JsonValue.Str("approved"));
        return new JsonValue.Obj(m);
    }
}
