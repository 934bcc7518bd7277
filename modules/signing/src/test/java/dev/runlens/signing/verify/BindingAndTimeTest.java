package dev.runlens.signing.verify;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.fixtures.Decisions;
import dev.runlens.signing.fixtures.SampleFacts;
import dev.runlens.signing.fixtures.TestKeys;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustLists;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Design (c): binding to the bundle (23–26, 28, 31, 32) and time, validity and revocation (38–41, 44). */
class BindingAndTimeTest {
    static final byte[] ALICE = Decisions.alice().bundle().toBytes();

    static void rejectedBy(DecisionReport r, String check) {
        assertEquals(DecisionReport.Verdict.REJECTED, r.verdict(), r.checks().toString());
        assertTrue(r.failures().stream().anyMatch(c -> c.name().equals(check)), check + " expected in " + r.failures());
    }

    static JsonValue.Obj pendingTree() throws Exception {
        return (JsonValue.Obj) JsonReader.hardened().read(Decisions.bytes(Decisions.sample(Decisions.PENDING_FILE))).value();
    }

    static JsonValue.Obj with(JsonValue.Obj o, String key, JsonValue v) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(o.members());
        m.put(key, v);
        return new JsonValue.Obj(m);
    }

    /** The bundle with its integrity re-declared as the hash of its (changed) content. */
    static SampleFacts resealed(JsonValue.Obj tree) {
        SampleFacts draft = new SampleFacts("draft.json", CanonicalJson.toBytes(tree, CanonicalJson.Form.AS_WRITTEN));
        JsonValue.Obj sealed = with(tree, "integrity", new JsonValue.Obj(new LinkedHashMap<>(java.util.Map.of("sha256",
                new JsonValue.Str(draft.computedSha256().orElseThrow())))));
        return new SampleFacts("resealed.json", CanonicalJson.toBytes(sealed, CanonicalJson.Form.AS_WRITTEN));
    }

    @Test
    void aDecisionPresentedWithAnotherRunsBundleIsRejected() {
        SampleFacts other = new SampleFacts("other.json", Decisions.bytes(Decisions.sample("2026-09-08-invoice-extraction-failed.json")));
        DecisionReport r = Decisions.verifier(other).build().verify(ALICE);
        rejectedBy(r, "subject-digest");
        rejectedBy(r, "run-ids");
    }

    @Test
    void aTamperedBundleWhoseDeclaredHashEqualsTheSubjectIsRejected() throws Exception {
        String text = new String(Decisions.bytes(Decisions.sample(Decisions.PENDING_FILE)), StandardCharsets.UTF_8)
                .replace("Confirm handler assignment before the claimant is notified", "Nothing to see here");
        DecisionReport r = Decisions.verifier(new SampleFacts("tampered.json", text.getBytes(StandardCharsets.UTF_8))).build().verify(ALICE);
        rejectedBy(r, "bundle-integrity");
        rejectedBy(r, "subject-digest");
    }

    @Test
    void theSameContentReserializedIsAcceptedWithAFileWarning() throws Exception {
        JsonValue.Obj t = pendingTree();
        LinkedHashMap<String, JsonValue> reordered = new LinkedHashMap<>();
        List<String> keys = new java.util.ArrayList<>(t.members().keySet());
        java.util.Collections.reverse(keys);
        for (String k : keys) reordered.put(k, t.get(k));
        byte[] reserialized = ("\n" + CanonicalJson.toString(new JsonValue.Obj(reordered), CanonicalJson.Form.AS_WRITTEN) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        DecisionReport r = Decisions.verifier(new SampleFacts("spaced.json", reserialized)).build().verify(ALICE);
        assertEquals(DecisionReport.Verdict.ACCEPTED, r.verdict(), r.failures().toString());
        assertTrue(r.warnings().stream().anyMatch(c -> c.name().equals("bundle-file")), r.warnings().toString());
    }

    @Test
    void sameRunIdWithDifferentContentIsRejected() throws Exception {
        JsonValue.Obj t = pendingTree();
        JsonValue.Obj run = with((JsonValue.Obj) t.get("run"), "tags", new JsonValue.Arr(List.of(new JsonValue.Str("changed"))));
        rejectedBy(Decisions.verifier(resealed(with(t, "run", run))).build().verify(ALICE), "subject-digest");
    }

    @Test
    void anotherAudienceIsRejected() {
        rejectedBy(Decisions.verifier(Decisions.pending()).audience("acme-staging").build().verify(ALICE), "audience");
    }

    @Test
    void withoutTheBundleTheVerdictIsSignatureValidUnbound() {
        DecisionReport r = dev.runlens.signing.verify.DecisionVerifier.builder().trustList(Decisions.trusted(Decisions.trustList()))
                .audience(Decisions.AUDIENCE).build().verify(ALICE);
        assertEquals(DecisionReport.Verdict.SIGNATURE_VALID_UNBOUND, r.verdict(), r.failures().toString());
    }

    @Test
    void aLiveRunThatGrewIsAcceptedForImportWhenThePrefixMatchesAndRejectedWhenHistoryChanged() throws Exception {
        JsonValue.Obj t = pendingTree();
        List<JsonValue> trace = new java.util.ArrayList<>(((JsonValue.Arr) t.get("trace")).items());
        JsonValue.Obj last = (JsonValue.Obj) trace.get(trace.size() - 1);
        trace.add(new JsonValue.Obj(new LinkedHashMap<>(java.util.Map.of("id", new JsonValue.Str("evt_appended"), "runId", last.get("runId"),
                "ts", new JsonValue.Str("2026-09-17T09:00:00.000Z"), "type", new JsonValue.Str("annotation"), "text", new JsonValue.Str("later")))));
        SampleFacts grown = resealed(with(t, "trace", new JsonValue.Arr(trace)));
        DecisionReport ok = Decisions.verifier(grown).allowGrownTrace(true).build().verify(ALICE);
        assertEquals(DecisionReport.Verdict.ACCEPTED, ok.verdict(), ok.failures().toString());
        rejectedBy(Decisions.verifier(grown).build().verify(ALICE), "subject-digest");
        trace.set(0, with((JsonValue.Obj) trace.get(0), "ts", new JsonValue.Str("2026-09-17T00:00:00.000Z")));
        rejectedBy(Decisions.verifier(resealed(with(t, "trace", new JsonValue.Arr(trace)))).allowGrownTrace(true).build().verify(ALICE), "trace");
    }

    @Test
    void aBundleThatCannotBeCanonicalizedIsRejected() throws Exception {
        String text = new String(Decisions.bytes(Decisions.sample(Decisions.PENDING_FILE)), StandardCharsets.UTF_8)
                .replaceFirst("\"workflowVersion\":\\s*4,", "\"workflowVersion\": 4, \"workflowVersion\": 4,");
        rejectedBy(Decisions.verifier(new SampleFacts("dup.json", text.getBytes(StandardCharsets.UTF_8))).build().verify(ALICE), "bundle-canonical");
    }

    // ------------------------------------------------------------------ keys, time, revocation

    static DecisionVerifier.Builder withList(TrustList t) {
        return DecisionVerifier.builder().trustList(Decisions.trusted(t)).audience(Decisions.AUDIENCE).bundle(Decisions.pending());
    }

    static TrustList aliceValid(String from, String until) {
        return TrustLists.withReviewerKey(Decisions.trustList(), "alice@example.org", Optional.empty(), Decisions.scopes(),
                TestKeys.ALICE.publicKey(), Instant.parse(from), Optional.of(Instant.parse(until)));
    }

    @Test
    void aKeyNotYetValidOrExpiredIsRejected() {
        rejectedBy(withList(aliceValid("2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z")).build().verify(ALICE), "key-validity");
        rejectedBy(withList(aliceValid("2026-01-01T00:00:00Z", "2026-09-01T00:00:00Z")).build().verify(ALICE), "key-validity");
    }

    @Test
    void aKeyRevokedForCompromiseNeedsEvidenceThatTheDecisionCameBefore() {
        TrustList t = TrustLists.withRevocation(Decisions.trustList(), TestKeys.ALICE.publicKey().keyId(), "keyCompromise",
                Instant.parse("2026-09-18T00:00:00Z"));
        rejectedBy(withList(t).build().verify(ALICE), "revocation");
        DecisionReport anchored = withList(t).trustedTime(Instant.parse("2026-09-17T09:00:00Z")).build().verify(ALICE);
        assertEquals(DecisionReport.Verdict.ACCEPTED, anchored.verdict(), anchored.failures().toString());
    }

    @Test
    void aSupersededKeyBeforeItsEffectiveTimeIsAcceptedUnanchored() {
        TrustList t = TrustLists.withRevocation(Decisions.trustList(), TestKeys.ALICE.publicKey().keyId(), "superseded",
                Instant.parse("2026-09-18T00:00:00Z"));
        DecisionReport r = withList(t).build().verify(ALICE);
        assertEquals(DecisionReport.Verdict.ACCEPTED, r.verdict(), r.failures().toString());
        assertTrue(r.warnings().stream().anyMatch(c -> c.name().equals("revocation") && c.reason().contains("unanchored")), r.warnings().toString());
        TrustList after = TrustLists.withRevocation(Decisions.trustList(), TestKeys.ALICE.publicKey().keyId(), "superseded",
                Instant.parse("2026-09-17T07:30:00Z"));
        rejectedBy(withList(after).build().verify(ALICE), "revocation");
    }

    @Test
    void aClaimedTimeAfterTheTrustedUpperBoundIsRejected() {
        rejectedBy(Decisions.verifier(Decisions.pending()).trustedTime(Instant.parse("2026-09-17T07:20:00Z")).build().verify(ALICE),
                "decided-before-evidence");
    }

    @Test
    void aKeyWhosePurposesExcludeGateDecisionsCannotSignThem() {
        TrustList t = Decisions.trustList();
        List<TrustList.Reviewer> rs = t.reviewers().stream().map(r -> new TrustList.Reviewer(r.principal(), r.displayName(), r.scopes(),
                r.keys().stream().map(k -> new TrustList.ReviewerKey(k.key(), List.of("https://slsa.dev/provenance/v1"), k.validFrom(),
                        k.validUntil(), k.status())).toList())).toList();
        TrustList noPurpose = new TrustList(1, t.issuedAt(), t.expires(), t.previous(), t.root(), rs, t.revocations(), t.policy());
        DecisionReport r = withList(noPurpose).build().verify(ALICE);
        rejectedBy(r, "signature");
        assertTrue(r.failures().get(0).reason().contains("may not sign"), r.failures().toString());
    }

    @Test
    void anUntrustedTrustListRejectsEverything() {
        var bad = dev.runlens.signing.trust.TrustListVerifier.pinned(List.of(TestKeys.ROOT_1.publicKey(), TestKeys.ROOT_2.publicKey()), 2,
                dev.runlens.signing.trust.TrustState.EMPTY, Decisions.NOW).verify(Decisions.signed(Decisions.trustList(), TestKeys.ROOT_1));
        rejectedBy(DecisionVerifier.builder().trustList(bad).audience(Decisions.AUDIENCE).bundle(Decisions.pending()).build().verify(ALICE), "trust-list");
    }

    @Test
    void deeplyNestedOrHugeInputIsRejectedCleanly() {
        byte[] deep = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
        rejectedBy(Decisions.verifier(Decisions.pending()).build().verify(deep), "strict-json");
        byte[] big = ("{\"mediaType\":\"" + "a".repeat(9 << 20) + "\"}").getBytes(StandardCharsets.US_ASCII);
        rejectedBy(Decisions.verifier(Decisions.pending()).build().verify(big), "strict-json");
    }
}
