package dev.runlens.signing.verify;

import dev.runlens.signing.decision.DecisionStatement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Design B7 step 12, last bullet: a later bundle of the run against the log. Every
 * {@code human_gate_resolved} from the log's earliest reviewed snapshot on must answer the same
 * request with the same decision as an accepted decision of the log (a decision cut from the tail of
 * the log shows up here), every {@code runlens:signed-decision} annotation must name an accepted
 * entry, and no accepted decision may account for more than one resolution (handed back twice).
 *
 * <p>Resolutions before the earliest snapshot a decision of the log reviewed happened before the log
 * began (a gate approved in the runtime's own UI, say); they are counted, not judged. When several
 * accepted decisions fit one resolution, the hand-back's annotations tell which were applied; without
 * them the match is reported as ambiguous (a warning).
 */
public final class ResolutionCrossCheck {
    private static final int STEP = 12;

    private ResolutionCrossCheck() {}

    /**
     * @param byDecision for each accepted entry digest, the ids of the resolution events it accounts for
     */
    public record Result(List<Check> checks, Map<String, List<String>> byDecision) {
        public Result {
            checks = List.copyOf(checks);
            byDecision = Map.copyOf(byDecision);
        }
    }

    public static Result check(RunGates later, String runId, List<DecisionReport> reports) {
        Checks c = new Checks();
        Map<String, DecisionStatement> accepted = new LinkedHashMap<>();
        for (DecisionReport r : reports) if (r.accepted()) accepted.put(r.entryDigest().orElseThrow(), r.statement().orElseThrow());
        if (!c.expect(later.runId().equals(runId), STEP, "resolution-run", "the later bundle is of run " + runId,
                "the later bundle is of run " + later.runId() + ", not " + runId)) return new Result(c.list, Map.of());
        long from = accepted.values().stream().mapToLong(s -> s.predicate().run().traceLength()).min().orElse(0);
        Set<String> linked = new HashSet<>();
        for (RunGates.Link l : later.links()) {
            linked.add(l.entryDigest());
            if (!accepted.containsKey(l.entryDigest())) {
                c.fail(STEP, "annotations", "annotation #" + l.index() + " (" + l.eventId() + ") links decision " + l.entryDigest()
                        + ", which is not an accepted entry of the log: it was removed from the log, or does not verify");
            }
        }
        Map<String, List<String>> byDecision = new LinkedHashMap<>();
        int judged = 0;
        int before = 0;
        for (RunGates.Resolution res : later.resolutions()) {
            if (res.index() < from) {
                before++;
                continue;
            }
            judged++;
            List<String> fit = new ArrayList<>();
            accepted.forEach((digest, st) -> {
                if (answers(st, res)) fit.add(digest);
            });
            List<String> applied = fit.stream().filter(linked::contains).toList();
            List<String> mapped = applied.isEmpty() ? fit : applied;
            String what = "#" + res.index() + " (" + res.eventId() + ") resolves " + res.stepId() + " " + res.gate() + " as " + res.decision();
            if (mapped.isEmpty()) {
                c.fail(STEP, "resolutions", what + ", but no accepted decision of the log answers "
                        + res.requestEventId().map(q -> "request " + q).orElse("it (no request precedes it)") + " that way: a decision is missing"
                        + " from the log (tail truncation), or the gate was resolved without a signed decision");
                continue;
            }
            if (mapped.size() > 1 && applied.isEmpty())
                c.warn(STEP, "resolutions", what + "; " + mapped.size() + " accepted decisions fit it and no annotation says which was handed back");
            for (String d : mapped) byDecision.computeIfAbsent(d, k -> new ArrayList<>()).add(res.eventId());
        }
        byDecision.forEach((d, events) -> {
            if (events.size() > 1) c.fail(STEP, "resolutions", "decision " + accepted.get(d).predicate().decisionId() + " (" + d
                    + ") accounts for " + events.size() + " resolutions " + events + ": handed back more than once");
        });
        if (!c.anyFailed()) {
            c.pass(STEP, "resolutions", judged + " resolution(s) from event #" + from + " on each answer accepted decisions; "
                    + byDecision.size() + " of " + accepted.size() + " accepted decision(s) handed back"
                    + (before == 0 ? "" : "; " + before + " resolution(s) before the log's first reviewed snapshot are not the log's to account for"));
        }
        return new Result(c.list, byDecision);
    }

    /** Same run, request, step and gate, and the runtime decision a hand-back of it records. */
    private static boolean answers(DecisionStatement st, RunGates.Resolution res) {
        DecisionStatement.Gate g = st.predicate().gate();
        if (res.requestEventId().isEmpty() || !res.requestEventId().get().equals(g.requestEventId())) return false;
        if (!g.stepId().equals(res.stepId()) || !g.gate().equals(res.gate())) return false;
        String decision = st.predicate().decision();
        if (g.gate().equals("CHECKPOINT") && g.checkpointId().isPresent()) {
            return res.note().equals(g.checkpointId()) && decision.equals("rejected") == res.decision().equals("rejected");
        }
        return decision.equals(res.decision());
    }
}
