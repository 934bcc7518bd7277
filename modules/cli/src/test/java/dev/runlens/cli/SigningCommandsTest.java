package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TrustAdmin;
import dev.runlens.store.ImportProgress;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signing commands end to end on the real pending sample bundle, with production key settings
 * (600,000 PBKDF2 iterations), RUNLENS_HOME in a temp folder and passphrases from files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigningCommandsTest {
    static final String PENDING = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json").toString();
    static final String FAILED = ProjectFolder.sampleBundles().resolve("2026-09-08-invoice-extraction-failed.json").toString();

    @TempDir
    static Path dir;
    static CliContext ctx;
    static Path pass;
    static Path trust;
    static Path decision;

    static CliRun run(String... args) {
        return CliRun.with(ctx, args);
    }

    static String p(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeAll
    static void world() throws Exception {
        ctx = new CliContext(new GateDecisions(), new TrustAdmin(), Map.of("RUNLENS_HOME", dir.resolve("home").toString()), () -> null);
        pass = Files.writeString(dir.resolve("pass.txt"), "correct horse battery staple\n");
        assertEquals(0, run("keys", "generate", "--algorithm", "ed25519", "--passphrase-file", pass.toString(), "root").exit());
        CliRun alice = run("keys", "generate", "--principal", "alice@example.org", "--passphrase-file", pass.toString(), "alice");
        assertEquals(0, alice.exit(), alice.stderr());
        Path keys = dir.resolve("home/keys");
        trust = dir.resolve("trust-list.dsse.json");
        assertEquals(0, run("trust", "init", "--root", keys.resolve("root.pub.pem").toString(), "--out", trust.toString()).exit());
        CliRun add = run("trust", "add", trust.toString(), "--enrollment", keys.resolve("alice.enroll.dsse.json").toString(), "--audience", "acme-prod-agents");
        assertEquals(0, add.exit(), add.stderr());
        CliRun sign = run("trust", "sign", trust.toString(), "--key", "root", "--passphrase-file", pass.toString());
        assertEquals(0, sign.exit(), sign.stderr());
        CliRun d = run("sign", "--bundle", PENDING, "--step", "notify_handler", "--gate", "PAUSE_BEFORE", "--decision", "approved",
                "--note", "Handler assignment confirmed.", "--key", "alice", "--audience", "acme-prod-agents", "--trust", trust.toString(),
                "--out", p("out"), "--passphrase-file", pass.toString());
        assertEquals(0, d.exit(), d.stderr());
        assertTrue(d.stderr().contains("About to sign:") && d.stderr().contains("notify_handler PAUSE_BEFORE"), d.stderr());
        decision = Path.of(d.out().lines().findFirst().orElseThrow());
    }

    @Test
    @Order(1)
    void keysLiveInTheDataFolderAndListWithTheirIds() {
        CliRun r = run("keys", "list", "--json");
        assertEquals(0, r.exit());
        List<JsonValue.Obj> keys = r.out().lines().map(VerifyCommandTest::parseLine).toList();
        assertEquals(List.of("alice", "root"), keys.stream().map(k -> ((JsonValue.Str) k.get("name")).value()).toList());
        assertTrue(((JsonValue.Str) keys.get(0).get("keyid")).value().startsWith("sha256:"));
        assertEquals(new JsonValue.Str("alice@example.org"), keys.get(0).get("principal"));
        CliRun pem = run("keys", "export-public", "alice");
        assertTrue(pem.out().startsWith("-----BEGIN PUBLIC KEY-----\n"), pem.out());
    }

    @Test
    @Order(2)
    void theSignedDecisionVerifiesAgainstTheBundleAndHandsBackResolveGate() {
        CliRun r = run("verify-decision", "--json", "--bundle", PENDING, "--trust", trust.toString(),
                "--root", dir.resolve("home/keys/root.pub.pem").toString(), "--audience", "acme-prod-agents", decision.toString());
        assertEquals(0, r.exit(), r.out() + r.stderr());
        JsonValue.Obj o = VerifyCommandTest.parseLine(r.out().strip());
        assertEquals(new JsonValue.Str("accepted"), o.get("verdict"));
        JsonValue.Obj call = (JsonValue.Obj) ((JsonValue.Arr) ((JsonValue.Obj) o.get("handBack")).get("calls")).get(0);
        assertEquals(new JsonValue.Str("session.resolveGate({\"stepId\":\"notify_handler\",\"gate\":\"PAUSE_BEFORE\",\"decision\":\"approved\","
                + "\"note\":\"Handler assignment confirmed.\"});"), call.get("javascript"));
    }

    @Test
    @Order(3)
    void theRootsArePinnedAfterTheFirstVerificationAndTheLogVerifies() throws Exception {
        Path log;
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            log = s.filter(f -> f.toString().endsWith(".decisions.jsonl")).findFirst().orElseThrow();
        }
        CliRun r = run("verify-decision", "--bundle", PENDING, "--trust", trust.toString(), "--audience", "acme-prod-agents", log.toString());
        assertEquals(0, r.exit(), r.out() + r.stderr());
        assertTrue(r.out().contains("ACCEPTED  approved notify_handler PAUSE_BEFORE by alice@example.org"), r.out());
        assertTrue(r.out().contains("log intact, 1 entries"), r.out());
    }

    @Test
    @Order(4)
    void theDecisionPresentedWithAnotherRunIsRejectedWithReasons() {
        CliRun r = run("verify-decision", "--bundle", FAILED, "--trust", trust.toString(), "--audience", "acme-prod-agents", decision.toString());
        assertEquals(1, r.exit(), r.out() + r.stderr());
        assertTrue(r.out().contains("FAIL  subject-digest: wrong bundle"), r.out());
    }

    @Test
    @Order(5)
    void anotherAudienceIsRejected() {
        CliRun r = run("verify-decision", "--bundle", PENDING, "--trust", trust.toString(), "--audience", "acme-staging", decision.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("FAIL  audience: replay into another deployment"), r.out());
    }

    @Test
    @Order(6)
    void aDecisionSignedOverAnEarlierCopyNamesWhatChangedSinceFromTheLibrary() throws Exception {
        Path library = dir.resolve("library");
        try (RunLibrary lib = RunLibrary.open(library, new Workbench(TaskExecutor.sameThread()))) {
            lib.importPaths(List.of(Path.of(PENDING)), ImportProgress.NONE, () -> false);
        }
        Path resealed = resealed(Files.readString(Path.of(PENDING)).replace("\"amount\":0.000372,", "\"amount\":0.000037,"));

        String root = dir.resolve("home/keys/root.pub.pem").toString();
        CliRun r = run("verify-decision", "--bundle", resealed.toString(), "--trust", trust.toString(), "--root", root,
                "--audience", "acme-prod-agents", "--library", library.toString(), decision.toString());
        assertEquals(1, r.exit(), r.out() + r.stderr());
        assertTrue(r.out().contains("FAIL  subject-digest"), r.out());
        assertTrue(r.out().contains("signed over the library copy " + PENDING), r.out() + r.stderr());
        assertTrue(r.out().contains("changed  trace[20].cost.amount: 0.000372 → 0.000037"), r.out());

        CliRun json = run("verify-decision", "--json", "--bundle", resealed.toString(), "--trust", trust.toString(), "--root", root,
                "--audience", "acme-prod-agents", "--library", library.toString(), decision.toString());
        JsonValue.Obj copy = (JsonValue.Obj) VerifyCommandTest.parseLine(json.out().strip()).get("signedCopy");
        List<JsonValue> differences = ((JsonValue.Arr) copy.get("differences")).items();
        assertEquals(List.of("trace[20].cost.amount", "integrity.sha256"),
                differences.stream().map(d -> ((JsonValue.Str) ((JsonValue.Obj) d).get("path")).value()).toList(), json.out());
    }

    /** The text with its integrity.sha256 recomputed over the new content (a copy re-sealed after a change). */
    private static Path resealed(String text) throws Exception {
        assertNotEquals(Files.readString(Path.of(PENDING)), text, "the change applies");
        Path draft = Files.writeString(dir.resolve("changed-draft.json"), text);
        CliRun canonical = run("canonical", draft.toString());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(canonical.stdout()));
        String old = new Workbench(TaskExecutor.sameThread()).verify(Path.of(PENDING)).declaredSha256();
        Path out = Files.writeString(dir.resolve("changed-resealed.json"), text.replace(old, sha));
        assertEquals("VALID", new Workbench(TaskExecutor.sameThread()).verify(out).integrity().name(), "the changed copy is sealed again");
        return out;
    }

    @Test
    void aGateThatIsNotPendingIsRefusedWithExitOne() {
        CliRun r = run("sign", "--bundle", PENDING, "--step", "route_claim", "--gate", "PAUSE_AFTER", "--decision", "approved",
                "--key", "alice", "--audience", "acme-prod-agents", "--out", p("out2"), "--passphrase-file", pass.toString());
        assertEquals(1, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("refused: gate PAUSE_AFTER of step route_claim is not pending in this bundle"), r.stderr());
    }

    @Test
    void aWrongPassphraseIsAClearErrorWithExitTwo() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not it\n");
        CliRun r = run("sign", "--bundle", PENDING, "--step", "notify_handler", "--gate", "PAUSE_BEFORE", "--decision", "rejected",
                "--key", "alice", "--audience", "acme-prod-agents", "--out", p("out3"), "--passphrase-file", wrong.toString());
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("alice.key.pem: wrong passphrase"), r.stderr());
        assertTrue(!Files.exists(dir.resolve("out3")), "nothing written");
    }

    @Test
    void withoutAPassphraseSourceAndNoConsoleTheCommandSaysHow() {
        CliRun r = run("keys", "generate", "bob");
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("no passphrase: give --passphrase-file FILE or set RUNLENS_PASSPHRASE"), r.stderr());
    }

    @Test
    void dsseVerifyChecksAnyEnvelopeWithTheGivenKeys() throws Exception {
        String alicePub = dir.resolve("home/keys/alice.pub.pem").toString();
        String rootPub = dir.resolve("home/keys/root.pub.pem").toString();
        assertEquals(0, run("dsse", "verify", "--key", alicePub, decision.toString()).exit());
        CliRun other = run("dsse", "verify", "--json", "--key", rootPub, decision.toString());
        assertEquals(1, other.exit());
        assertEquals(JsonValue.Bool.FALSE, VerifyCommandTest.parseLine(other.out().strip()).get("valid"));
        assertEquals(0, run("dsse", "verify", "--key", rootPub, trust.toString()).exit(), "the trust list is a DSSE envelope too");
        Path junk = Files.writeString(dir.resolve("junk.json"), "{\"payload\":1}");
        assertEquals(2, run("dsse", "verify", "--key", alicePub, junk.toString()).exit());
        assertEquals(64, run("dsse", "verify", "--key", alicePub, "--threshold", "2", decision.toString()).exit());
    }

    @Test
    void theDsseSpecExampleVerifiesInRawRsForm() throws Exception {
        Path shared = dev.runlens.testkit.SharedFolder.require("conformance/dsse/keys.json");
        String pem = ((JsonValue.Str) ((JsonValue.Obj) ((JsonValue.Obj) VerifyCommandTest.parseLine(Files.readString(shared)).get("keys"))
                .get("dsse-spec-p256")).get("publicKeyPem")).value();
        Path key = Files.writeString(dir.resolve("spec.pub.pem"), pem);
        Path env = Files.writeString(dir.resolve("spec.dsse.json"), "{\"payload\": \"aGVsbG8gd29ybGQ=\", \"payloadType\": \"http://example.com/HelloWorld\","
                + " \"signatures\": [{\"sig\": \"A3JqsQGtVsJ2O2xqrI5IcnXip5GToJ3F+FnZ+O88SjtR6rDAajabZKciJTfUiHqJPcIAriEGAHTVeCUjW2JIZA==\"}]}");
        assertEquals(0, run("dsse", "verify", "--key", key.toString(), env.toString()).exit());
        assertEquals(1, run("dsse", "verify", "--der-only", "--key", key.toString(), env.toString()).exit());
    }

    @Test
    void subcommandsAreCliInvocations() {
        assertTrue(RunLensCli.isCliInvocation(new String[]{"verify-decision"}));
        assertTrue(RunLensCli.isCliInvocation(new String[]{"keys", "list"}));
        assertEquals(64, run("trust").exit());
    }
}
