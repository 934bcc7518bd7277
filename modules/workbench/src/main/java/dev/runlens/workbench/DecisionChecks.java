package dev.runlens.workbench;

import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.decision.StatementJson;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.handback.HandBack;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.signing.log.DecisionLog;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.signing.trust.TrustLists;
import dev.runlens.signing.trust.TrustState;
import dev.runlens.signing.verify.Check;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.signing.verify.DecisionVerifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The signed decisions kept for a run (its {@code <runId>.decisions.jsonl} in the decisions folder),
 * each verified against a bundle of the run with the user's trust list, and told apart as the app
 * shows them: {@link Status#VALID}, {@link Status#STALE_TRUST_LIST} (valid, but the list has expired),
 * {@link Status#INVALID} with the reason, or {@link Status#UNTRUSTED_KEY}. Without a usable trust list nothing is ever valid: a decision signed
 * by one of the user's own keys is still checked in full (signature, statement, binding to the
 * bundle) and shown as untrusted when it checks out, invalid when it does not.
 */
final class DecisionChecks {
    private static final String NO_DIGEST = "sha256:" + "0".repeat(64);

    private DecisionChecks() {}

    static List<GateDecisions.Checked> onRun(RunBundleFacts facts, GateDecisions.CheckSettings s, Instant now) throws IOException {
        Path log = s.decisionsDir().resolve(DecisionLog.fileName(facts.runId()));
        if (!Files.isRegularFile(log)) return List.of();
        Trust trust = trust(s, now);
        List<GateDecisions.Checked> out = new ArrayList<>();
        for (DecisionLog.Line line : DecisionLog.read(log)) {
            Optional<Written> w = written(line.bytes());
            Optional<DecisionStatement> st = w.map(Written::statement);
            if (w.isEmpty()) {
                out.add(new GateDecisions.Checked(line.number(), st, GateDecisions.Status.INVALID, "not a readable decision", List.of(), Optional.empty()));
            } else if (trust.verdict().isPresent()) {
                out.add(trusted(line, w.get(), facts, trust.verdict().get(), s));
            } else {
                out.add(local(line, w.get(), facts, trust.why(), s));
            }
        }
        return out;
    }

    /** The user's trust list verified with the pinned roots, or why there is none to use. */
    private record Trust(Optional<TrustListVerdict> verdict, String why) {}

    private static Trust trust(GateDecisions.CheckSettings s, Instant now) throws IOException {
        if (s.trustList().isEmpty() || !Files.isRegularFile(s.trustList().get())) {
            return new Trust(Optional.empty(), "no trust list is configured" + s.trustList().map(p -> " (" + p + ")").orElse(""));
        }
        try {
            TrustListVerdict v = TrustAdmin.verifyTrustList(s.trustList().get(), List.of(), Optional.empty(), s.trustState(), now);
            if (!v.usable()) return new Trust(Optional.empty(), "the trust list is not trusted: " + String.join("; ", v.reasons()));
            return new Trust(Optional.of(v), "");
        } catch (IllegalArgumentException e) {
            return new Trust(Optional.empty(), "the trust list cannot be used: " + e.getMessage());
        }
    }

    private static GateDecisions.Checked trusted(DecisionLog.Line line, Written w, RunBundleFacts facts, TrustListVerdict trust,
                                                 GateDecisions.CheckSettings s) {
        DecisionReport r = verifier(trust, facts, w, s).verify(line.bytes());
        List<String> warnings = warnings(r, s);
        if (r.accepted()) {
            String who = "signed by " + r.principal().orElse("?") + " with " + r.keyId().orElse("?");
            if (trust.status() == TrustListVerdict.Status.STALE) {
                return checked(line, w, GateDecisions.Status.STALE_TRUST_LIST, who + ", but the trust list it was checked with is stale: "
                        + String.join("; ", trust.reasons()), warnings, r);
            }
            return checked(line, w, GateDecisions.Status.VALID, who, warnings, r);
        }
        Check first = r.failures().get(0);
        boolean unknownKey = first.name().equals("signature") && trust.list().orElseThrow().reviewerKey(w.keyId()).isEmpty();
        GateDecisions.Status status = unknownKey || first.name().equals("trust-list") ? GateDecisions.Status.UNTRUSTED_KEY : GateDecisions.Status.INVALID;
        return checked(line, w, status, first.name() + ": " + first.reason(), warnings, r);
    }

    /** No usable trust list: check everything against the user's own key of that id, and never call the result valid. */
    private static GateDecisions.Checked local(DecisionLog.Line line, Written w, RunBundleFacts facts, String why, GateDecisions.CheckSettings s)
            throws IOException {
        Optional<KeyRing.KeyInfo> mine = new KeyRing(s.keysDir()).list().stream().filter(k -> k.keyId().equals(w.keyId())).findFirst();
        if (mine.isEmpty()) {
            return checked(line, w, GateDecisions.Status.UNTRUSTED_KEY, why + "; key " + w.keyId()
                    + " is not one of your keys, so its signature cannot be checked", List.of(), null);
        }
        VerificationKey key = new KeyRing(s.keysDir()).publicKey(mine.get().name());
        String principal = mine.get().principal().orElse(w.statement().predicate().reviewer().principal());
        TrustList own = TrustLists.withReviewerKey(TrustLists.initial(List.of(key), 1, Instant.EPOCH, Duration.ofDays(366L * 1000)),
                principal, Optional.empty(), TrustList.Scopes.everything(List.of("*")), key, Instant.EPOCH, Optional.empty());
        TrustListVerdict verdict = new TrustListVerdict(TrustListVerdict.Status.TRUSTED, List.of(), Optional.of(own), NO_DIGEST, TrustState.EMPTY);
        DecisionReport r = verifier(verdict, facts, w, s).verify(line.bytes());
        // Without a trust list no time-stamping authority is listed either: a token is as unvouched for as the key.
        boolean onlyTsa = !r.failures().isEmpty() && r.failures().stream().allMatch(c -> c.name().equals("timestamp-authority"));
        if (r.accepted() || onlyTsa) {
            return checked(line, w, GateDecisions.Status.UNTRUSTED_KEY, why + "; the signature and the content check out with your key "
                    + mine.get().name() + ", but no trust list vouches for it" + (onlyTsa ? " or for the time-stamping authority" : ""),
                    warnings(r, s), r);
        }
        return checked(line, w, GateDecisions.Status.INVALID, r.summary(), warnings(r, s), r);
    }

    private static DecisionVerifier verifier(TrustListVerdict trust, RunBundleFacts facts, Written w, GateDecisions.CheckSettings s) {
        String audience = s.audience().orElse(w.statement().predicate().audience());
        return DecisionVerifier.builder().trustList(trust).audience(audience).bundle(facts).allowGrownTrace(true).build();
    }

    private static List<String> warnings(DecisionReport r, GateDecisions.CheckSettings s) {
        List<String> out = new ArrayList<>();
        for (Check c : r.warnings()) out.add(c.name() + ": " + c.reason());
        if (s.audience().isEmpty()) out.add("audience: not checked (no audience is configured: set RUNLENS_AUDIENCE or the app's audience setting)");
        return out;
    }

    private static GateDecisions.Checked checked(DecisionLog.Line line, Written w, GateDecisions.Status status, String reason,
                                                 List<String> warnings, DecisionReport r) {
        boolean accepted = status == GateDecisions.Status.VALID || status == GateDecisions.Status.STALE_TRUST_LIST;
        Optional<HandBack> hb = accepted ? Optional.of(HandBack.of(r.statement().orElseThrow(), r.entryDigest().orElseThrow()))
                : Optional.empty();
        return new GateDecisions.Checked(line.number(), Optional.of(w.statement()), status, reason, warnings, hb);
    }

    // ------------------------------------------------------------------ decisions as written (not verified)

    /** One decision of the log read as written: its Statement, payload digest and the key id its signature names. */
    record Written(DecisionStatement statement, String entryDigest, String keyId) {}

    static Optional<Written> written(byte[] line) {
        try {
            SigstoreBundle b = SigstoreBundle.read(line);
            DecisionStatement st = StatementJson.read(StrictJson.parse(b.envelope().payload()));
            if (st.predicate() == null || b.envelope().signatures().isEmpty()) return Optional.empty();
            return Optional.of(new Written(st, b.envelope().payloadDigest(), b.envelope().signatures().get(0).keyId()));
        } catch (EnvelopeFormatException | StrictJsonException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The decisions written to the run's log, as written (for the inbox: which gates were signed here). */
    static List<GateDecisions.Kept> kept(Path decisionsDir, String runId) throws IOException {
        Path log = decisionsDir.resolve(DecisionLog.fileName(runId));
        if (!Files.isRegularFile(log)) return List.of();
        List<GateDecisions.Kept> out = new ArrayList<>();
        for (DecisionLog.Line line : DecisionLog.read(log)) {
            written(line.bytes()).filter(w -> w.statement().runId().equals(runId)).ifPresent(w -> out.add(new GateDecisions.Kept(
                    line.number(), w.statement(), w.entryDigest(), HandBack.of(w.statement(), w.entryDigest()))));
        }
        return out;
    }
}
