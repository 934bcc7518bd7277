package dev.runlens.audit;

import dev.runlens.protocol.integrity.Severity;
import dev.runlens.protocol.integrity.Sha256;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.PatchOpKind;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Patch chains replayed: patches that do not apply (located at the failing op), chains that apply
 * to other data than {@code artifacts[]}, and what the runtime produces itself (surprise #21, user
 * export redactions) kept out of the errors.
 */
class PatchChecksTest {
    private static final Path NOT_REPLAYABLE = TestFiles.fixture("patch-not-replayable.json");
    private static final Path CHAIN_MISMATCH = TestFiles.fixture("patch-chain-mismatch.json");
    /** The claim.routing v2 -> v3 patch both fixtures insert, and claim.routing's artifacts[] entry. */
    private static final String PATCH = "trace[73]";
    private static final String ROUTING = "artifacts[5]";

    @Test
    void theRuntimesOwnUnreplayablePatchIsAWarningAtTheFailingOp() {
        AuditReport r = Auditor.standard().audit(SharedFolder.require("corpus/p32-meeting-digest-patch-not-replayable.json"));
        List<AuditFinding> f = r.findings("PATCH_NOT_REPLAYABLE");
        assertEquals(1, f.size(), r.findings()::toString);
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("trace[18].patch[1]", f.get(0).path());
        assertEquals(Target.event(TestFiles.model(SharedFolder.require("corpus/p32-meeting-digest-patch-not-replayable.json"))
                .trace().get(18)), f.get(0).target());
        assertTrue(f.get(0).message().contains("op 1 (remove /review/flags/draft) fails")
                && f.get(0).message().contains("op 0 (add /review)") && f.get(0).message().endsWith("which the runtime records as it is after the whole patch"), f.get(0)::toString);
        assertEquals(List.of(), r.findings().stream().filter(x -> x.severity() == Severity.ERROR).toList());
    }

    @Test
    void anOpRemovedFromARecordedPatchIsLocatedAtTheOpThatNoLongerResolves() throws IOException {
        AuditFinding f = Auditor.standard().audit(NOT_REPLAYABLE).findings("PATCH_NOT_REPLAYABLE").get(0);
        assertEquals(PATCH + ".patch[1]", f.path());
        assertTrue(f.message().startsWith("patch of claim.routing v2 -> v3 does not replay on v2: op 1 (replace /nextActions/3) fails: "),
                f::toString);
        assertFalse(f.message().contains("records as it is"), "no earlier op of the patch adds what the path runs through");
        assertEquals(Optional.of("claim.routing"), f.target().artifactKey());
        assertEquals(3, f.target().artifactVersion().getAsLong());
        List<String> lines = Files.readAllLines(NOT_REPLAYABLE, StandardCharsets.UTF_8);
        int line = Integer.parseInt(f.location().split(":")[0]);
        assertEquals("{", lines.get(line - 1).strip());
        assertEquals("\"path\": \"/nextActions/3\",", lines.get(line + 1).strip(), "the located object is the failing op");
    }

    @Test
    void aChainThatAppliesToOtherDataNamesBothHashesAtTheStoredData() {
        AuditFinding f = Auditor.standard().audit(CHAIN_MISMATCH).findings("PATCH_CHAIN_MISMATCH").get(0);
        assertEquals(ROUTING + ".data", f.path());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(73, f.target().eventIndex().getAsInt());
        RunBundle b = TestFiles.model(CHAIN_MISMATCH);
        JsonValue.Obj stored = (JsonValue.Obj) b.artifacts().get(5).data().orElseThrow();
        Map<String, JsonValue> replayed = new LinkedHashMap<>(stored.members());
        replayed.put("priority", new JsonValue.Str("P3")); // the recorded op's edited value
        assertEquals("claim.routing@3: replaying trace[73] on v2 (trace[58]) does not give the stored version: the replayed data hashes to "
                + hash(new JsonValue.Obj(replayed)) + ", artifacts[5].data to " + hash(stored), f.message());
    }

    /** The stored data's hash is the runtime's: encodeArtifactPayloadBytes, as the generator recorded it in expected.json. */
    @Test
    void theStoredHashIsTheRuntimesPayloadHash() throws IOException {
        JsonValue expected = BundleEdit.json(Files.readString(TestFiles.SAMPLES.resolve("expected.json")));
        String runtimes = null;
        for (JsonValue file : ((JsonValue.Arr) ((JsonValue.Obj) expected).get("files")).items()) {
            JsonValue.Obj o = (JsonValue.Obj) file;
            if (!o.get("file").equals(new JsonValue.Str("negative/audit/patch-chain-mismatch.json"))) continue;
            for (JsonValue h : ((JsonValue.Arr) o.get("artifactPayloadHashes")).items()) {
                JsonValue.Obj a = (JsonValue.Obj) h;
                if (a.get("artifactKey").equals(new JsonValue.Str("claim.routing"))) runtimes = ((JsonValue.Str) a.get("recomputedPayloadHash")).value();
            }
        }
        String message = Auditor.standard().audit(CHAIN_MISMATCH).findings("PATCH_CHAIN_MISMATCH").get(0).message();
        assertTrue(runtimes != null && message.endsWith("artifacts[5].data to " + runtimes), message + " vs " + runtimes);
    }

    @Test
    void theFaithfullyRecordedPatchReplaysWithoutFindings() {
        RunBundle b = TestFiles.model(CHAIN_MISMATCH);
        ArtifactPatch recorded = (ArtifactPatch) b.trace().get(73);
        JsonValue.Str p1 = new JsonValue.Str("P1");
        AuditReport r = BundleEdit.of(CHAIN_MISMATCH).set(PATCH + ".patch[0].value", p1).audit();
        assertEquals("P3", ((JsonValue.Str) recorded.patch().get(0).value().orElseThrow()).value());
        assertFalse(r.codes().contains("PATCH_CHAIN_MISMATCH") || r.codes().contains("PATCH_NOT_REPLAYABLE"), r.findings()::toString);
    }

    /**
     * The runtime records {@code [add /review {notes:[]}, add /review/notes/- x]} as
     * {@code add /review {notes:[x]}} + the append, which replays to {@code [x, x]}: it applies but
     * gives other data, and the runtime wrote it, so it is the warning, not the error.
     */
    @Test
    void aChainThatTheRuntimesByReferenceRecordingChangedIsAWarning() {
        BundleEdit e = BundleEdit.of(CHAIN_MISMATCH).set(PATCH + ".patch", BundleEdit.json("""
                [{"op": "add", "path": "/review", "value": {"notes": ["Receipt requested"]}},
                 {"op": "add", "path": "/review/notes/-", "value": "Receipt requested"}]"""));
        JsonValue v2 = e.get("trace[58].artifact.data");
        e.set(ROUTING + ".data", v2).put(ROUTING + ".data", "review", BundleEdit.json("{\"notes\": [\"Receipt requested\"]}"));
        AuditReport r = e.audit();
        assertFalse(r.codes().contains("PATCH_CHAIN_MISMATCH"), r.findings()::toString);
        AuditFinding f = r.findings("PATCH_NOT_REPLAYABLE").get(0);
        assertEquals(PATCH + ".patch[1]", f.path());
        assertTrue(f.message().startsWith("claim.routing@3: the patch chain applies but rebuilds other data than artifacts[5]")
                && f.message().contains("op 1 (add /review/notes/-) of trace[73] writes into the value op 0 (add /review)"), f::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing member first          | [{"op":"remove","path":"/nope"},{"op":"replace","path":"/priority","value":"P1"}]                                  | 0
            a failed test                   | [{"op":"replace","path":"/priority","value":"P1"},{"op":"test","path":"/priority","value":"P2"}]                | 1
            the last of four                | [{"op":"add","path":"/a","value":1},{"op":"add","path":"/b","value":2},{"op":"add","path":"/c","value":3},{"op":"move","from":"/zz","path":"/d"}] | 3
            a banned prototype path         | [{"op":"add","path":"/__proto__/polluted","value":true}]                                                          | 0
            an index past the end           | [{"op":"add","path":"/nextActions/0","value":"x"},{"op":"remove","path":"/nextActions/9"}]                          | 1
            """)
    void theFirstFailingOpIsLocated(String what, String ops, int failing) {
        AuditReport r = BundleEdit.of(CHAIN_MISMATCH).set(PATCH + ".patch", BundleEdit.json(ops)).audit();
        List<AuditFinding> f = r.findings("PATCH_NOT_REPLAYABLE");
        assertEquals(1, f.size(), r.findings()::toString);
        assertEquals(PATCH + ".patch[" + failing + "]", f.get(0).path(), f.get(0)::toString);
        assertFalse(r.codes().contains("PATCH_CHAIN_MISMATCH"), "nothing to compare: the stored version is kept");
    }

    /** A second patch on a version that could not be rebuilt is reported too, at its fromVersion. */
    @Test
    void aPatchOnAVersionThatCouldNotBeRebuiltSaysWhy() {
        BundleEdit e = BundleEdit.of(NOT_REPLAYABLE);
        JsonValue.Obj first = (JsonValue.Obj) e.get(PATCH);
        Map<String, JsonValue> second = new LinkedHashMap<>(first.members());
        second.put("id", new JsonValue.Str("evt_11111111-2222-4333-a444-555555555555"));
        second.put("fromVersion", new JsonValue.Num(3));
        second.put("toVersion", new JsonValue.Num(4));
        second.put("patch", BundleEdit.json("[{\"op\":\"replace\",\"path\":\"/priority\",\"value\":\"P2\"}]"));
        e.insert("trace", 74, new JsonValue.Obj(second)).put(ROUTING, "version", new JsonValue.Num(4));
        List<AuditFinding> f = e.audit().findings("PATCH_NOT_REPLAYABLE");
        assertEquals(List.of(PATCH + ".patch[1]", "trace[74].fromVersion"), f.stream().map(AuditFinding::path).toList());
        assertEquals("patch of claim.routing v3 -> v4 does not replay: the version it patches (v3) could not be rebuilt,"
                + " an earlier patch of claim.routing did not replay", f.get(1).message());
    }

    /**
     * buildUserExportBundle redacts artifacts[] and written versions but not patch ops: a patch of a
     * redacted field rebuilds the clear value where the stored version says "[REDACTED]".
     */
    @ParameterizedTest(name = "preferredLanguage {0}")
    @CsvSource(textBlock = """
            de, false
            en, true
            """)
    void inAUserExportOnlyUnredactedDifferencesAreMismatches(String language, boolean mismatch) {
        BundleEdit e = BundleEdit.of(TestFiles.fixture("redacted-payload-hash-stale.json"));
        Map<String, JsonValue> patch = new LinkedHashMap<>(((JsonValue.Obj) e.get("trace[6]")).members());
        patch.keySet().removeAll(List.of("artifact", "idempotencyKey"));
        patch.put("id", new JsonValue.Str("evt_11111111-2222-4333-a444-555555555555"));
        patch.put("type", new JsonValue.Str("artifact_patch"));
        patch.put("artifactKey", new JsonValue.Str("claim.fnol"));
        patch.put("fromVersion", new JsonValue.Num(1));
        patch.put("toVersion", new JsonValue.Num(2));
        patch.put("patch", BundleEdit.json("[{\"op\":\"replace\",\"path\":\"/claimant/email\",\"value\":\"k.obermaier@example.com\"}]"));
        e.insert("trace", 7, new JsonValue.Obj(patch)).put("artifacts[3]", "version", new JsonValue.Num(2))
                .put("artifacts[3].data.claimant", "preferredLanguage", new JsonValue.Str(language));
        AuditReport r = e.audit();
        assertTrue(r.codes().contains("USER_EXPORT"), r.codes()::toString);
        assertEquals(mismatch, r.codes().contains("PATCH_CHAIN_MISMATCH"), r.findings()::toString);
        assertFalse(r.codes().contains("PATCH_NOT_REPLAYABLE"), r.findings()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            p32: remove inside an added object      | add /review {"flags":{"urgent":true}} ; remove /review/flags/draft        | 1 0
            append into an added array              | add /review {"notes":[]} ; add /review/notes/- "x"                        | 1 0
            insert into an added array              | add /tags ["b"] ; add /tags/0 "a"                                         | 1 0
            a move takes the value along            | add /r {"x":1} ; move /s /r ; remove /s/x                                 | 2 0
            moving out of an added value            | add /r {"x":{}} ; move /t /r/x                                            | 1 0
            indexes shift                           | add /list/- {"n":1} ; add /list/0 {} ; replace /list/3/n 2                | 2 0
            the root replaced                       | add "" {"a":1} ; add /b 2                                                 | 1 0
            a test reads without writing            | add /review {"by":"A"} ; test /review/by "A"                              | -
            a scalar is copied                      | add /note "x" ; replace /note "y"                                         | -
            replacing the added value whole         | add /review {"by":"A"} ; replace /review {"by":"B"}                       | -
            siblings only                           | replace /priority "P1" ; add /nextActions/0 "a" ; replace /nextActions/3 "b" | -
            """)
    void theByReferenceShapeIsReadFromTheOps(String what, String ops, String alias) {
        Optional<PatchAliasing.Alias> expected = alias.equals("-") ? Optional.empty()
                : Optional.of(new PatchAliasing.Alias(Integer.parseInt(alias.split(" ")[0]), Integer.parseInt(alias.split(" ")[1])));
        assertEquals(expected, PatchAliasing.find(ops(ops)));
    }

    /** {@code op path [value]} or {@code move to from}, separated by {@code ;}; {@code ""} is the root. */
    private static List<PatchOp> ops(String text) {
        List<PatchOp> out = new ArrayList<>();
        for (String s : text.split(";")) {
            String[] w = s.strip().split(" ", 3);
            PatchOpKind kind = PatchOpKind.valueOf(w[0].toUpperCase(Locale.ROOT));
            String path = w[1].equals("\"\"") ? "" : w[1];
            if (kind == PatchOpKind.MOVE || kind == PatchOpKind.COPY) {
                out.add(new PatchOp(kind, path, Optional.of(w[2]), Optional.empty()));
            } else {
                out.add(new PatchOp(kind, path, Optional.empty(), w.length > 2 ? Optional.of(BundleEdit.json(w[2])) : Optional.empty()));
            }
        }
        return out;
    }

    private static String hash(JsonValue v) {
        Sha256 sha = new Sha256();
        CanonicalJson.write(v, CanonicalJson.Form.ARTIFACT_PAYLOAD, sha);
        return sha.hex();
    }
}
