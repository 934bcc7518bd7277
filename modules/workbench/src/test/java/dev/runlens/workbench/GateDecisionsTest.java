package dev.runlens.workbench;

import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SigningRefusedException;
import dev.runlens.signing.keys.KdfParameters;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.WrongPassphraseException;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate-decision use cases end to end on the real pending sample bundle (keys in a temp dir, fast test-only KDF). */
class GateDecisionsTest {
    static final Path PENDING = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json");
    static final char[] PASS = "test passphrase".toCharArray();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-17T08:00:00Z"), ZoneOffset.UTC);
    static final String AUDIENCE = "acme-prod-agents";

    final GateDecisions decisions = new GateDecisions(CLOCK, KdfParameters.testOnly(1000));
    final TrustAdmin admin = new TrustAdmin(CLOCK);

    /** keys/ with root and alice; a trust list signed by root that trusts alice. */
    Path world(Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        decisions.generateKey(keys, "root", KeyAlgorithm.ED25519, Optional.empty(), PASS);
        decisions.generateKey(keys, "alice", KeyAlgorithm.ECDSA_P256, Optional.of("alice@example.org"), PASS);
        Path trust = dir.resolve("trust-list.dsse.json");
        admin.init(List.of(keys.resolve("root.pub.pem")), 1, Duration.ofDays(90), trust);
        admin.add(trust, new TrustAdmin.NewReviewer(Optional.of("alice@example.org"), Optional.of(keys.resolve("alice.pub.pem")), Optional.empty(),
                Optional.empty(), TrustList.Scopes.everything(List.of(AUDIENCE)), Duration.ofDays(365)), Duration.ofDays(90));
        admin.sign(trust, keys, "root", PASS);
        return trust;
    }

    GateDecisions.SignRequest request(Path dir, Path bundle, String decision, Optional<Path> patch) {
        return new GateDecisions.SignRequest(bundle, "notify_handler", "PAUSE_BEFORE", decision, Optional.of("ok"), Optional.empty(),
                patch, patch.map(p -> "claim.routing"), AUDIENCE, Optional.empty(), Optional.of(dir.resolve("trust-list.dsse.json")), dir.resolve("out"));
    }

    GateDecisions.VerifyOptions options(Path dir, Path bundle) {
        return new GateDecisions.VerifyOptions(Optional.of(bundle), dir.resolve("trust-list.dsse.json"), List.of(dir.resolve("keys/root.pub.pem")),
                Optional.empty(), dir.resolve("state.json"), AUDIENCE, false, Optional.empty());
    }

    @Test
    void aDecisionSignedOnThePendingGateVerifiesAndHandsBackResolveGate(@TempDir Path dir) throws Exception {
        world(dir);
        DecisionStatement st = decisions.draft(request(dir, PENDING, "approved", Optional.empty()), dir.resolve("keys"), "alice");
        assertEquals("alice@example.org", st.predicate().reviewer().principal(), "the principal recorded with the key");
        assertEquals(1, st.predicate().trustList().version());
        GateDecisions.Signed s = decisions.sign(st, dir.resolve("keys"), "alice", PASS, dir.resolve("out"));
        assertTrue(Files.exists(s.file()) && Files.exists(s.log()));
        GateDecisions.Verification v = decisions.verify(options(dir, PENDING), List.of(s.file(), s.log()));
        assertEquals(TrustListVerdict.Status.TRUSTED, v.trust().status(), v.trust().reasons().toString());
        assertTrue(v.allAccepted(), v.decisions().toString());
        assertEquals("resolveGate", v.decisions().get(0).handBack().orElseThrow().calls().get(0).method());
    }

    @Test
    void aSecondDecisionLinksToTheFirst(@TempDir Path dir) throws Exception {
        world(dir);
        GateDecisions.Signed first = decisions.sign(decisions.draft(request(dir, PENDING, "approved", Optional.empty()), dir.resolve("keys"), "alice"),
                dir.resolve("keys"), "alice", PASS, dir.resolve("out"));
        DecisionStatement second = decisions.draft(request(dir, PENDING, "rejected", Optional.empty()), dir.resolve("keys"), "alice");
        assertEquals(new DecisionStatement.LogLink(2, List.of(first.decision().entryDigest())), second.predicate().log());
    }

    @Test
    void anEditedDecisionSignsThePatchAndItsResultHash(@TempDir Path dir) throws Exception {
        world(dir);
        Path patch = Files.writeString(dir.resolve("patch.json"), "[{\"op\":\"replace\",\"path\":\"/priority\",\"value\":\"high\"}]");
        DecisionStatement st = decisions.draft(request(dir, PENDING, "edited", Optional.of(patch)), dir.resolve("keys"), "alice");
        DecisionStatement.Edit e = st.predicate().edit().orElseThrow();
        assertEquals("claim.routing", e.artifactKey());
        assertEquals(2, e.baseVersion());
        GateDecisions.Signed s = decisions.sign(st, dir.resolve("keys"), "alice", PASS, dir.resolve("out"));
        DecisionReport r = decisions.verify(options(dir, PENDING), List.of(s.file())).decisions().get(0).report();
        assertTrue(r.accepted(), r.failures().toString());
        assertEquals(List.of("patchArtifact", "resolveGate", "annotate"),
                decisions.verify(options(dir, PENDING), List.of(s.file())).decisions().get(0).handBack().orElseThrow().calls().stream().map(c -> c.method()).toList());
    }

    @Test
    void aPatchThatDoesNotApplyIsRefused(@TempDir Path dir) throws Exception {
        world(dir);
        Path patch = Files.writeString(dir.resolve("patch.json"), "[{\"op\":\"remove\",\"path\":\"/no/such/member\"}]");
        SigningRefusedException e = assertThrows(SigningRefusedException.class,
                () -> decisions.draft(request(dir, PENDING, "edited", Optional.of(patch)), dir.resolve("keys"), "alice"));
        assertTrue(e.getMessage().startsWith("the edit patch does not apply"), e.getMessage());
    }

    @Test
    void aGateThatTheReplayShowsResolvedCannotBeSigned(@TempDir Path dir) throws Exception {
        world(dir);
        Path done = ProjectFolder.sampleBundles().resolve("2026-09-24-vendor-due-diligence-completed.json");
        SigningRefusedException e = assertThrows(SigningRefusedException.class,
                () -> decisions.draft(request(dir, done, "approved", Optional.empty()), dir.resolve("keys"), "alice"));
        assertTrue(e.getMessage().contains("is not pending in this bundle"), e.getMessage());
    }

    @Test
    void aWrongPassphraseIsAClearError(@TempDir Path dir) throws Exception {
        world(dir);
        DecisionStatement st = decisions.draft(request(dir, PENDING, "approved", Optional.empty()), dir.resolve("keys"), "alice");
        WrongPassphraseException e = assertThrows(WrongPassphraseException.class,
                () -> decisions.sign(st, dir.resolve("keys"), "alice", "nope".toCharArray(), dir.resolve("out")));
        assertTrue(e.getMessage().endsWith("alice.key.pem: wrong passphrase (the key could not be decrypted with it)"), e.getMessage());
    }

    @Test
    void theFactsComeFromTheReplay() {
        RunBundleFacts f = GateDecisions.facts(PENDING);
        assertEquals(1, f.pendingGates().size());
        var g = f.pendingGates().get(0);
        assertEquals("notify_handler", g.stepId());
        assertEquals(List.of("claim.routing"), g.shown().stream().map(a -> a.artifactKey()).toList());
        assertEquals(f.declaredSha256(), f.computedSha256());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,      '',           '',                     '',          /home/u/.local/share/RunLens
            Linux,      '',           /data,                  '',          /data/RunLens
            Linux,      /opt/rl,      /data,                  '',          /opt/rl
            Mac OS X,   '',           '',                     '',          /home/u/Library/Application Support/RunLens
            Windows 11, '',           '',                     C:/Users/u/AppData/Local, C:/Users/u/AppData/Local/RunLens
            """)
    void theDataFolderFollowsThePlatform(String os, String home, String xdg, String local, String expected) {
        Map<String, String> env = new java.util.HashMap<>();
        if (!home.isEmpty()) env.put("RUNLENS_HOME", home);
        if (!xdg.isEmpty()) env.put("XDG_DATA_HOME", xdg);
        if (!local.isEmpty()) env.put("LOCALAPPDATA", local);
        assertEquals(Path.of(expected), DataFolder.of(env, os, Path.of("/home/u")).home());
    }
}
