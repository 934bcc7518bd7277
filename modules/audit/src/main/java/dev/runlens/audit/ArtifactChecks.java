package dev.runlens.audit;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Artifact versions: consecutive in the trace, unique, the latest one in {@code artifacts[]}, and
 * each written version's {@code artifacts[]} entry equal to what its event recorded. (Pointer
 * hashes come from the reader, see {@link ReaderFindings}; patched versions are replayed by {@link PatchChecks}.)
 */
final class ArtifactChecks implements Check {

    /** The last trace event that produced a version of a key. */
    private record Latest(long version, TraceEvent event) {}

    @Override
    public void run(AuditContext ctx, Findings out) {
        RunBundle b = ctx.bundle();
        Map<String, Latest> latest = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (TraceEvent e : b.trace()) {
            if (e instanceof ArtifactWritten w) {
                Artifact a = w.artifact();
                version(a.artifactKey(), a.version(), a.version() - 1, e, At.event(e.index()).key("artifact").key("version"),
                        latest, seen, out);
            } else if (e instanceof ArtifactPatch p) {
                if (p.toVersion() != p.fromVersion() + 1) {
                    out.add(FindingCatalog.ARTIFACT_VERSION_GAP, "patch of " + p.artifactKey() + " goes from v" + p.fromVersion()
                            + " to v" + p.toVersion(), At.event(e.index()).key("toVersion"), Target.event(e));
                }
                version(p.artifactKey(), p.toVersion(), p.fromVersion(), e, At.event(e.index()).key("fromVersion"), latest, seen, out);
            }
        }
        listed(b, latest, out);
    }

    /** One produced version: not seen before, and following the key's latest version. */
    private static void version(String key, long version, long from, TraceEvent e, JsonPath at, Map<String, Latest> latest,
                                Set<String> seen, Findings out) {
        if (!seen.add(key + "@" + version)) {
            out.add(FindingCatalog.DUPLICATE_ARTIFACT_VERSION, e.type() + " produces " + key + "@" + version
                    + " a second time", at, Target.event(e));
        } else {
            long current = latest.containsKey(key) ? latest.get(key).version() : 0;
            if (from != current) {
                String was = current == 0 ? "no version" : "v" + current;
                out.add(FindingCatalog.ARTIFACT_VERSION_GAP, e instanceof ArtifactPatch
                        ? "patch of " + key + " starts from v" + from + " but the latest version is " + was
                        : key + " is written as v" + version + " after " + was, at, Target.event(e));
            }
        }
        if (!latest.containsKey(key) || version > latest.get(key).version()) latest.put(key, new Latest(version, e));
    }

    /** {@code artifacts[]}: unique versions, each the trace's latest, equal to its artifact_written event. */
    private static void listed(RunBundle b, Map<String, Latest> latest, Findings out) {
        Set<String> listedKeys = new HashSet<>();
        Map<String, Integer> firstAt = new HashMap<>();
        List<Artifact> artifacts = b.artifacts();
        for (int i = 0; i < artifacts.size(); i++) {
            Artifact a = artifacts.get(i);
            String id = a.artifactKey() + "@" + a.version();
            Target target = Target.artifact(a.artifactKey(), a.version());
            listedKeys.add(a.artifactKey());
            Integer first = firstAt.putIfAbsent(id, i);
            if (first != null) {
                out.add(FindingCatalog.DUPLICATE_ARTIFACT_VERSION, id + " is listed again (first at artifacts[" + first + "])",
                        At.artifact(i), target);
                continue;
            }
            Latest l = latest.get(a.artifactKey());
            if (l == null) {
                out.add(FindingCatalog.ARTIFACT_VERSION_GAP, id + " is listed but the trace never writes " + a.artifactKey(),
                        At.artifact(i).key("version"), target);
            } else if (l.version() != a.version()) {
                out.add(FindingCatalog.ARTIFACT_VERSION_GAP, id + " is listed but the trace's latest version is v" + l.version(),
                        At.artifact(i).key("version"), target);
            } else if (l.event() instanceof ArtifactWritten w) {
                snapshot(a, w, i, out);
            }
        }
        latest.forEach((key, l) -> {
            if (!listedKeys.contains(key)) {
                out.add(FindingCatalog.ARTIFACT_VERSION_GAP, key + " v" + l.version() + " (trace[" + l.event().index()
                        + "]) has no artifacts[] entry", At.event(l.event().index()), Target.event(l.event()));
            }
        });
    }

    private static void snapshot(Artifact listed, ArtifactWritten event, int i, Findings out) {
        Artifact recorded = event.artifact();
        List<String> differing = new ArrayList<>();
        if (!listed.typeId().equals(recorded.typeId())) differing.add("typeId");
        if (!listed.createdAt().equals(recorded.createdAt())) differing.add("createdAt");
        if (!Objects.equals(listed.pointer(), recorded.pointer())) differing.add("pointer");
        if (!canonical(listed.data()).equals(canonical(recorded.data()))) differing.add("data");
        if (!differing.isEmpty()) {
            out.add(FindingCatalog.ARTIFACT_SNAPSHOT_DIFFERS, listed.artifactKey() + "@" + listed.version() + ": " + String.join(", ", differing)
                    + " differ" + (differing.size() == 1 ? "s" : "") + " from its artifact_written event trace[" + event.index() + "]",
                    At.artifact(i).key(differing.get(0)), Target.event(event));
        }
    }

    private static Optional<String> canonical(Optional<JsonValue> v) {
        return v.map(x -> CanonicalJson.toString(x, CanonicalJson.Form.INTEGRITY));
    }
}
