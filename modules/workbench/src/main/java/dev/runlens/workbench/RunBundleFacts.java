package dev.runlens.workbench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.Finding;
import dev.runlens.protocol.integrity.FindingCode;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.Gate;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.PatchOpKind;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.WireEnum;
import dev.runlens.protocol.model.WorkflowStep;
import dev.runlens.replay.ArtifactPatches;
import dev.runlens.replay.ArtifactState;
import dev.runlens.replay.GateState;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.signing.decision.BundleFacts;
import dev.runlens.signing.decision.CanonicalHashes;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.verify.RunGates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link BundleFacts} of one bundle file for signing and verification: the reader's integrity
 * verdict and canonicalization problems, and from the replay the gate episodes (open or resolved at
 * any position) and the artifact versions a reviewer is shown — the step's inputs at a PAUSE_BEFORE
 * or CHECKPOINT, its outputs at a PAUSE_AFTER, as they stood when the gate was requested.
 */
final class RunBundleFacts implements BundleFacts {
    /** Findings that make the canonical form ambiguous (design B13: reject before hashing). */
    private static final Set<String> AMBIGUOUS = Set.of(FindingCode.DUPLICATE_KEY.name(), FindingCode.LONE_SURROGATE.name(),
            FindingCode.UNSAFE_INTEGER.name(), FindingCode.NON_FINITE_NUMBER.name(), FindingCode.INVALID_UTF8.name(),
            FindingCode.RAW_HASH_DIFFERS.name(), FindingCode.REFERENCE_CANNOT_HASH.name());

    private final VerificationReport report;
    private final RunBundle model;
    private final Replay replay;
    private final List<JsonValue> trace;

    private RunBundleFacts(VerificationReport report, RunBundle model, List<JsonValue> trace) {
        this.report = report;
        this.model = model;
        this.replay = Replay.of(model);
        this.trace = trace;
    }

    /** Facts of an accepted bundle; an exception naming the file when it is not a readable run. */
    static RunBundleFacts of(BundleReader.Loaded l, String file) {
        if (!l.report().accepted() || !(l.normalizedTree() instanceof JsonValue.Obj n) || !(n.get("trace") instanceof JsonValue.Arr t)) {
            String why = l.report().error() == null ? "not a run bundle" : l.report().error().message();
            throw new IllegalArgumentException(file + ": not a readable run: " + why);
        }
        return new RunBundleFacts(l.report(), BundleModel.of(l), t.items());
    }

    /** The replay the facts come from (for what a reviewer is shown beyond the signed facts: reasons, spend). */
    Replay replay() {
        return replay;
    }

    /** The bundle's gate history: requests, resolutions, signed-decision annotations, engine gate state. */
    RunGates gates() {
        return RunGates.of(model);
    }

    @Override public String fileSha256() { return report.fileSha256(); }

    @Override public Integrity integrity() {
        return switch (report.integrity()) {
            case VALID -> Integrity.VALID;
            case MISMATCH -> Integrity.MISMATCH;
            case MISSING -> Integrity.MISSING;
            case ERROR -> Integrity.ERROR;
        };
    }

    @Override public Optional<String> declaredSha256() { return Optional.ofNullable(report.declaredSha256()); }
    @Override public Optional<String> computedSha256() { return Optional.ofNullable(report.computedSha256()); }

    @Override public List<String> canonicalProblems() {
        List<String> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (AMBIGUOUS.contains(f.code())) out.add(f.code() + (f.path() == null || f.path().isEmpty() ? "" : " at " + f.path()) + ": " + f.message());
        }
        return out;
    }

    @Override public String runId() { return model.run().id(); }
    @Override public String workflowId() { return model.run().workflowId(); }
    @Override public long workflowVersion() { return model.run().workflowVersion(); }
    @Override public String protocolVersion() { return model.protocolVersion(); }
    @Override public String runStatus() { return model.run().status().wire() == null ? "unknown" : model.run().status().wire(); }
    @Override public int traceLength() { return replay.size(); }

    @Override public Optional<String> traceEventId(int index) {
        return index >= 0 && index < replay.size() ? Optional.of(replay.event(index).id()) : Optional.empty();
    }

    @Override public String tracePrefixSha256(int length) { return CanonicalHashes.tracePrefix(trace, length); }

    @Override public Optional<GateRequest> gateRequest(String id, int position) {
        if (position < 0 || position > replay.size()) return Optional.empty();
        return replay.stateAt(position).gates().stream().filter(g -> g.request().isPresent() && g.request().get().id().equals(id))
                .findFirst().map(this::request);
    }

    @Override public List<GateRequest> pendingGates() {
        return replay.finalState().gates().stream().filter(g -> g.pending() && g.request().isPresent()).map(this::request).toList();
    }

    private GateRequest request(GateState g) {
        var r = g.request().orElseThrow();
        RunState at = replay.stateAt(r.index() + 1);
        List<DecisionStatement.ReviewedArtifact> shown = new ArrayList<>();
        for (String key : shownKeys(g.stepId(), g.gate())) {
            at.artifact(key).flatMap(a -> a.data().map(d -> new DecisionStatement.ReviewedArtifact(key, a.version(),
                    CanonicalHashes.artifactPayload(d)))).ifPresent(shown::add);
        }
        return new GateRequest(r.id(), r.index(), g.stepId(), g.gate().wire(), r.ts(), g.pending(), shown);
    }

    private List<String> shownKeys(String stepId, Gate gate) {
        for (WorkflowStep s : model.run().workflowSnapshot().steps()) {
            if (s.id().equals(stepId)) return gate == Gate.PAUSE_AFTER ? s.outputs() : s.inputs();
        }
        return List.of();
    }

    @Override public Optional<String> artifactPayloadHash(String key, long version) {
        return artifactData(key, version).map(CanonicalHashes::artifactPayload);
    }

    /** The version's data as the replay rebuilt it (patches replayed), else as stored in {@code artifacts[]}. */
    @Override public Optional<JsonValue> artifactData(String key, long version) {
        for (int i = 0; i < replay.size(); i++) {
            String type = replay.event(i).type();
            if (!type.equals("artifact_written") && !type.equals("artifact_patch")) continue;
            Optional<ArtifactState> a = replay.stateAt(i + 1).artifact(key);
            if (a.isPresent() && a.get().version() == version && a.get().data().isPresent()) return a.get().data();
        }
        return model.artifacts().stream().filter(a -> a.artifactKey().equals(key) && a.version() == version).findFirst().flatMap(Artifact::data);
    }

    @Override public PatchResult applyPatch(JsonValue base, JsonValue.Arr patch) {
        List<PatchOp> ops = new ArrayList<>();
        for (int i = 0; i < patch.size(); i++) {
            if (!(patch.get(i) instanceof JsonValue.Obj o)) return PatchResult.failed("op " + i + " is not an object");
            Optional<PatchOpKind> kind = o.get("op") instanceof JsonValue.Str s ? WireEnum.parse(PatchOpKind.class, s.value()) : Optional.empty();
            if (kind.isEmpty() || !(o.get("path") instanceof JsonValue.Str path)) return PatchResult.failed("op " + i + " needs a valid op and path");
            Optional<String> from = o.get("from") instanceof JsonValue.Str f ? Optional.of(f.value()) : Optional.empty();
            ops.add(new PatchOp(kind.get(), path.value(), from, Optional.ofNullable(o.get("value"))));
        }
        ArtifactPatches.Outcome r = ArtifactPatches.apply(base, ops);
        return r.data().map(PatchResult::ok).orElseGet(() -> PatchResult.failed(r.error()));
    }
}
