package dev.runlens.audit;

import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.RuleSet;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Localises tampering between two copies of one run: trace events are aligned by id (so a removed,
 * added or moved event is one difference, not a cascade), artifacts by {@code key@version}, rule
 * sets by id; matching parts are compared field by field ({@link Diffing}).
 */
final class BundleDiff {
    private BundleDiff() {}

    static List<Difference> compare(RunBundle a, RunBundle b) {
        List<Difference> out = new ArrayList<>();
        Diffing d = new Diffing(out);
        d.value(JsonPath.ROOT.key("protocolVersion"), a.protocolVersion(), b.protocolVersion(), -1);
        d.value(JsonPath.ROOT.key("run"), a.run(), b.run(), -1);
        trace(a.trace(), b.trace(), d, out);
        keyed(JsonPath.ROOT.key("artifacts"), a.artifacts(), b.artifacts(), x -> x.artifactKey() + "@" + x.version(), d, out);
        keyed(JsonPath.ROOT.key("ruleSets"), a.ruleSets(), b.ruleSets(), RuleSet::id, d, out);
        d.value(JsonPath.ROOT.key("engine"), a.engine(), b.engine(), -1);
        d.value(JsonPath.ROOT.key("integrity"), a.integrity(), b.integrity(), -1);
        d.value(JsonPath.ROOT, a.extras(), b.extras(), -1);
        return out;
    }

    private static void trace(List<TraceEvent> a, List<TraceEvent> b, Diffing d, List<Difference> out) {
        JsonPath trace = JsonPath.ROOT.key("trace");
        Map<String, Integer> inB = positions(b);
        Map<String, Integer> inA = positions(a);
        if (inA == null || inB == null) { // duplicate ids: no identity to align on
            d.value(trace, a, b, -1);
            return;
        }
        List<int[]> common = new ArrayList<>();
        for (TraceEvent e : a) {
            Integer j = inB.get(e.id());
            if (j == null) out.add(whole(Difference.Kind.REMOVED, trace.index(e.index()), Rendering.of(e), "(absent)", e.index()));
            else common.add(new int[] {e.index(), j});
        }
        for (TraceEvent e : b) {
            if (!inA.containsKey(e.id())) out.add(whole(Difference.Kind.ADDED, trace.index(e.index()), "(absent)", Rendering.of(e), e.index()));
        }
        Set<Integer> kept = increasing(common);
        for (int k = 0; k < common.size(); k++) {
            int i = common.get(k)[0];
            int j = common.get(k)[1];
            if (!kept.contains(k)) {
                out.add(whole(Difference.Kind.MOVED, trace.index(i), "trace[" + i + "]", "trace[" + j + "]", i));
            }
            d.value(trace.index(i), a.get(i), b.get(j), i);
        }
    }

    private static Difference whole(Difference.Kind kind, JsonPath path, String before, String after, int event) {
        return new Difference(kind, path.toString(), before, after, OptionalInt.of(event));
    }

    /** Event positions by id, or null when an id repeats. */
    private static Map<String, Integer> positions(List<TraceEvent> events) {
        Map<String, Integer> m = new HashMap<>();
        for (TraceEvent e : events) {
            if (m.put(e.id(), e.index()) != null) return null;
        }
        return m;
    }

    /**
     * Indexes into {@code pairs} (in first-copy order) of a longest run whose second-copy positions
     * increase: the events that kept their relative order; the others moved. O(n log n).
     */
    static Set<Integer> increasing(List<int[]> pairs) {
        int n = pairs.size();
        int[] tails = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int k = 0; k < n; k++) {
            int v = pairs.get(k)[1];
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < v) lo = mid + 1;
                else hi = mid;
            }
            prev[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            if (lo == len) len++;
        }
        Set<Integer> out = new HashSet<>();
        for (int k = len == 0 ? -1 : tails[len - 1]; k >= 0; k = prev[k]) out.add(k);
        return out;
    }

    private static <T> void keyed(JsonPath path, List<T> a, List<T> b, Function<T, String> key, Diffing d, List<Difference> out) {
        Map<String, Integer> inB = new LinkedHashMap<>();
        for (int j = 0; j < b.size(); j++) inB.putIfAbsent(key.apply(b.get(j)), j);
        Set<String> inA = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            String k = key.apply(a.get(i));
            inA.add(k);
            Integer j = inB.get(k);
            if (j == null) out.add(new Difference(Difference.Kind.REMOVED, path.index(i).toString(), k, "(absent)", OptionalInt.empty()));
            else d.value(path.index(i), a.get(i), b.get(j), -1);
        }
        inB.forEach((k, j) -> {
            if (!inA.contains(k)) out.add(new Difference(Difference.Kind.ADDED, path.index(j).toString(), "(absent)", k, OptionalInt.empty()));
        });
    }

}
