package dev.runlens.audit;

import dev.runlens.replay.Timestamps;

import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.Run;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Event identity and time: duplicate ids, other runs' events, unknown steps, timestamps. */
final class EventChecks implements Check {

    @Override
    public void run(AuditContext ctx, Findings out) {
        RunBundle b = ctx.bundle();
        Map<String, Integer> firstById = new HashMap<>();
        for (TraceEvent e : b.trace()) {
            JsonPath at = At.event(e.index());
            Integer first = firstById.putIfAbsent(e.id(), e.index());
            if (first != null) {
                out.add(FindingCatalog.DUPLICATE_EVENT_ID, e.type() + " has id " + e.id() + ", already used by trace["
                        + first + "]", at.key("id"), Target.event(e));
            }
            if (!e.runId().equals(b.run().id())) {
                out.add(FindingCatalog.FOREIGN_RUN_EVENT, e.type() + " belongs to run " + e.runId() + ", not " + b.run().id(),
                        at.key("runId"), Target.event(e));
            }
            stepReference(ctx, e, out);
        }
        timestamps(b, ctx.options().clockSkewTolerance(), out);
    }

    /** A step id the workflow lacks; step and gate events must name one (the runtime's import needs it). */
    private static void stepReference(AuditContext ctx, TraceEvent e, Findings out) {
        if (!ctx.stepsKnown()) return;
        Optional<String> step = e.stepId().filter(s -> !s.isEmpty());
        if (step.isPresent() && !ctx.knownStep(step.get())) {
            out.add(FindingCatalog.UNKNOWN_STEP, e.type() + " references step \"" + step.get()
                    + "\", which the workflow snapshot does not have", At.event(e.index()).key("stepId"), Target.event(e));
        } else if (step.isEmpty() && needsStep(e)) {
            out.add(FindingCatalog.UNKNOWN_STEP, e.type() + " names no step", At.event(e.index()), Target.event(e));
        }
    }

    private static boolean needsStep(TraceEvent e) {
        return e instanceof StepStarted || e instanceof StepCompleted || e instanceof HumanGateRequested
                || e instanceof HumanGateResolved;
    }

    private static void timestamps(RunBundle b, Duration tolerance, Findings out) {
        Run run = b.run();
        Optional<Instant> started = instant(run.startedAt(), At.RUN.key("startedAt"), Target.NONE, out);
        Optional<Instant> ended = run.endedAt().flatMap(t -> instant(t, At.RUN.key("endedAt"), Target.NONE, out));
        if (started.isPresent() && ended.isPresent() && ended.get().isBefore(started.get())) {
            out.add(FindingCatalog.TIMESTAMP_BACKWARDS, "the run ends (" + run.endedAt().orElseThrow() + ") before it starts ("
                    + run.startedAt() + ")", At.RUN.key("endedAt"), Target.NONE);
        }
        Instant latest = null;
        int latestIndex = -1;
        for (TraceEvent e : b.trace()) {
            Optional<Instant> t = instant(e.ts(), At.event(e.index()).key("ts"), Target.event(e), out);
            if (e instanceof ArtifactWritten w) {
                instant(w.artifact().createdAt(), At.event(e.index()).key("artifact").key("createdAt"), Target.event(e), out);
            }
            if (t.isEmpty()) continue;
            Instant ts = t.get();
            if (latest != null && ts.plus(tolerance).isBefore(latest)) {
                out.add(FindingCatalog.TIMESTAMP_BACKWARDS, e.type() + " at " + e.ts() + " is " + seconds(latest, ts)
                        + " earlier than trace[" + latestIndex + "]", At.event(e.index()).key("ts"), Target.event(e));
            }
            if (latest == null || ts.isAfter(latest)) {
                latest = ts;
                latestIndex = e.index();
            }
            outsideRun(e, ts, started, ended, tolerance, out);
        }
        List<Artifact> artifacts = b.artifacts();
        for (int i = 0; i < artifacts.size(); i++) {
            Artifact a = artifacts.get(i);
            instant(a.createdAt(), At.artifact(i).key("createdAt"), Target.artifact(a.artifactKey(), a.version()), out);
        }
    }

    private static void outsideRun(TraceEvent e, Instant ts, Optional<Instant> started, Optional<Instant> ended,
                                   Duration tolerance, Findings out) {
        if (started.isPresent() && ts.plus(tolerance).isBefore(started.get())) {
            out.add(FindingCatalog.TIMESTAMP_OUTSIDE_RUN, e.type() + " at " + e.ts() + " is " + seconds(started.get(), ts)
                    + " before the run started", At.event(e.index()).key("ts"), Target.event(e));
        } else if (ended.isPresent() && ts.minus(tolerance).isAfter(ended.get())) {
            out.add(FindingCatalog.TIMESTAMP_OUTSIDE_RUN, e.type() + " at " + e.ts() + " is " + seconds(ts, ended.get())
                    + " after the run ended", At.event(e.index()).key("ts"), Target.event(e));
        }
    }

    private static Optional<Instant> instant(String text, JsonPath path, Target target, Findings out) {
        Optional<Instant> t = Timestamps.parse(text);
        if (t.isEmpty()) {
            out.add(FindingCatalog.TIMESTAMP_UNPARSEABLE, "\"" + text + "\" is not an ISO-8601 instant with offset", path, target);
        }
        return t;
    }

    /** {@code later - earlier} as seconds with milliseconds ({@code 5.000 s}). */
    private static String seconds(Instant later, Instant earlier) {
        Duration d = Duration.between(earlier, later);
        return String.format(java.util.Locale.ROOT, "%d.%03d s", d.getSeconds(), d.toMillisPart());
    }
}
