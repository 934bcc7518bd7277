package dev.runlens.signing.verify;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.decision.BundleFacts;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.decision.StatementJson;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustListVerdict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a signed gate decision by design B7, step by step, each check with a precise reason
 * (sigstore-java's verifier shape: configured once through {@link #builder()}, one {@link #verify}
 * entry point, a structured {@link DecisionReport}).
 */
public final class DecisionVerifier {
    private final TrustListVerdict trust;
    private final String audience;
    private final Set<String> predicateTypes;
    private final Optional<BundleFacts> bundle;
    private final Optional<Instant> trustedTime;
    private final Optional<Duration> clockSkew;
    private final boolean allowGrownTrace;
    private final boolean enterpriseMode;

    private DecisionVerifier(Builder b) {
        this.trust = b.trust;
        this.audience = b.audience;
        this.predicateTypes = Set.copyOf(b.predicateTypes);
        this.bundle = Optional.ofNullable(b.bundle);
        this.trustedTime = Optional.ofNullable(b.trustedTime);
        this.clockSkew = Optional.ofNullable(b.clockSkew);
        this.allowGrownTrace = b.allowGrownTrace;
        this.enterpriseMode = b.enterpriseMode;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private TrustListVerdict trust;
        private String audience;
        private final Set<String> predicateTypes = new java.util.LinkedHashSet<>(Set.of(DecisionStatement.PREDICATE_TYPE));
        private BundleFacts bundle;
        private Instant trustedTime;
        private Duration clockSkew;
        private boolean allowGrownTrace;
        private boolean enterpriseMode;

        /** The verified trust list (required). */
        public Builder trustList(TrustListVerdict verdict) {
            this.trust = verdict;
            return this;
        }

        /** The deployment or tenant decisions must be for (required). */
        public Builder audience(String a) {
            this.audience = a;
            return this;
        }

        /** The run bundle to bind decisions to; without it the verdict is at most "signature valid, unbound". */
        public Builder bundle(BundleFacts facts) {
            this.bundle = facts;
            return this;
        }

        /**
         * Evidenced upper bound on when decisions existed (an import receipt, a checkpoint). RFC 3161 tokens in
         * the decision file are checked here against the trust list's timestamp authorities; the earliest wins.
         */
        public Builder trustedTime(Instant t) {
            this.trustedTime = t;
            return this;
        }

        /** Overrides the trust list's {@code maxClockSkewSeconds}. */
        public Builder clockSkew(Duration d) {
            this.clockSkew = d;
            return this;
        }

        /** Import mode (design B11): the live run may have grown; the reviewed trace must be its prefix. */
        public Builder allowGrownTrace(boolean allow) {
            this.allowGrownTrace = allow;
            return this;
        }

        /** Certificates and tlog entries are refused unless an enterprise mode with its own roots is on (not implemented). */
        public Builder enterpriseMode(boolean on) {
            this.enterpriseMode = on;
            return this;
        }

        public DecisionVerifier build() {
            if (trust == null) throw new IllegalStateException("a verified trust list is required");
            if (audience == null || audience.isBlank()) throw new IllegalStateException("an audience is required");
            return new DecisionVerifier(this);
        }
    }

    /** Verifies one decision file (a Sigstore bundle); never throws for bad input. */
    public DecisionReport verify(byte[] decisionFile) {
        Checks c = new Checks();
        SigstoreBundle sb;
        try {
            sb = SigstoreBundle.read(decisionFile);
            c.pass(1, "strict-json", "the decision file is strict JSON within limits");
        } catch (EnvelopeFormatException e) {
            c.fail(1, "strict-json", e.getMessage());
            return report(c, null, null, null);
        }
        return verify(sb, c);
    }

    public DecisionReport verify(SigstoreBundle sb) {
        return verify(sb, new Checks());
    }

    private DecisionReport verify(SigstoreBundle sb, Checks c) {
        if (!bundleLayer(sb, c)) return report(c, null, null, null);
        Envelope env = sb.envelope();
        if (!c.expect(env.payloadType().equals(DecisionStatement.PAYLOAD_TYPE), 3, "payload-type",
                "payloadType is " + DecisionStatement.PAYLOAD_TYPE,
                "payloadType \"" + env.payloadType() + "\" is not exactly " + DecisionStatement.PAYLOAD_TYPE)) {
            return report(c, null, null, null);
        }
        if (!trustLayer(c)) return report(c, null, null, null);
        TrustList list = trust.list().orElseThrow();
        Envelope.Signature sig = env.signatures().get(0);
        byte[] payload = env.payload(); // only these bytes are used from here on
        Optional<Map.Entry<TrustList.Reviewer, TrustList.ReviewerKey>> signer = selectAndVerify(list, sig, env.pae(), c);
        if (signer.isEmpty()) return report(c, null, null, null);
        String keyId = signer.get().getValue().key().keyid();
        String entryDigest = env.payloadDigest();
        DecisionStatement st = statement(payload, c);
        if (st == null) return report(c, null, entryDigest, keyId);
        keyBinding(st, signer.get(), keyId, c);
        if (!c.expect(st.predicate().audience().equals(audience), 10, "audience", "audience is " + audience,
                "replay into another deployment: the decision is for audience \"" + st.predicate().audience() + "\", not \"" + audience + "\"")) {
            // keep going: every failure is reported
        }
        if (bundle.isPresent()) BundleBinding.check(st, bundle.get(), allowGrownTrace, c);
        else c.skip(10, "bundle-binding", "no run bundle given: the decision is not bound to content");
        Duration skew = clockSkew.orElse(Duration.ofSeconds(list.policy().maxClockSkewSeconds()));
        Optional<TimeEvidence> evidence = timeEvidence(sb, sig, list, c);
        KeyValidity.check(st, signer.get().getValue(), revocations(list), evidence.map(TimeEvidence::existedBy), skew, c);
        return report(c, st, entryDigest, keyId, evidence);
    }

    /** Step 11's tTrusted: the earliest of the verified RFC 3161 tokens and the caller's {@link Builder#trustedTime}. */
    private Optional<TimeEvidence> timeEvidence(SigstoreBundle sb, Envelope.Signature sig, TrustList list, Checks c) {
        Optional<TimeEvidence> tsa = TimestampEvidence.check(sb, sig.sig(), list.timestampAuthorities(), c);
        Optional<TimeEvidence> given = trustedTime.map(t -> new TimeEvidence(t, TimeEvidence.GIVEN, "the verifier's caller"));
        if (tsa.isEmpty()) return given;
        if (given.isEmpty()) return tsa;
        return Optional.of(given.get().existedBy().isBefore(tsa.get().existedBy()) ? given.get() : tsa.get());
    }

    private boolean bundleLayer(SigstoreBundle sb, Checks c) {
        boolean ok = c.expect(sb.mediaType().equals(SigstoreBundle.MEDIA_TYPE), 2, "bundle-media-type",
                "mediaType is " + SigstoreBundle.MEDIA_TYPE, "mediaType \"" + sb.mediaType() + "\" is not " + SigstoreBundle.MEDIA_TYPE);
        int n = sb.envelope().signatures().size();
        if (!c.expect(n == 1, 2, "one-signature", "the envelope carries exactly one signature",
                "a decision envelope carries exactly one signature, this one has " + n)) return false;
        String keyid = sb.envelope().signatures().get(0).keyId();
        ok &= c.expect(sb.publicKeyHint().isPresent() && sb.publicKeyHint().get().equals(keyid), 2, "key-hint",
                "publicKey.hint equals the signature's keyid", "the signature's keyid \"" + keyid + "\" differs from publicKey.hint \""
                        + sb.publicKeyHint().orElse("(none)") + "\"");
        if (!enterpriseMode && (sb.hasCertificate() || sb.hasTlogEntries())) {
            ok = c.fail(2, "verification-material", "the bundle carries " + (sb.hasCertificate() ? "a certificate" : "transparency-log entries")
                    + ", which is refused outside enterprise mode");
        }
        return ok;
    }

    private boolean trustLayer(Checks c) {
        return switch (trust.status()) {
            case TRUSTED -> {
                c.pass(4, "trust-list", "trust list version " + trust.list().orElseThrow().version() + " verified");
                yield true;
            }
            case STALE -> {
                c.warn(4, "trust-list", String.join("; ", trust.reasons()));
                yield true;
            }
            case REJECTED -> c.fail(4, "trust-list", "the trust list is not trusted: " + String.join("; ", trust.reasons()));
        };
    }

    /** Steps 5 and 6: the hint first, then every key whose purposes include the predicate type; strict signature check. */
    private Optional<Map.Entry<TrustList.Reviewer, TrustList.ReviewerKey>> selectAndVerify(TrustList list, Envelope.Signature sig,
                                                                                        byte[] pae, Checks c) {
        List<Map.Entry<TrustList.Reviewer, TrustList.ReviewerKey>> candidates = new ArrayList<>();
        list.reviewerKey(sig.keyId()).ifPresent(candidates::add);
        for (TrustList.Reviewer r : list.reviewers()) {
            for (TrustList.ReviewerKey k : r.keys()) {
                Map.Entry<TrustList.Reviewer, TrustList.ReviewerKey> e = Map.entry(r, k);
                if (!candidates.contains(e)) candidates.add(e);
            }
        }
        List<String> reasons = new ArrayList<>();
        boolean hintNamed = list.reviewerKey(sig.keyId()).isPresent();
        Optional<KeySearch.Found<TrustList.Reviewer>> found = KeySearch.firstVerifying(candidates, sig, pae,
                k -> predicateTypes.stream().anyMatch(k.purposes()::contains),
                k -> k.key().keyid() + " may not sign " + String.join(", ", predicateTypes) + " (purposes " + k.purposes() + ")", true, reasons);
        if (found.isPresent()) {
            VerificationKey vk = found.get().key();
            c.pass(5, "key-selection", "key " + vk.keyId() + " of " + found.get().entry().getKey().principal() + " (" + vk.algorithm().id() + ")"
                    + (vk.keyId().equals(sig.keyId()) ? "" : "; the envelope's keyid hint named " + (hintNamed ? "another trusted key" : "no trusted key")));
            c.pass(6, "signature", "the signature over PAE(payloadType, payload) verifies strictly with " + vk.keyId());
            return Optional.of(found.get().entry());
        }
        c.fail(6, "signature", "no trusted key verifies the signature"
                + (hintNamed ? "" : " (keyid hint " + (sig.keyId().isEmpty() ? "absent" : sig.keyId()) + " is not in the trust list)")
                + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)));
        return Optional.empty();
    }

    /** Steps 7 and 8: strict JSON, JCS form, Statement and predicate schema, accepted predicate type. */
    private DecisionStatement statement(byte[] payload, Checks c) {
        JsonValue json;
        try {
            json = StrictJson.parse(payload);
        } catch (StrictJsonException e) {
            c.fail(7, "payload-json", "the payload is not strict JSON: " + e.getMessage());
            return null;
        }
        if (!c.expect(StrictJson.isCanonical(payload, json), 7, "payload-jcs", "the payload is in JCS canonical form",
                "the payload is valid JSON but not in JCS canonical form (whitespace or key order)")) return null;
        DecisionStatement st;
        try {
            st = StatementJson.read(json);
        } catch (StrictJsonException e) {
            c.fail(8, "statement", e.getMessage());
            return null;
        }
        if (!c.expect(predicateTypes.contains(st.predicateType()), 8, "predicate-type", "predicateType " + st.predicateType(),
                "predicateType \"" + st.predicateType() + "\" is not accepted (expected " + String.join(", ", predicateTypes) + ")")) return null;
        c.pass(8, "statement", "an in-toto Statement v1 with one subject and a valid gate-decision predicate");
        return st;
    }

    /** Step 9: the payload names the verifying key and its principal, and the principal's scope allows the decision. */
    private static void keyBinding(DecisionStatement st, Map.Entry<TrustList.Reviewer, TrustList.ReviewerKey> signer, String keyId, Checks c) {
        DecisionStatement.Predicate p = st.predicate();
        c.expect(p.reviewer().keyid().equals(keyId), 9, "key-binding", "reviewer.keyid is the verifying key",
                "key substitution: reviewer.keyid " + p.reviewer().keyid() + " is not the verifying key " + keyId);
        TrustList.Reviewer r = signer.getKey();
        c.expect(p.reviewer().principal().equals(r.principal()), 9, "principal", "principal " + r.principal(),
                "reviewer.principal \"" + p.reviewer().principal() + "\" is not the key's principal \"" + r.principal() + "\"");
        TrustList.Scopes s = r.scopes();
        List<String> outside = new ArrayList<>();
        if (!TrustList.matches(s.audiences(), p.audience())) outside.add("audience " + p.audience());
        if (!TrustList.matches(s.workflows(), p.run().workflowId())) outside.add("workflow " + p.run().workflowId());
        if (!TrustList.matches(s.gates(), p.gate().gate())) outside.add("gate " + p.gate().gate());
        if (!TrustList.matches(s.decisions(), p.decision())) outside.add("decision " + p.decision());
        c.expect(outside.isEmpty(), 9, "scope", r.principal() + " may make this decision",
                r.principal() + " is not allowed: " + String.join(", ", outside) + " outside the principal's scopes");
    }

    private List<TrustList.Revocation> revocations(TrustList list) {
        List<TrustList.Revocation> all = new ArrayList<>(list.revocations());
        for (TrustList.Revocation r : trust.state().revocationsSeen()) if (!all.contains(r)) all.add(r);
        return all;
    }

    private DecisionReport report(Checks c, DecisionStatement st, String entryDigest, String keyId) {
        return report(c, st, entryDigest, keyId, Optional.empty());
    }

    private DecisionReport report(Checks c, DecisionStatement st, String entryDigest, String keyId, Optional<TimeEvidence> evidence) {
        DecisionReport.Verdict v = c.anyFailed() ? DecisionReport.Verdict.REJECTED
                : bundle.isPresent() ? DecisionReport.Verdict.ACCEPTED : DecisionReport.Verdict.SIGNATURE_VALID_UNBOUND;
        return new DecisionReport(v, c.list, Optional.ofNullable(st), Optional.ofNullable(entryDigest), Optional.ofNullable(keyId),
                Optional.ofNullable(st).map(s -> s.predicate().reviewer().principal()), evidence);
    }
}
