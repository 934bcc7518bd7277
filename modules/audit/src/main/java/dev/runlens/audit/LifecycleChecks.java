package dev.runlens.audit;

import dev.runlens.protocol.model.Gate;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.SpanEnded;
import dev.runlens.protocol.model.SpanStarted;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Pairing in the trace: step start/completion, gate request/resolution, span start/end. */
final class LifecycleChecks implements Check {

    @Override
    public void run(AuditContext ctx, Findings out) {
        RunBundle b = ctx.bundle();
        Set<String> started = new HashSet<>();
        Map<String, Integer> openRequests = new HashMap<>();
        Set<String> everRequested = new HashSet<>();
        Map<String, SpanStarted> openSpans = new LinkedHashMap<>();
        for (TraceEvent e : b.trace()) {
            String step = e.stepId().orElse("");
            if (e instanceof StepStarted) {
                started.add(step);
            } else if (e instanceof StepCompleted c) {
                boolean wasStarted = started.remove(step); // one completion per start
                if (c.ok() && !wasStarted) {
                    out.add(FindingCatalog.STEP_COMPLETED_WITHOUT_START, "step \"" + step
                            + "\" completes (ok) but no step_started precedes it", At.event(e.index()), Target.event(e));
                }
            } else if (e instanceof HumanGateRequested r) {
                String key = step + "\u0000" + r.gate().wire();
                openRequests.merge(key, 1, Integer::sum);
                everRequested.add(key);
            } else if (e instanceof HumanGateResolved r) {
                resolution(r, step + "\u0000" + r.gate().wire(), openRequests, everRequested, out);
            } else if (e instanceof SpanStarted s) {
                openSpans.put(s.spanId(), s);
            } else if (e instanceof SpanEnded s && openSpans.remove(s.spanId()) == null) {
                out.add(FindingCatalog.SPAN_ENDED_WITHOUT_START, "span " + s.spanId() + " ends but no span_started opened it",
                        At.event(e.index()).key("spanId"), Target.event(e));
            }
        }
        if (b.run().status() != RunStatus.RUNNING) {
            for (SpanStarted s : openSpans.values()) {
                out.add(FindingCatalog.SPAN_NEVER_ENDED, "span \"" + s.name() + "\" (" + s.spanId() + ") never ends; the run is "
                        + b.run().status().wire(), At.event(s.index()), Target.event(s));
            }
        }
    }

    /** PAUSE_BEFORE / PAUSE_AFTER consume one open request each; CHECKPOINT needs any earlier request. */
    private static void resolution(HumanGateResolved r, String key, Map<String, Integer> open, Set<String> ever, Findings out) {
        boolean ok;
        if (r.gate() == Gate.CHECKPOINT) {
            ok = ever.contains(key);
        } else {
            int n = open.getOrDefault(key, 0);
            ok = n > 0;
            if (ok) open.put(key, n - 1);
        }
        if (!ok) {
            out.add(FindingCatalog.GATE_RESOLVED_WITHOUT_REQUEST, r.gate().wire() + " gate of step \"" + r.stepId().orElse("")
                    + "\" resolved (" + r.decision().wire() + ") without an open human_gate_requested before it",
                    At.event(r.index()), Target.event(r));
        }
    }
}
