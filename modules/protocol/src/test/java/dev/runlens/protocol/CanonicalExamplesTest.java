package dev.runlens.protocol;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.runlens.protocol.TestJson.get;
import static dev.runlens.protocol.TestJson.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The runtime's worked examples ({@code ../shared/corpus/canonical-examples.json}, design/protocol.md
 * "Worked examples"): each example with an input file text gives, through {@link BundleReader},
 * the runtime's hash of the object it names ({@code JSON.parse} result = our raw hash,
 * {@code parseRunBundleJson} result = our computed hash) and, through {@link CanonicalJson}, its
 * exact canonical text. Examples without an input are checked on the value they show.
 */
class CanonicalExamplesTest {
    /** Members covered by {@code integrity.sha256}. */
    private static final List<String> HASHED = List.of("run", "trace", "artifacts", "ruleSets", "engine");

    @TestFactory
    List<DynamicTest> everyExampleGivesTheRuntimesCanonicalTextAndHash() throws Exception {
        JsonValue doc = TestJson.read(SharedFolder.require("corpus/canonical-examples.json"));
        List<JsonValue> examples = ((JsonValue.Arr) get(doc, "examples")).items();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue e : examples) {
            String title = str(e, "title");
            tests.add(DynamicTest.dynamicTest(title, checkFor(e, examples)));
        }
        assertTrue(tests.size() >= 15, "examples: " + tests.size());
        return tests;
    }

    private static Executable checkFor(JsonValue e, List<JsonValue> all) {
        String title = str(e, "title");
        String label = title.substring(0, title.indexOf('.'));
        if (str(e, "error") != null) {
            // 8 (`undefined` in an array) and 9 (one object reached twice) are built in memory: JSON text
            // can spell neither, and JsonValue trees have no undefined and are never shared by the reader.
            return () -> Assumptions.abort("in-memory only, cannot come from JSON text: " + str(e, "error"));
        }
        if (str(e, "inputText") != null) return () -> bundleExample(e);
        return switch (label) {
            case "4x" -> () -> assertNotEquals(str(e, "canonical"), memberOrder(str(e, "canonical")), "a code-point order");
            case "4y" -> () -> assertEquals(str(e, "canonical"), memberOrder(str(e, "canonical")));
            case "10a" -> () -> valueExample(e, CanonicalJson.Form.ARTIFACT_PAYLOAD);
            case "10b" -> () -> valueExample(e, CanonicalJson.Form.INTEGRITY);
            case "11" -> () -> serializedBundleExample(e, all.get(0));
            default -> () -> fail("no check written for example " + title);
        };
    }

    /** The input file through the verifier (hash) and the loader (canonical text of the hashed body). */
    private static void bundleExample(JsonValue e) {
        byte[] input = str(e, "inputText").getBytes(StandardCharsets.UTF_8);
        boolean raw = str(e, "hashedObject").startsWith("JSON.parse");
        VerificationReport report = BundleReader.verifier().read(str(e, "title"), input).report();
        assertTrue(report.accepted(), () -> "rejected: " + report.error());
        assertEquals(str(e, "sha256"), raw ? report.rawSha256() : report.computedSha256(), raw ? "raw hash" : "parsed hash");

        BundleReader.Loaded loaded = BundleReader.loader().read(str(e, "title"), input);
        String canonical = CanonicalJson.toString(body(raw ? loaded.rawTree() : loaded.normalizedTree()), CanonicalJson.Form.INTEGRITY);
        assertEquals(str(e, "canonical"), canonical);
        assertEquals(str(e, "sha256"), TestBytes.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** A value shown by its canonical text (its members' file order does not matter): same text and hash. */
    private static void valueExample(JsonValue e, CanonicalJson.Form form) throws Exception {
        JsonValue value = JsonReader.hardened().read(str(e, "canonical").getBytes(StandardCharsets.UTF_8)).value();
        byte[] bytes = CanonicalJson.toBytes(value, form);
        assertEquals(str(e, "canonical"), new String(bytes, StandardCharsets.UTF_8));
        assertEquals(str(e, "sha256"), TestBytes.sha256Hex(bytes));
    }

    /** {@code serializeRunBundle} of the minimal bundle with integrity: verifies, and is its own canonical form. */
    private static void serializedBundleExample(JsonValue e, JsonValue minimal) throws Exception {
        byte[] text = str(e, "canonical").getBytes(StandardCharsets.UTF_8);
        VerificationReport report = BundleReader.verifier().read(str(e, "title"), text).report();
        assertEquals(IntegrityVerdict.VALID, report.integrity(), () -> "error " + report.error());
        assertEquals(str(minimal, "sha256"), report.declaredSha256());
        JsonValue whole = JsonReader.hardened().read(text).value();
        assertEquals(str(e, "canonical"), CanonicalJson.toString(whole, CanonicalJson.Form.INTEGRITY));
    }

    /** Keys given as {@code "k1","k2",...}, in the order the integrity form writes them. */
    private static String memberOrder(String quotedKeys) throws Exception {
        JsonValue.Arr keys = (JsonValue.Arr) JsonReader.hardened().read(("[" + quotedKeys + "]").getBytes(StandardCharsets.UTF_8)).value();
        Map<String, JsonValue> obj = new LinkedHashMap<>();
        for (int i = keys.size() - 1; i >= 0; i--) obj.put(((JsonValue.Str) keys.get(i)).value(), JsonValue.num(i));
        String canonical = CanonicalJson.toString(new JsonValue.Obj(obj), CanonicalJson.Form.INTEGRITY);
        List<String> order = new ArrayList<>();
        for (String member : canonical.substring(1, canonical.length() - 1).split(",")) order.add(member.substring(0, member.lastIndexOf(':')));
        return String.join(",", order);
    }

    /** {@code {run, trace, artifacts, ruleSets, engine?}} of a bundle tree, as the runtime hashes it. */
    private static JsonValue body(JsonValue bundle) {
        Map<String, JsonValue> out = new LinkedHashMap<>();
        for (String k : HASHED) {
            JsonValue v = get(bundle, k);
            if (v != null) out.put(k, v);
        }
        return new JsonValue.Obj(out);
    }
}
