package dev.runlens.signing.verify;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.dsse.EnvelopeJson;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.signing.log.Checkpoint;
import dev.runlens.signing.log.CheckpointJson;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustListVerdict;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies a signed decision-log checkpoint on its own (design B7 step 12 "checkpoints verify", B9):
 * a DSSE envelope with one signature by a key of a trust list's {@code checkpointers} whose purposes
 * include {@value Checkpoint#PREDICATE_TYPE} (a reviewer's key never counts), strict JCS payload,
 * the Statement and predicate schema, a subject that names the run and carries the Merkle root, a root
 * that is the RFC 6962 hash of the listed entries, and the key valid at {@code checkpointedAt}.
 */
public final class CheckpointVerifier {
    private static final int STEP = 12;
    private final TrustListVerdict trust;

    private CheckpointVerifier(TrustListVerdict trust) {
        this.trust = trust;
    }

    /** Checkpoints signed by the checkpointers of this verified trust list. */
    public static CheckpointVerifier of(TrustListVerdict trust) {
        return new CheckpointVerifier(trust);
    }

    /** Verifies one checkpoint file (a DSSE envelope); never throws for bad input. */
    public CheckpointReport verify(byte[] file) {
        Checks c = new Checks();
        Envelope env;
        try {
            env = EnvelopeJson.read(file);
            c.pass(STEP, "checkpoint-json", "the checkpoint file is a DSSE envelope in strict JSON");
        } catch (EnvelopeFormatException e) {
            c.fail(STEP, "checkpoint-json", e.getMessage());
            return report(c, null, null, null);
        }
        if (!c.expect(env.payloadType().equals(DecisionStatement.PAYLOAD_TYPE), STEP, "payload-type", "payloadType is " + DecisionStatement.PAYLOAD_TYPE,
                "payloadType \"" + env.payloadType() + "\" is not exactly " + DecisionStatement.PAYLOAD_TYPE)
                || !c.expect(env.signatures().size() == 1, STEP, "one-signature", "the envelope carries exactly one signature",
                "a checkpoint envelope carries exactly one signature, this one has " + env.signatures().size())
                || !trustLayer(c)) {
            return report(c, null, null, null);
        }
        TrustList list = trust.list().orElseThrow();
        Optional<Map.Entry<TrustList.Checkpointer, TrustList.ReviewerKey>> signer = selectAndVerify(list, env.signatures().get(0), env.pae(), c);
        if (signer.isEmpty()) return report(c, null, null, null);
        Checkpoint cp = statement(env.payload(), c);
        if (cp == null) return report(c, null, signer.get().getValue().key().keyid(), signer.get().getKey().principal());
        keyValidity(cp, signer.get().getValue(), list, c);
        return report(c, cp, signer.get().getValue().key().keyid(), signer.get().getKey().principal());
    }

    private boolean trustLayer(Checks c) {
        return switch (trust.status()) {
            case TRUSTED -> {
                c.pass(STEP, "trust-list", "trust list version " + trust.list().orElseThrow().version() + " verified");
                yield true;
            }
            case STALE -> {
                c.warn(STEP, "trust-list", String.join("; ", trust.reasons()));
                yield true;
            }
            case REJECTED -> c.fail(STEP, "trust-list", "the trust list is not trusted: " + String.join("; ", trust.reasons()));
        };
    }

    /** The keyid hint first, then every checkpointer key for the checkpoint purpose; strict signature check. */
    private static Optional<Map.Entry<TrustList.Checkpointer, TrustList.ReviewerKey>> selectAndVerify(TrustList list, Envelope.Signature sig,
                                                                                                    byte[] pae, Checks c) {
        List<Map.Entry<TrustList.Checkpointer, TrustList.ReviewerKey>> candidates = new ArrayList<>();
        list.checkpointerKey(sig.keyId()).ifPresent(candidates::add);
        for (TrustList.Checkpointer cp : list.checkpointers()) {
            for (TrustList.ReviewerKey k : cp.keys()) if (!candidates.contains(Map.entry(cp, k))) candidates.add(Map.entry(cp, k));
        }
        List<String> reasons = new ArrayList<>();
        list.reviewerKey(sig.keyId()).ifPresent(r -> reasons.add("the envelope's keyid " + sig.keyId() + " is reviewer " + r.getKey().principal()
                + "'s key, and reviewers cannot sign checkpoints"));
        Optional<KeySearch.Found<TrustList.Checkpointer>> found = KeySearch.firstVerifying(candidates, sig, pae,
                k -> k.purposes().contains(Checkpoint.PREDICATE_TYPE),
                k -> k.key().keyid() + " may not sign checkpoints (purposes " + k.purposes() + ")", false, reasons);
        if (found.isPresent()) {
            VerificationKey vk = found.get().key();
            c.pass(STEP, "signature", "signed by checkpointer " + found.get().entry().getKey().principal() + " with " + vk.keyId()
                    + " (" + vk.algorithm().id() + ")");
            return Optional.of(found.get().entry());
        }
        c.fail(STEP, "signature", "no checkpointer key of the trust list verifies the signature"
                + (list.checkpointers().isEmpty() ? " (the trust list names no checkpointers)" : "")
                + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)));
        return Optional.empty();
    }

    /** Strict JCS payload, Statement v1 with the checkpoint predicate, and the numbers adding up. */
    private static Checkpoint statement(byte[] payload, Checks c) {
        Checkpoint cp;
        CheckpointJson.Subject subject;
        try {
            JsonValue json = StrictJson.parse(payload);
            if (!c.expect(StrictJson.isCanonical(payload, json), STEP, "payload-jcs", "the payload is in JCS canonical form",
                    "the payload is valid JSON but not in JCS canonical form (whitespace or key order)")) return null;
            subject = CheckpointJson.subject(json);
            String type = predicateType(json);
            if (!c.expect(type.equals(Checkpoint.PREDICATE_TYPE), STEP, "predicate-type", "predicateType " + type,
                    "predicateType \"" + type + "\" is not " + Checkpoint.PREDICATE_TYPE)) return null;
            cp = CheckpointJson.read(json);
        } catch (StrictJsonException e) {
            c.fail(STEP, "statement", "not a checkpoint statement: " + e.getMessage());
            return null;
        }
        c.pass(STEP, "statement", "an in-toto Statement v1 with a decision-log checkpoint predicate");
        boolean ok = c.expect(subject.name().equals(cp.subjectName()) && subject.sha256().equals(cp.merkleRoot()), STEP, "subject",
                "the subject names " + cp.subjectName() + " with the Merkle root", "the subject " + subject.name() + " sha256:" + subject.sha256()
                        + " is not " + cp.subjectName() + " with the predicate's merkleRoot " + cp.merkleRoot());
        ok &= c.expect(cp.size() == cp.entries().size() && new HashSet<>(cp.entries()).size() == cp.entries().size(), STEP, "size",
                "size " + cp.size() + " counts the listed entries", "size " + cp.size() + " but " + cp.entries().size() + " entries listed"
                        + (new HashSet<>(cp.entries()).size() == cp.entries().size() ? "" : ", some twice"));
        ok &= c.expect(cp.entries().containsAll(cp.heads()) && (cp.entries().isEmpty() || !cp.heads().isEmpty()), STEP, "heads",
                cp.heads().size() + " head(s), all among the entries", "the heads " + cp.heads() + " are not among the listed entries");
        String root = Checkpoint.merkleRoot(cp.entries());
        ok &= c.expect(root.equals(cp.merkleRoot()), STEP, "merkle-root", "merkleRoot is the RFC 6962 root of the listed entries",
                "merkleRoot " + cp.merkleRoot() + " is not the RFC 6962 root of the listed entries (" + root + ")");
        return ok ? cp : null;
    }

    private static String predicateType(JsonValue json) throws StrictJsonException {
        return Fields.root(json, "").str("predicateType");
    }

    /** The checkpointer's key must be valid at {@code checkpointedAt}; a compromised key's checkpoints never count. */
    private void keyValidity(Checkpoint cp, TrustList.ReviewerKey key, TrustList list, Checks c) {
        Instant at = cp.checkpointedAtInstant();
        Instant from = OffsetDateTime.parse(key.validFrom()).toInstant();
        Optional<Instant> until = key.validUntil().map(u -> OffsetDateTime.parse(u).toInstant());
        if (at.isBefore(from)) c.fail(STEP, "key-validity", "checkpointer key not yet valid at " + cp.checkpointedAt() + " (valid from " + key.validFrom() + ")");
        else if (until.isPresent() && at.isAfter(until.get())) c.fail(STEP, "key-validity", "checkpointer key expired at " + cp.checkpointedAt()
                + " (valid until " + key.validUntil().get() + ")");
        else c.pass(STEP, "key-validity", "checkpointer key valid at " + cp.checkpointedAt());
        List<TrustList.Revocation> all = new ArrayList<>(list.revocations());
        for (TrustList.Revocation r : trust.state().revocationsSeen()) if (!all.contains(r)) all.add(r);
        for (TrustList.Revocation r : all) {
            if (!r.keyid().equals(key.key().keyid())) continue;
            Instant eff = OffsetDateTime.parse(r.effectiveAt()).toInstant();
            if (r.reason().equals("keyCompromise")) {
                c.fail(STEP, "revocation", "checkpointer key revoked (keyCompromise) at " + r.effectiveAt()
                        + "; a checkpoint's own time cannot place it before the compromise");
            } else if (!at.isBefore(eff)) {
                c.fail(STEP, "revocation", "checkpointer key " + r.reason() + " at " + r.effectiveAt() + ", at or before checkpointedAt " + cp.checkpointedAt());
            }
        }
    }

    private static CheckpointReport report(Checks c, Checkpoint cp, String keyId, String principal) {
        return new CheckpointReport(!c.anyFailed() && cp != null, c.list, Optional.ofNullable(cp), Optional.ofNullable(keyId), Optional.ofNullable(principal));
    }
}
