package dev.runlens.app.decisions;

import dev.runlens.workbench.GateDecisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a step's DAG node or a gate's row says about the signed decisions on it: one decision
 * ("approved · valid") or a count ("2 decisions · invalid"), the worst verification first
 * (invalid, then untrusted key, then valid but checked with a stale trust list, then valid), and every
 * decision's detail for a tooltip.
 */
public record DecisionBadge(String text, GateDecisions.Status status, String detail) {

    /** Per step id, in the order the decisions were signed. */
    public static Map<String, DecisionBadge> byStep(List<DecisionMark> marks) {
        return group(marks, DecisionMark::stepId);
    }

    /** Per gate request event id. */
    public static Map<String, DecisionBadge> byRequest(List<DecisionMark> marks) {
        return group(marks, DecisionMark::requestEventId);
    }

    private static Map<String, DecisionBadge> group(List<DecisionMark> marks, Function<DecisionMark, String> key) {
        Map<String, List<DecisionMark>> groups = new LinkedHashMap<>();
        for (DecisionMark m : marks) groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m);
        Map<String, DecisionBadge> out = new LinkedHashMap<>();
        groups.forEach((k, ms) -> out.put(k, of(ms)));
        return out;
    }

    static DecisionBadge of(List<DecisionMark> ms) {
        GateDecisions.Status worst = ms.stream().map(DecisionMark::status).reduce(GateDecisions.Status.VALID, DecisionBadge::worse);
        String what = ms.size() == 1 ? ms.get(0).decision() : ms.size() + " decisions";
        String detail = String.join("\n\n", ms.stream().map(DecisionMark::detail).toList());
        return new DecisionBadge("signed: " + what + " · " + DecisionMark.label(worst), worst, detail);
    }

    private static GateDecisions.Status worse(GateDecisions.Status a, GateDecisions.Status b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(GateDecisions.Status s) {
        return switch (s) {
            case VALID -> 0;
            case STALE_TRUST_LIST -> 1;
            case UNTRUSTED_KEY -> 2;
            case INVALID -> 3;
        };
    }
}
