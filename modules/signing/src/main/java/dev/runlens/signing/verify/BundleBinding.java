package dev.runlens.signing.verify;

import dev.runlens.signing.decision.BundleFacts;
import dev.runlens.signing.decision.CanonicalHashes;
import dev.runlens.signing.decision.DecisionStatement;

import java.util.Objects;
import java.util.Optional;

/** Design B7 step 10: the decision is about exactly this bundle's content, run, trace, gate and artifacts. */
final class BundleBinding {
    private static final int STEP = 10;

    private BundleBinding() {}

    static void check(DecisionStatement st, BundleFacts b, boolean allowGrownTrace, Checks c) {
        DecisionStatement.Predicate p = st.predicate();
        DecisionStatement.Run run = p.run();
        boolean grown = allowGrownTrace && b.traceLength() > run.traceLength();
        if (!b.canonicalProblems().isEmpty()) {
            c.fail(STEP, "bundle-canonical", "the bundle cannot be canonicalized unambiguously: " + String.join("; ", b.canonicalProblems()));
        } else if (b.integrity() == BundleFacts.Integrity.MISMATCH || b.integrity() == BundleFacts.Integrity.ERROR) {
            c.fail(STEP, "bundle-integrity", "the bundle's content does not match its declared integrity hash (declared "
                    + b.declaredSha256().orElse("none") + ", computed " + b.computedSha256().orElse("none") + "): tampered bundle");
        } else {
            c.pass(STEP, "bundle-integrity", "the bundle is intact (" + b.integrity().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        Optional<String> computed = b.computedSha256();
        if (computed.isPresent() && computed.get().equals(st.subjectSha256())) {
            c.pass(STEP, "subject-digest", "the subject digest equals the bundle's recomputed integrity " + computed.get());
        } else if (grown) {
            c.warn(STEP, "subject-digest", "the live run has grown past the reviewed snapshot (" + run.traceLength() + " → "
                    + b.traceLength() + " events); bound through the trace prefix instead");
        } else {
            c.fail(STEP, "subject-digest", "wrong bundle: the decision is about content " + st.subjectSha256()
                    + " but this bundle's integrity is " + computed.orElse("not computable"));
        }
        if (!st.subjectName().equals(DecisionStatement.SUBJECT_PREFIX + run.runId()))
            c.fail(STEP, "subject-name", "subject name \"" + st.subjectName() + "\" does not name run " + run.runId());
        c.expect(run.runId().equals(b.runId()) && run.workflowId().equals(b.workflowId()) && run.workflowVersion() == b.workflowVersion()
                        && run.protocolVersion().equals(b.protocolVersion()), STEP, "run-ids",
                "run, workflow, workflow version and protocol version match",
                "run mismatch: decision for " + run.runId() + " " + run.workflowId() + " v" + run.workflowVersion() + " protocol "
                        + run.protocolVersion() + ", bundle is " + b.runId() + " " + b.workflowId() + " v" + b.workflowVersion()
                        + " protocol " + b.protocolVersion());
        trace(run, b, grown, c);
        gate(p, b, run, c);
        artifacts(p, b, c);
        if (!run.bundleFileSha256().equals(b.fileSha256()))
            c.warn(STEP, "bundle-file", "the file's bytes differ from the ones reviewed (" + run.bundleFileSha256()
                    + "); same content, re-serialized");
    }

    private static void trace(DecisionStatement.Run run, BundleFacts b, boolean grown, Checks c) {
        long n = run.traceLength();
        if (n < 1 || n > b.traceLength() || (!grown && n != b.traceLength())) {
            c.fail(STEP, "trace", "the decision reviewed " + n + " trace events; the bundle has " + b.traceLength());
            return;
        }
        String head = b.traceEventId((int) n - 1).orElse("");
        String prefix = b.tracePrefixSha256((int) n);
        c.expect(head.equals(run.traceHeadEventId()) && prefix.equals(run.tracePrefixSha256()), STEP, "trace",
                (grown ? "the live trace starts with" : "the trace is") + " the reviewed history (" + n + " events, head " + head + ")",
                "history rewritten: the first " + n + " events hash to " + prefix + " (head " + head + "), the decision reviewed "
                        + run.tracePrefixSha256() + " (head " + run.traceHeadEventId() + ")");
    }

    private static void gate(DecisionStatement.Predicate p, BundleFacts b, DecisionStatement.Run run, Checks c) {
        DecisionStatement.Gate g = p.gate();
        Optional<BundleFacts.GateRequest> req = b.gateRequest(g.requestEventId(), (int) Math.min(run.traceLength(), b.traceLength()));
        if (req.isEmpty()) {
            c.fail(STEP, "gate-request", "requestEventId " + g.requestEventId() + " is not a human_gate_requested event of this bundle");
            return;
        }
        BundleFacts.GateRequest r = req.get();
        if (!r.stepId().equals(g.stepId()) || !r.gate().equals(g.gate()) || !r.ts().equals(g.requestedAt())) {
            c.fail(STEP, "gate-request", "replay onto another gate: the request event is " + r.stepId() + " " + r.gate() + " at " + r.ts()
                    + ", the decision answers " + g.stepId() + " " + g.gate() + " at " + g.requestedAt());
        } else if (!r.open()) {
            c.fail(STEP, "gate-request", "the gate request " + g.requestEventId() + " was already resolved in the reviewed snapshot");
        } else {
            c.pass(STEP, "gate-request", "answers the open request " + g.requestEventId() + " (" + g.stepId() + " " + g.gate() + ")");
        }
    }

    private static void artifacts(DecisionStatement.Predicate p, BundleFacts b, Checks c) {
        boolean ok = true;
        for (DecisionStatement.ReviewedArtifact a : p.gate().reviewedArtifacts()) {
            Optional<String> h = b.artifactPayloadHash(a.artifactKey(), a.version());
            if (h.isEmpty()) {
                ok = c.fail(STEP, "reviewed-artifacts", "artifact " + a.artifactKey() + " v" + a.version() + " is not in the bundle");
            } else if (!h.get().equals(a.payloadHash())) {
                ok = c.fail(STEP, "reviewed-artifacts", "artifact " + a.artifactKey() + " v" + a.version() + " hashes to " + h.get()
                        + ", the reviewer saw " + a.payloadHash());
            }
        }
        if (ok) c.pass(STEP, "reviewed-artifacts", p.gate().reviewedArtifacts().size() + " reviewed artifact(s) match their recomputed payload hashes");
        p.edit().ifPresent(e -> {
            Optional<dev.runlens.protocol.json.JsonValue> base = b.artifactData(e.artifactKey(), e.baseVersion());
            if (base.isEmpty()) {
                c.fail(STEP, "edit", "edit base " + e.artifactKey() + " v" + e.baseVersion() + " has no data in the bundle");
                return;
            }
            BundleFacts.PatchResult r = b.applyPatch(base.get(), e.patch());
            if (r.result().isEmpty()) c.fail(STEP, "edit", "the signed patch does not apply: " + r.error());
            else {
                String got = CanonicalHashes.artifactPayload(r.result().get());
                c.expect(Objects.equals(got, e.resultPayloadHash()), STEP, "edit", "the signed patch gives resultPayloadHash " + got,
                        "the signed patch gives " + got + ", not resultPayloadHash " + e.resultPayloadHash());
            }
        });
    }
}
