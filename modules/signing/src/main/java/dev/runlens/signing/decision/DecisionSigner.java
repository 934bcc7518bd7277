package dev.runlens.signing.decision;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.keys.SignatureCheck;
import dev.runlens.signing.keys.SignaturePolicy;
import dev.runlens.signing.keys.SigningKey;
import dev.runlens.signing.keys.VerificationKey;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signs gate decisions (design B6): {@link #draft} binds a request to a bundle — refusing a bundle
 * whose integrity is not valid or whose content cannot be canonicalized, and a gate that is not
 * pending in it — and gives the exact Statement to show; {@link #sign} signs that Statement's JCS
 * bytes in a DSSE envelope inside a Sigstore bundle, then checks its own output.
 */
public final class DecisionSigner {
    private DecisionSigner() {}

    /**
     * Why no decision can be signed on this bundle at all (its integrity is not valid, or its content
     * cannot be canonicalized unambiguously); empty when it can be.
     */
    public static Optional<String> refusal(BundleFacts facts) {
        if (facts.integrity() != BundleFacts.Integrity.VALID) {
            return Optional.of("the bundle's integrity is " + facts.integrity().name().toLowerCase(java.util.Locale.ROOT)
                    + (facts.declaredSha256().isPresent() && facts.computedSha256().isPresent()
                    ? " (declared " + facts.declaredSha256().get() + ", computed " + facts.computedSha256().get() + ")" : "")
                    + ": refusing to sign a decision on content that is not sealed and intact");
        }
        if (!facts.canonicalProblems().isEmpty())
            return Optional.of("the bundle cannot be canonicalized unambiguously: " + String.join("; ", facts.canonicalProblems()));
        return Optional.empty();
    }

    public static DecisionStatement draft(BundleFacts facts, DecisionRequest req, VerificationKey key) throws SigningRefusedException {
        Optional<String> refusal = refusal(facts);
        if (refusal.isPresent()) throw new SigningRefusedException(refusal.get());
        if (!DecisionStatement.DECISIONS.contains(req.decision()))
            throw new SigningRefusedException("decision must be approved, rejected or edited, not \"" + req.decision() + "\"");
        if (req.audience().isBlank()) throw new SigningRefusedException("an audience (deployment or tenant) is required");
        try {
            StatementJson.checkPrincipal(req.principal());
        } catch (StrictJsonException e) {
            throw new SigningRefusedException(e.getMessage().replace("predicate.reviewer.principal", "principal"));
        }
        BundleFacts.GateRequest gate = pending(facts, req);
        Optional<String> note = req.note().map(n -> Normalizer.normalize(n, Normalizer.Form.NFC));
        if (note.isPresent() && note.get().getBytes(StandardCharsets.UTF_8).length > StatementJson.MAX_NOTE_BYTES)
            throw new SigningRefusedException("the note is longer than " + StatementJson.MAX_NOTE_BYTES + " bytes");
        Optional<DecisionStatement.Edit> edit = edit(facts, req, gate);
        int length = facts.traceLength();
        DecisionStatement.Run run = new DecisionStatement.Run(facts.runId(), facts.workflowId(), facts.workflowVersion(),
                facts.protocolVersion(), facts.runStatus(), "declared", facts.fileSha256(), length,
                facts.traceEventId(length - 1).orElseThrow(), facts.tracePrefixSha256(length));
        DecisionStatement.Predicate p = new DecisionStatement.Predicate(req.decisionId(), req.audience(), req.decision(), note,
                new DecisionStatement.Gate(gate.stepId(), gate.gate(), req.checkpointId(), gate.eventId(), gate.ts(), gate.shown()),
                edit, run, new DecisionStatement.Reviewer(req.principal(), key.keyId()), req.trustList(),
                DateTimeFormatter.ISO_INSTANT.format(req.decidedAt().truncatedTo(ChronoUnit.SECONDS)), "signer-clock",
                req.log(), req.producer());
        return new DecisionStatement(DecisionStatement.SUBJECT_PREFIX + facts.runId(), facts.computedSha256().orElseThrow(),
                DecisionStatement.PREDICATE_TYPE, p);
    }

    private static BundleFacts.GateRequest pending(BundleFacts facts, DecisionRequest req) throws SigningRefusedException {
        if (!DecisionStatement.GATES.contains(req.gate()))
            throw new SigningRefusedException("gate must be PAUSE_BEFORE, PAUSE_AFTER or CHECKPOINT, not \"" + req.gate() + "\"");
        List<BundleFacts.GateRequest> open = facts.pendingGates();
        for (BundleFacts.GateRequest g : open) {
            if (g.stepId().equals(req.stepId()) && g.gate().equals(req.gate())) return g;
        }
        List<String> names = new ArrayList<>();
        for (BundleFacts.GateRequest g : open) names.add(g.stepId() + " " + g.gate());
        throw new SigningRefusedException("gate " + req.gate() + " of step " + req.stepId() + " is not pending in this bundle ("
                + (names.isEmpty() ? "no gate is pending" : "pending: " + String.join(", ", names)) + ")");
    }

    private static Optional<DecisionStatement.Edit> edit(BundleFacts facts, DecisionRequest req, BundleFacts.GateRequest gate)
            throws SigningRefusedException {
        if (!req.decision().equals("edited")) {
            if (req.edit().isPresent()) throw new SigningRefusedException("an edit patch is only signed with decision \"edited\"");
            return Optional.empty();
        }
        DecisionRequest.EditRequest e = req.edit().orElseThrow(() ->
                new SigningRefusedException("decision \"edited\" needs the edit: an RFC 6902 patch on one reviewed artifact"));
        DecisionStatement.ReviewedArtifact base = gate.shown().stream().filter(a -> a.artifactKey().equals(e.artifactKey()))
                .findFirst().orElseThrow(() -> new SigningRefusedException("artifact " + e.artifactKey()
                        + " is not among the artifacts reviewed at this gate"));
        JsonValue data = facts.artifactData(base.artifactKey(), base.version()).orElseThrow(() ->
                new SigningRefusedException("artifact " + base.artifactKey() + " v" + base.version() + " has no inline data to edit"));
        BundleFacts.PatchResult r = facts.applyPatch(data, e.patch());
        if (r.result().isEmpty()) throw new SigningRefusedException("the edit patch does not apply: " + r.error());
        return Optional.of(new DecisionStatement.Edit(base.artifactKey(), base.version(), e.patch(),
                CanonicalHashes.artifactPayload(r.result().get())));
    }

    /** The Statement's JCS bytes, signed; refuses when the key is not the one the Statement names. */
    public static SignedDecision sign(DecisionStatement statement, SigningKey key) throws SigningRefusedException {
        if (!statement.predicate().reviewer().keyid().equals(key.publicKey().keyId()))
            throw new SigningRefusedException("the statement names key " + statement.predicate().reviewer().keyid()
                    + " but the signing key is " + key.publicKey().keyId());
        byte[] payload = StrictJson.canonical(StatementJson.toJson(statement));
        Envelope unsigned = new Envelope(DecisionStatement.PAYLOAD_TYPE, payload, List.of());
        Envelope signed = unsigned.withSignature(new Envelope.Signature(key.publicKey().keyId(), key.sign(unsigned.pae())));
        SigstoreBundle bundle = SigstoreBundle.of(signed, key.publicKey().keyId());
        selfCheck(bundle, statement, key.publicKey());
        return new SignedDecision(bundle, statement);
    }

    /** Design B6 step 5 at the signature level: the output verifies strictly and reads back as the same Statement. */
    private static void selfCheck(SigstoreBundle bundle, DecisionStatement statement, VerificationKey key) throws SigningRefusedException {
        Envelope e = bundle.envelope();
        SignatureCheck c = key.verify(e.pae(), e.signatures().get(0).sig(), SignaturePolicy.DECISIONS);
        if (!c.valid()) throw new SigningRefusedException("self-check failed: " + c.reason());
        try {
            if (!StatementJson.read(StrictJson.parse(e.payload())).equals(statement))
                throw new SigningRefusedException("self-check failed: the signed payload does not read back as the statement");
        } catch (StrictJsonException ex) {
            throw new SigningRefusedException("self-check failed: " + ex.getMessage());
        }
    }
}
