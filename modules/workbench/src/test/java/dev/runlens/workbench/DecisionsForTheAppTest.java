package dev.runlens.workbench;

import dev.runlens.signing.fixtures.TestTsa;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.replay.GateState;
import dev.runlens.replay.Replay;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.decision.DecisionRequest;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.runlens.workbench.GateDecisionsTest.AUDIENCE;
import static dev.runlens.workbench.GateDecisionsTest.PASS;
import static dev.runlens.workbench.GateDecisionsTest.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the app's approval inbox, decision dialog and run view ask of the workbench, on the real pending samples. */
class DecisionsForTheAppTest {
    private final GateDecisionsTest world = new GateDecisionsTest();
    private final GateDecisions decisions = world.decisions;

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-17-claims-triage-pending-pause-before.json", "2026-09-22-contract-review-pending-checkpoint.json",
            "2026-10-27-claims-triage-pending-pause-after.json"})
    void aReviewListsThePendingGatesTheReplaySees(String sample) {
        Path file = ProjectFolder.sampleBundles().resolve(sample);
        GateReview review = decisions.review(file);
        Replay replay = Replay.of(BundleModel.of(BundleReader.loader().read(file)));
        List<GateState> pending = replay.finalState().pendingGates();
        assertEquals(pending.stream().map(g -> g.stepId() + " " + g.gate().wire() + " " + g.request().orElseThrow().id()).toList(),
                review.gates().stream().map(g -> g.stepId() + " " + g.gate() + " " + g.requestEventId()).toList());
        assertEquals(pending.stream().map(g -> g.request().orElseThrow().reason()).toList(),
                review.gates().stream().map(GateReview.PendingGate::reason).toList());
        assertTrue(review.signable(), review.refusal().toString());
        assertEquals("valid", review.integrity());
        assertEquals(replay.finalState().spend().total().cost(), review.costSoFar());
        assertFalse(review.costSoFar().isEmpty());
    }

    @Test
    void aTamperedBundleIsReviewedButCannotBeSigned(@TempDir Path dir) throws Exception {
        Path tampered = tamper(dir);
        GateReview review = decisions.review(tampered);
        assertEquals("mismatch", review.integrity());
        assertEquals(1, review.gates().size());
        assertTrue(review.refusal().orElseThrow().startsWith("the bundle's integrity is mismatch"), review.refusal().toString());
    }

    @Test
    void anEditedJsonBecomesAPatchThatTheRuntimeSemanticsApplyToTheSameResult() throws Exception {
        RunBundleFacts facts = GateDecisions.facts(PENDING);
        DecisionStatement.ReviewedArtifact shown = facts.pendingGates().get(0).shown().get(0);
        JsonValue base = facts.artifactData(shown.artifactKey(), shown.version()).orElseThrow();
        String edited = new String(StrictJson.asWritten(base), StandardCharsets.UTF_8).replace("\"priority\":\"", "\"priority\":\"urgent-");
        JsonValue target = StrictJson.parse(edited.getBytes(StandardCharsets.UTF_8));
        JsonValue.Arr patch = GateDecisions.patchBetween(base, target);
        assertFalse(patch.items().isEmpty(), edited);
        assertEquals(target, facts.applyPatch(base, patch).result().orElseThrow());
    }

    @Test
    void anEditGivenInMemoryIsSigned(@TempDir Path dir) throws Exception {
        world.world(dir);
        JsonValue.Arr patch = (JsonValue.Arr) StrictJson.parse("[{\"op\":\"replace\",\"path\":\"/priority\",\"value\":\"high\"}]"
                .getBytes(StandardCharsets.UTF_8));
        DecisionStatement st = decisions.draft(world.request(dir, PENDING, "edited", Optional.empty()),
                Optional.of(new DecisionRequest.EditRequest("claim.routing", patch)), dir.resolve("keys"), "alice");
        assertEquals(patch, st.predicate().edit().orElseThrow().patch());
    }

    @Test
    void withTheTrustListADecisionOnTheRunIsValid(@TempDir Path dir) throws Exception {
        Path trust = world.world(dir);
        sign(dir, "alice");
        pin(dir);
        GateDecisions.Checked c = only(decisions.checkDecisions(PENDING, settings(dir, Optional.of(trust))));
        assertEquals(GateDecisions.Status.VALID, c.status(), c.reason());
        assertEquals("notify_handler", c.statement().orElseThrow().predicate().gate().stepId());
        assertEquals("resolveGate", c.handBack().orElseThrow().calls().get(0).method());
    }

    @Test
    void aDecisionCheckedWithAnExpiredTrustListIsValidButStaleNotUntrusted(@TempDir Path dir) throws Exception {
        Path trust = world.world(dir);
        sign(dir, "alice");
        pin(dir);
        GateDecisions later = new GateDecisions(java.time.Clock.fixed(GateDecisionsTest.CLOCK.instant().plus(java.time.Duration.ofDays(91)),
                java.time.ZoneOffset.UTC), dev.runlens.signing.keys.KdfParameters.testOnly(1000));
        GateDecisions.Checked c = only(later.checkDecisions(PENDING, settings(dir, Optional.of(trust))));
        assertEquals(GateDecisions.Status.STALE_TRUST_LIST, c.status(), c.reason());
        assertTrue(c.reason().startsWith("signed by alice@example.org with sha256:"), c.reason());
        assertTrue(c.reason().contains("stale trust list: version 1 expired at 2026-12-16T08:00:00Z"), c.reason());
        assertTrue(c.handBack().isPresent(), "a stale list does not reject the decision");
    }

    @Test
    void withoutATrustListADecisionByYourOwnKeyIsCheckedButNeverValid(@TempDir Path dir) throws Exception {
        world.world(dir);
        sign(dir, "alice");
        GateDecisions.Checked c = only(decisions.checkDecisions(PENDING, settings(dir, Optional.empty())));
        assertEquals(GateDecisions.Status.UNTRUSTED_KEY, c.status());
        assertTrue(c.reason().startsWith("no trust list is configured; the signature and the content check out with your key alice"), c.reason());
        assertTrue(c.handBack().isEmpty());
    }

    @Test
    void withoutATrustListATimeStampedDecisionByYourOwnKeyIsUntrustedNotInvalid(@TempDir Path dir) throws Exception {
        world.world(dir);
        GateDecisions.Signed s = sign(dir, "alice");
        byte[] token = TestTsa.ACME.response(DecisionTimestampsTest.signature(s.file()), GateDecisionsTest.CLOCK.instant().plusSeconds(300));
        new DecisionTimestamps().attach(s.file(), Files.write(dir.resolve("resp.tsr"), token), Optional.of(s.log()));
        GateDecisions.Checked c = only(decisions.checkDecisions(PENDING, settings(dir, Optional.empty())));
        assertEquals(GateDecisions.Status.UNTRUSTED_KEY, c.status(), c.reason());
        assertTrue(c.reason().endsWith("no trust list vouches for it or for the time-stamping authority"), c.reason());
    }

    @Test
    void withoutATrustListAnotherReviewersDecisionIsAnUntrustedKey(@TempDir Path dir) throws Exception {
        world.world(dir);
        sign(dir, "alice");
        GateDecisions.CheckSettings elsewhere = new GateDecisions.CheckSettings(dir.resolve("out"), dir.resolve("no-keys"), Optional.empty(),
                dir.resolve("state.json"), Optional.of(AUDIENCE));
        GateDecisions.Checked c = only(decisions.checkDecisions(PENDING, elsewhere));
        assertEquals(GateDecisions.Status.UNTRUSTED_KEY, c.status());
        assertTrue(c.reason().contains("is not one of your keys"), c.reason());
    }

    @Test
    void aKeyTheTrustListDoesNotNameIsUntrusted(@TempDir Path dir) throws Exception {
        Path trust = world.world(dir);
        decisions.generateKey(dir.resolve("keys"), "mallory", KeyAlgorithm.ED25519, Optional.of("mallory@example.org"), PASS);
        sign(dir, "mallory");
        pin(dir);
        GateDecisions.Checked c = only(decisions.checkDecisions(PENDING, settings(dir, Optional.of(trust))));
        assertEquals(GateDecisions.Status.UNTRUSTED_KEY, c.status(), c.reason());
        assertTrue(c.reason().startsWith("signature: no trusted key verifies the signature"), c.reason());
    }

    @Test
    void aTamperedDecisionIsInvalidWithTheReason(@TempDir Path dir) throws Exception {
        Path trust = world.world(dir);
        GateDecisions.Signed s = sign(dir, "alice");
        pin(dir);
        String line = Files.readString(s.log());
        String payload = line.substring(line.indexOf("\"payload\":\"") + 11, line.indexOf('"', line.indexOf("\"payload\":\"") + 11));
        String forged = new String(java.util.Base64.getDecoder().decode(payload), StandardCharsets.UTF_8).replace("\"approved\"", "\"rejected\"");
        Files.writeString(s.log(), line.replace(payload, java.util.Base64.getEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8))));
        GateDecisions.Checked c = only(decisions.checkDecisions(PENDING, settings(dir, Optional.of(trust))));
        assertEquals(GateDecisions.Status.INVALID, c.status(), c.reason());
        assertTrue(c.reason().startsWith("signature: "), c.reason());
        assertEquals("rejected", c.statement().orElseThrow().predicate().decision(), "as written, for placing it on the gate");
    }

    @Test
    void aDecisionCheckedAgainstATamperedCopyOfTheRunIsInvalid(@TempDir Path dir) throws Exception {
        Path trust = world.world(dir);
        sign(dir, "alice");
        pin(dir);
        GateDecisions.Checked c = only(decisions.checkDecisions(tamper(dir), settings(dir, Optional.of(trust))));
        assertEquals(GateDecisions.Status.INVALID, c.status());
        assertTrue(c.reason().startsWith("bundle-integrity: "), c.reason());
    }

    @Test
    void keptDecisionsAreReadBackWithTheirHandBack(@TempDir Path dir) throws Exception {
        world.world(dir);
        GateDecisions.Signed s = sign(dir, "alice");
        List<GateDecisions.Kept> kept = decisions.keptDecisions(dir.resolve("out"), s.decision().statement().runId());
        assertEquals(1, kept.size());
        assertEquals(s.decision().entryDigest(), kept.get(0).entryDigest());
        assertEquals(s.decision().statement(), kept.get(0).statement());
        assertEquals(List.of("resolveGate", "annotate"), kept.get(0).handBack().calls().stream().map(c -> c.method()).toList());
        assertEquals(List.of(), decisions.keptDecisions(dir.resolve("out"), "run_other"));
    }

    private GateDecisions.Signed sign(Path dir, String key) throws Exception {
        DecisionStatement st = decisions.draft(world.request(dir, PENDING, "approved", Optional.empty()), dir.resolve("keys"), key);
        return decisions.sign(st, dir.resolve("keys"), key, PASS, dir.resolve("out"));
    }

    /** Pins the root key in the state file, as a first {@code verify-decision --root} does. */
    private void pin(Path dir) throws Exception {
        TrustAdmin.verifyTrustList(dir.resolve("trust-list.dsse.json"), List.of(dir.resolve("keys/root.pub.pem")), Optional.empty(),
                dir.resolve("state.json"), GateDecisionsTest.CLOCK.instant());
    }

    private static GateDecisions.CheckSettings settings(Path dir, Optional<Path> trust) {
        return new GateDecisions.CheckSettings(dir.resolve("out"), dir.resolve("keys"), trust, dir.resolve("state.json"), Optional.of(AUDIENCE));
    }

    private static GateDecisions.Checked only(List<GateDecisions.Checked> all) {
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /** The pending sample with one character of a gate's reason changed: same run, integrity mismatch. */
    private static Path tamper(Path dir) throws Exception {
        String text = Files.readString(PENDING);
        String changed = text.replace("Confirm handler assignment", "Confirm handler assignmenT");
        assertFalse(text.equals(changed));
        return Files.writeString(dir.resolve("tampered.json"), changed);
    }
}
