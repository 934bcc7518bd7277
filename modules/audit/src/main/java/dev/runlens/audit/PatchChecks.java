package dev.runlens.audit;

import dev.runlens.protocol.integrity.Sha256;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.EventHeader;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.ArtifactCheck;
import dev.runlens.replay.ArtifactState;
import dev.runlens.replay.PatchOutcome;
import dev.runlens.replay.Replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Patch chains, replayed by the replay module as the runtime's {@code patchArtifact} applied them
 * (the one JSON Patch implementation, {@link Replay}): each {@code artifact_patch} that does not
 * apply is {@code PATCH_NOT_REPLAYABLE}, located at its first failing op; a latest version rebuilt
 * by patches whose data differs from its {@code artifacts[]} entry is {@code PATCH_CHAIN_MISMATCH}
 * — unless a patch of the chain has the shape the runtime records wrongly ({@link PatchAliasing},
 * surprise #21), which is graded like a patch that does not replay; in a user export, values the
 * runtime redacted are not differences.
 */
final class PatchChecks implements Check {

    @Override
    public void run(AuditContext ctx, Findings out) {
        if (ctx.bundle().events(ArtifactPatch.class).isEmpty()) return;
        Replay replay = ctx.replay().get();
        for (PatchOutcome o : replay.patchOutcomes()) {
            if (!o.applied() && replay.event(o.index()) instanceof ArtifactPatch p) notReplayable(replay, p, o, out);
        }
        for (ArtifactCheck c : replay.artifactChecks()) {
            if (c.verdict() == ArtifactCheck.Verdict.DATA_DIFFERS) differs(ctx, replay, c.artifactKey(), out);
        }
    }

    // ------------------------------------------------------------------ patches that do not apply

    private static void notReplayable(Replay replay, ArtifactPatch p, PatchOutcome o, Findings out) {
        int i = p.index();
        String head = "patch of " + p.artifactKey() + " v" + p.fromVersion() + " -> v" + p.toVersion() + " does not replay";
        ArtifactState base = replay.stateAt(i).artifact(p.artifactKey()).orElse(null);
        if (base == null) {
            out.add(FindingCatalog.PATCH_NOT_REPLAYABLE, head + ": no earlier event writes " + p.artifactKey(),
                    At.event(i).key("artifactKey"), Target.event(p));
            return;
        }
        if (base.origin() == ArtifactState.Origin.UNRESOLVED) {
            out.add(FindingCatalog.PATCH_NOT_REPLAYABLE, head + ": the version it patches (v" + base.version()
                    + ") could not be rebuilt, an earlier patch of " + p.artifactKey() + " did not replay",
                    At.event(i).key("fromVersion"), Target.event(p));
            return;
        }
        head += " on v" + base.version() + ": ";
        String error = o.error().orElse("not applied").replaceAll("\\s+", " ").strip();
        OptionalInt failing = failingOp(replay.bundle(), p, base);
        if (failing.isEmpty()) {
            out.add(FindingCatalog.PATCH_NOT_REPLAYABLE, head + error, At.event(i).key("patch"), Target.event(p));
            return;
        }
        int j = failing.getAsInt();
        String hint = PatchAliasing.find(p.patch()).filter(a -> a.writer() <= j)
                .map(a -> "; op " + a.writer() + " writes into the value op " + a.adder() + " (" + text(p, a.adder())
                        + ") put in, which the runtime records as it is after the whole patch")
                .orElse("");
        out.add(FindingCatalog.PATCH_NOT_REPLAYABLE, head + "op " + j + " (" + text(p, j) + ") fails: " + error + hint,
                At.event(i).key("patch").index(j), Target.event(p));
    }

    /**
     * The first op that does not apply: a patch fails from its first bad op on, so the shortest
     * failing prefix ends with it (prefixes replayed by {@link Replay} on the version patched).
     */
    private static OptionalInt failingOp(RunBundle b, ArtifactPatch p, ArtifactState base) {
        int n = p.patch().size();
        if (n == 0 || applies(b, p, base, n)) return OptionalInt.empty();
        int lo = 1;
        int hi = n; // the first hi ops fail; every prefix shorter than lo applies
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (applies(b, p, base, mid)) lo = mid + 1;
            else hi = mid;
        }
        return OptionalInt.of(lo - 1);
    }

    /** Whether the first {@code ops} ops of {@code p} apply to {@code base}: a two-event bundle, replayed. */
    private static boolean applies(RunBundle b, ArtifactPatch p, ArtifactState base, int ops) {
        EventHeader h = p.header();
        Artifact version = new Artifact(p.artifactKey(), base.typeId(), base.version(), base.createdAt(), Optional.empty(),
                base.data(), Map.of());
        TraceEvent written = new ArtifactWritten(new EventHeader(0, h.id() + "/base", h.runId(), h.ts(), Optional.empty(),
                Optional.empty(), Map.of()), version, Optional.empty());
        TraceEvent patch = new ArtifactPatch(new EventHeader(1, h.id(), h.runId(), h.ts(), Optional.empty(), Optional.empty(),
                Map.of()), p.artifactKey(), base.version(), base.version() + 1, p.patch().subList(0, ops), Optional.empty());
        RunBundle probe = new RunBundle(b.protocolVersion(), b.run(), List.of(written, patch), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Map.of());
        return Replay.of(probe).patchOutcomes().get(0).applied();
    }

    // ------------------------------------------------------------------ chains that apply to other data

    private static void differs(AuditContext ctx, Replay replay, String key, Findings out) {
        ArtifactState rebuilt = replay.finalState().artifact(key).orElse(null);
        if (rebuilt == null || rebuilt.origin() != ArtifactState.Origin.PATCHED) return; // written: ARTIFACT_SNAPSHOT_DIFFERS
        List<Artifact> artifacts = ctx.bundle().artifacts();
        int k = 0;
        while (!artifacts.get(k).artifactKey().equals(key)) k++; // the entry the replay compared with
        Artifact stored = artifacts.get(k);
        if (ctx.userExport() && stored.data().isPresent() && rebuilt.data().isPresent()
                && UserExport.sameBesidesRedactions(stored.data().get(), rebuilt.data().get())) {
            return;
        }
        Chain chain = Chain.of(ctx.bundle(), key);
        String id = key + "@" + stored.version();
        String hashes = "the replayed data hashes to " + hash(rebuilt.data().orElse(JsonValue.Null.INSTANCE)) + ", artifacts["
                + k + "].data " + stored.data().map(d -> "to " + hash(d)).orElse("is absent");
        for (ArtifactPatch p : chain.patches()) {
            Optional<PatchAliasing.Alias> a = PatchAliasing.find(p.patch());
            if (a.isPresent()) {
                int j = a.get().writer();
                out.add(FindingCatalog.PATCH_NOT_REPLAYABLE, id + ": the patch chain applies but rebuilds other data than artifacts[" + k
                        + "] (" + hashes + "); op " + j + " (" + text(p, j) + ") of trace[" + p.index() + "] writes into the value op "
                        + a.get().adder() + " (" + text(p, a.get().adder()) + ") put in, which the runtime records as it is after the"
                        + " whole patch", At.event(p.index()).key("patch").index(j), Target.event(p));
                return;
            }
        }
        out.add(FindingCatalog.PATCH_CHAIN_MISMATCH, id + ": replaying " + chain + " does not give the stored version: " + hashes,
                stored.data().isPresent() ? At.artifact(k).key("data") : At.artifact(k), Target.event(chain.last()));
    }

    /** The patches of one artifact after its last write (the write may be missing). */
    private record Chain(ArtifactWritten written, List<ArtifactPatch> patches) {
        static Chain of(RunBundle b, String key) {
            ArtifactWritten written = null;
            List<ArtifactPatch> patches = new ArrayList<>();
            for (TraceEvent e : b.trace()) {
                if (e instanceof ArtifactWritten w && w.artifact().artifactKey().equals(key)) {
                    written = w;
                    patches.clear();
                } else if (e instanceof ArtifactPatch p && p.artifactKey().equals(key)) {
                    patches.add(p);
                }
            }
            return new Chain(written, patches);
        }

        ArtifactPatch last() {
            return patches.get(patches.size() - 1);
        }

        /** {@code trace[59] on v2 (trace[58])}, {@code 3 patches (trace[59] .. trace[80]) on v1 (trace[12])}. */
        @Override
        public String toString() {
            String which = patches.size() == 1 ? "trace[" + last().index() + "]"
                    : patches.size() + " patches (trace[" + patches.get(0).index() + "] .. trace[" + last().index() + "])";
            return which + (written == null ? "" : " on v" + written.artifact().version() + " (trace[" + written.index() + "])");
        }
    }

    /** SHA-256 of the artifact-payload form ({@code encodeArtifactPayloadBytes}, what pointer.payloadHash covers). */
    private static String hash(JsonValue v) {
        Sha256 sha = new Sha256();
        CanonicalJson.write(v, CanonicalJson.Form.ARTIFACT_PAYLOAD, sha);
        return sha.hex();
    }

    private static String text(ArtifactPatch p, int op) {
        PatchOp o = p.patch().get(op);
        return o.op().wire() + " " + o.path();
    }
}
