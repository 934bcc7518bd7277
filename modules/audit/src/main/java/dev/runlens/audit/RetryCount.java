package dev.runlens.audit;

import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.SpanEnded;
import dev.runlens.protocol.model.SpanStatus;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Retries per step: model calls that failed (their span ended with an error, or the request got no
 * response; calls are paired by {@code correlationId}) plus restarts of the step. A step reaching
 * the threshold is reported once, at its last failed attempt.
 */
final class RetryCount {
    private RetryCount() {}

    private static final class Step {
        int failures;
        int starts;
        TraceEvent last;
    }

    static void report(RunBundle b, int threshold, Findings out) {
        Set<String> answered = new HashSet<>();
        Set<String> errored = new HashSet<>();
        for (TraceEvent e : b.trace()) {
            if (e instanceof ModelIo m && m.direction() == ModelDirection.RESPONSE) m.correlationId().ifPresent(answered::add);
            if (e instanceof SpanEnded s && s.status().orElse(SpanStatus.OK) == SpanStatus.ERROR) s.correlationId().ifPresent(errored::add);
        }
        Map<String, Step> steps = new LinkedHashMap<>();
        for (TraceEvent e : b.trace()) {
            String id = e.stepId().orElse("");
            if (id.isEmpty()) continue;
            if (e instanceof StepStarted) {
                Step s = steps.computeIfAbsent(id, k -> new Step());
                if (++s.starts > 1) s.last = e;
            } else if (e instanceof ModelIo m && m.direction() == ModelDirection.REQUEST && m.correlationId().isPresent()) {
                String c = m.correlationId().get();
                if (errored.contains(c) || !answered.contains(c)) {
                    Step s = steps.computeIfAbsent(id, k -> new Step());
                    s.failures++;
                    s.last = e;
                }
            }
        }
        steps.forEach((id, s) -> {
            int retries = s.failures + Math.max(0, s.starts - 1);
            if (retries >= threshold) {
                out.add(FindingCatalog.STEP_RETRIED, "step \"" + id + "\": " + s.failures + " failed model calls"
                        + (s.starts > 1 ? ", " + s.starts + " starts" : "") + " (threshold " + threshold + ")",
                        At.event(s.last.index()), Target.event(s.last));
            }
        });
    }
}
