package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.fixtures.TestTsa;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TrustAdmin;
import org.bouncycastle.tsp.TimeStampRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code timestamp request|attach}, {@code trust add-tsa} and the time lines of {@code verify-decision},
 * end to end on the real pending sample with the test TSA answering the request (no network).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimestampCommandsTest {
    static final String PENDING = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json").toString();
    static final String AUDIENCE = "acme-prod-agents";

    @TempDir
    static Path dir;
    static CliContext ctx;
    static Path pass;
    static Path trust;
    static Path decision;
    static Path log;
    static Instant stamped;

    static CliRun run(String... args) {
        return CliRun.with(ctx, args);
    }

    static CliRun verify(String... extra) {
        String[] base = {"verify-decision", "--bundle", PENDING, "--trust", trust.toString(), "--root", dir.resolve("home/keys/root.pub.pem").toString(),
                "--audience", AUDIENCE};
        return run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    static byte[] signature() throws Exception {
        return SigstoreBundle.read(Files.readAllBytes(decision)).envelope().signatures().get(0).sig();
    }

    @BeforeAll
    static void world() throws Exception {
        ctx = new CliContext(new GateDecisions(), new TrustAdmin(), Map.of("RUNLENS_HOME", dir.resolve("home").toString()), () -> null);
        pass = Files.writeString(dir.resolve("pass.txt"), "correct horse battery staple\n");
        assertEquals(0, run("keys", "generate", "--algorithm", "ed25519", "--passphrase-file", pass.toString(), "root").exit());
        assertEquals(0, run("keys", "generate", "--principal", "alice@example.org", "--passphrase-file", pass.toString(), "alice").exit());
        Path keys = dir.resolve("home/keys");
        trust = dir.resolve("trust-list.dsse.json");
        assertEquals(0, run("trust", "init", "--root", keys.resolve("root.pub.pem").toString(), "--out", trust.toString()).exit());
        assertEquals(0, run("trust", "add", trust.toString(), "--enrollment", keys.resolve("alice.enroll.dsse.json").toString(), "--audience", AUDIENCE).exit());
        Path root = Files.writeString(dir.resolve("tsa-root.pem"), TestTsa.ACME.rootPem());
        CliRun tsa = run("trust", "add-tsa", trust.toString(), "--name", "acme-tsa", "--certificate", root.toString());
        assertEquals(0, tsa.exit(), tsa.stderr());
        assertTrue(tsa.out().contains("timestamp authority acme-tsa: CN=RunLens Test TSA Root,O=RunLens tests, tokens from 2026-01-01T00:00:00Z"), tsa.out());
        assertEquals(0, run("trust", "sign", trust.toString(), "--key", "root", "--passphrase-file", pass.toString()).exit());
        CliRun d = run("sign", "--bundle", PENDING, "--step", "notify_handler", "--gate", "PAUSE_BEFORE", "--decision", "approved",
                "--key", "alice", "--audience", AUDIENCE, "--out", dir.resolve("out").toString(), "--passphrase-file", pass.toString());
        assertEquals(0, d.exit(), d.stderr());
        decision = Path.of(d.out().lines().findFirst().orElseThrow());
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            log = s.filter(f -> f.toString().endsWith(".decisions.jsonl")).findFirst().orElseThrow();
        }
        stamped = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(60);
    }

    @Test
    @Order(1)
    void beforeATokenTheReportSaysTheTimeIsUnanchored() {
        CliRun r = verify(decision.toString());
        assertEquals(0, r.exit(), r.out() + r.stderr());
        assertTrue(r.out().contains("  time  claimed decidedAt ") && r.out().contains("; no evidence of when it existed (unanchored)"), r.out());
    }

    @Test
    @Order(2)
    void theRequestIsWrittenBesideTheDecisionOverItsSignature() throws Exception {
        CliRun r = run("timestamp", "request", "--json", decision.toString());
        assertEquals(0, r.exit(), r.stderr());
        JsonValue.Obj o = VerifyCommandTest.parseLine(r.out().strip());
        Path req = Path.of(((JsonValue.Str) o.get("file")).value());
        assertEquals(decision.resolveSibling(decision.getFileName() + ".tsq"), req);
        TimeStampRequest tsq = new TimeStampRequest(Files.readAllBytes(req));
        assertArrayEquals(java.security.MessageDigest.getInstance("SHA-256").digest(signature()), tsq.getMessageImprintDigest());
        assertEquals(new JsonValue.Str(dev.runlens.signing.codec.Digests.sha256Hex(signature())), ((JsonValue.Obj) o.get("imprint")).get("digest"));
    }

    @Test
    @Order(3)
    void aTokenOverOtherBytesIsRefusedWithExitOne() throws Exception {
        byte[] before = Files.readAllBytes(decision);
        Path other = Files.write(dir.resolve("other.tsr"), TestTsa.ACME.response(before, stamped));
        CliRun r = run("timestamp", "attach", decision.toString(), other.toString());
        assertEquals(1, r.exit(), r.out() + r.stderr());
        assertTrue(r.stderr().contains("refused: the imprint") && r.stderr().contains("is not SHA-256 of the DSSE signature bytes"), r.stderr());
        assertArrayEquals(before, Files.readAllBytes(decision));
        Path junk = Files.writeString(dir.resolve("junk.tsr"), "not DER");
        assertEquals(2, run("timestamp", "attach", decision.toString(), junk.toString()).exit());
    }

    @Test
    @Order(4)
    void theTsaAnswerIsAttachedToTheDecisionAndItsLogLine() throws Exception {
        Path tsr = Files.write(dir.resolve("resp.tsr"), TestTsa.ACME.response(signature(), stamped));
        CliRun r = run("timestamp", "attach", "--json", decision.toString(), tsr.toString(), "--log", log.toString());
        assertEquals(0, r.exit(), r.out() + r.stderr());
        JsonValue.Obj o = VerifyCommandTest.parseLine(r.out().strip());
        assertEquals(JsonValue.Bool.TRUE, o.get("attached"));
        assertEquals(new JsonValue.Str(stamped.toString()), o.get("genTime"));
        assertEquals(new JsonValue.Num(1), ((JsonValue.Obj) o.get("log")).get("line"));
        CliRun again = run("timestamp", "attach", decision.toString(), tsr.toString());
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("already carries this token"), again.out());
    }

    @Test
    @Order(5)
    void verifyDecisionPrintsTheClaimAndWhenTheDecisionExistedBy() {
        CliRun text = verify(decision.toString(), log.toString());
        assertEquals(0, text.exit(), text.out() + text.stderr());
        assertEquals(2, text.out().lines().filter(l -> l.contains("; existed by " + stamped + " (RFC 3161, TSA acme-tsa)")).count(), text.out());
        assertTrue(text.out().lines().noneMatch(l -> l.contains("unanchored")), text.out());
        CliRun json = verify("--json", decision.toString());
        JsonValue.Obj time = (JsonValue.Obj) VerifyCommandTest.parseLine(json.out().strip()).get("time");
        JsonValue.Obj existedBy = (JsonValue.Obj) time.get("existedBy");
        assertEquals(new JsonValue.Str(stamped.toString()), existedBy.get("time"));
        assertEquals(new JsonValue.Str("RFC 3161"), existedBy.get("source"));
        assertEquals(new JsonValue.Str("acme-tsa"), existedBy.get("by"));
        assertTrue(time.get("claimedDecidedAt") instanceof JsonValue.Str);
    }

    @Test
    @Order(6)
    void aTokenFromATsaTheListDoesNotNameIsRejected() throws Exception {
        Path copy = Files.copy(decision, dir.resolve("rogue.decision.sigstore.json"));
        Files.write(copy, SigstoreBundle.read(Files.readAllBytes(copy)).withRfc3161Timestamp(TestTsa.ROGUE.token(signature(), stamped)).toBytes());
        CliRun r = verify(copy.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("FAIL  timestamp-authority: token 2: untrusted TSA"), r.out());
    }

    @Test
    @Order(7)
    void aCertificateFileWithoutACertificateIsNotAdded() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.pem"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        CliRun r = run("trust", "add-tsa", trust.toString(), "--name", "x", "--certificate", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("no \"-----BEGIN CERTIFICATE-----\" block"), r.stderr());
        assertEquals(64, run("trust", "add-tsa", trust.toString(), "--name", "x", "--certificate", bad.toString(), "--valid-from", "soon").exit());
    }
}
