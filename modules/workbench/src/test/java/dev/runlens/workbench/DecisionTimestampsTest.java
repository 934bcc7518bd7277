package dev.runlens.workbench;

import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.fixtures.TestTsa;
import dev.runlens.signing.keys.KdfParameters;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.timestamp.TimestampAttachment;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.signing.verify.TimeEvidence;
import dev.runlens.testkit.ProjectFolder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The air-gapped RFC 3161 round trip on the real pending sample: request over the signature, a TSA
 * (the test TSA) answers, the answer is attached to the decision and its log line, and verification
 * with a trust list naming the TSA reports when the decision existed by.
 */
class DecisionTimestampsTest {
    static final Path PENDING = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json");
    static final char[] PASS = "test passphrase".toCharArray();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-17T08:00:00Z"), ZoneOffset.UTC);
    static final Instant STAMPED = Instant.parse("2026-09-17T08:05:00Z");
    static final String AUDIENCE = "acme-prod-agents";

    final GateDecisions decisions = new GateDecisions(CLOCK, KdfParameters.testOnly(1000));
    final TrustAdmin admin = new TrustAdmin(CLOCK);
    final DecisionTimestamps timestamps = new DecisionTimestamps();

    /** keys, a trust list trusting alice and the test TSA, and alice's signed decision. */
    GateDecisions.Signed world(Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        decisions.generateKey(keys, "root", KeyAlgorithm.ED25519, Optional.empty(), PASS);
        decisions.generateKey(keys, "alice", KeyAlgorithm.ECDSA_P256, Optional.of("alice@example.org"), PASS);
        Path trust = dir.resolve("trust-list.dsse.json");
        admin.init(List.of(keys.resolve("root.pub.pem")), 1, Duration.ofDays(90), trust);
        admin.add(trust, new TrustAdmin.NewReviewer(Optional.of("alice@example.org"), Optional.of(keys.resolve("alice.pub.pem")), Optional.empty(),
                Optional.empty(), TrustList.Scopes.everything(List.of(AUDIENCE)), Duration.ofDays(365)), Duration.ofDays(90));
        Path root = Files.writeString(dir.resolve("tsa-root.pem"), TestTsa.ACME.rootPem());
        TrustList t = admin.addTimestampAuthority(trust, "acme-tsa", root, Optional.empty(), Optional.empty(), Duration.ofDays(90));
        assertEquals(TestTsa.CERTS_FROM.toString(), t.timestampAuthorities().get(0).validFrom(), "the window starts at the certificate's notBefore");
        admin.sign(trust, keys, "root", PASS);
        var st = decisions.draft(new GateDecisions.SignRequest(PENDING, "notify_handler", "PAUSE_BEFORE", "approved", Optional.of("ok"),
                Optional.empty(), Optional.empty(), Optional.empty(), AUDIENCE, Optional.empty(), Optional.of(trust), dir.resolve("out")), keys, "alice");
        return decisions.sign(st, keys, "alice", PASS, dir.resolve("out"));
    }

    GateDecisions.Verification verify(Path dir, Path... files) throws Exception {
        return decisions.verify(new GateDecisions.VerifyOptions(Optional.of(PENDING), dir.resolve("trust-list.dsse.json"),
                List.of(dir.resolve("keys/root.pub.pem")), Optional.empty(), dir.resolve("state.json"), AUDIENCE, false, Optional.empty()), List.of(files));
    }

    static byte[] signature(Path decision) throws Exception {
        return SigstoreBundle.read(Files.readAllBytes(decision)).envelope().signatures().get(0).sig();
    }

    @Test
    void theRequestIsOverTheSignatureBytes(@TempDir Path dir) throws Exception {
        GateDecisions.Signed s = world(dir);
        DecisionTimestamps.Request r = timestamps.request(s.file(), dir.resolve("req.tsq"));
        TimeStampRequest req = new TimeStampRequest(Files.readAllBytes(r.file()));
        assertArrayEquals(java.security.MessageDigest.getInstance("SHA-256").digest(signature(s.file())), req.getMessageImprintDigest());
        assertEquals(dev.runlens.signing.codec.Digests.sha256Hex(signature(s.file())), r.imprintSha256());
        assertTrue(req.getCertReq());
    }

    @Test
    void anAttachedTokenAnchorsTheDecisionAndItsLogLine(@TempDir Path dir) throws Exception {
        GateDecisions.Signed s = world(dir);
        DecisionReport before = verify(dir, s.file()).decisions().get(0).report();
        assertTrue(before.accepted() && before.timeEvidence().isEmpty(), before.checks().toString());
        Path tsr = Files.write(dir.resolve("resp.tsr"), TestTsa.ACME.response(signature(s.file()), STAMPED));
        DecisionTimestamps.Attached a = timestamps.attach(s.file(), tsr, Optional.of(s.log()));
        assertEquals(STAMPED, a.genTime());
        assertEquals(Optional.of(1), a.logLine());
        assertFalse(a.alreadyThere());
        GateDecisions.Verification v = verify(dir, s.file(), s.log());
        assertTrue(v.allAccepted(), v.decisions().toString());
        for (GateDecisions.Verified d : v.decisions()) {
            assertEquals(new TimeEvidence(STAMPED, TimeEvidence.RFC_3161, "acme-tsa"), d.report().timeEvidence().orElseThrow(), d.toString());
        }
        assertTrue(timestamps.attach(s.file(), tsr, Optional.empty()).alreadyThere());
    }

    @Test
    void aTokenOverOtherBytesLeavesTheFilesAlone(@TempDir Path dir) throws Exception {
        GateDecisions.Signed s = world(dir);
        byte[] file = Files.readAllBytes(s.file());
        byte[] log = Files.readAllBytes(s.log());
        Path tsr = Files.write(dir.resolve("resp.tsr"), TestTsa.ACME.response(file, STAMPED));
        assertThrows(TimestampAttachment.NotOverSignatureException.class, () -> timestamps.attach(s.file(), tsr, Optional.of(s.log())));
        assertArrayEquals(file, Files.readAllBytes(s.file()));
        assertArrayEquals(log, Files.readAllBytes(s.log()));
    }

    @Test
    void aLogWithoutTheDecisionIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        GateDecisions.Signed s = world(dir);
        byte[] file = Files.readAllBytes(s.file());
        Path otherLog = Files.writeString(dir.resolve("other.decisions.jsonl"), "\n");
        Path tsr = Files.write(dir.resolve("resp.tsr"), TestTsa.ACME.response(signature(s.file()), STAMPED));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> timestamps.attach(s.file(), tsr, Optional.of(otherLog)));
        assertTrue(e.getMessage().contains("no line holds this decision"), e.getMessage());
        assertArrayEquals(file, Files.readAllBytes(s.file()));
    }

    @Test
    void aTsaRefusalIsReportedWithItsStatus(@TempDir Path dir) throws Exception {
        GateDecisions.Signed s = world(dir);
        Path tsr = Files.write(dir.resolve("resp.tsr"), TestTsa.ACME.rejection("bad policy"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> timestamps.attach(s.file(), tsr, Optional.empty()));
        assertTrue(e.getMessage().contains("did not grant") && e.getMessage().contains("bad policy"), e.getMessage());
    }

    @Test
    void aCertificateFileWithoutCertificatesIsRefused(@TempDir Path dir) throws Exception {
        world(dir);
        Path notPem = Files.writeString(dir.resolve("x.pem"), "hello");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> admin.addTimestampAuthority(dir.resolve("trust-list.dsse.json"),
                "x", notPem, Optional.empty(), Optional.empty(), Duration.ofDays(90)));
        assertTrue(e.getMessage().contains("no \"-----BEGIN CERTIFICATE-----\" block"), e.getMessage());
    }
}
