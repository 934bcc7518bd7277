package dev.runlens.replay.bench;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.AnnotationEvent;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.Cost;
import dev.runlens.protocol.model.EventHeader;
import dev.runlens.protocol.model.Gate;
import dev.runlens.protocol.model.GateDecision;
import dev.runlens.protocol.model.GatePolicy;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.PatchOpKind;
import dev.runlens.protocol.model.Run;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.RunStatusChanged;
import dev.runlens.protocol.model.SpanEnded;
import dev.runlens.protocol.model.SpanKind;
import dev.runlens.protocol.model.SpanStarted;
import dev.runlens.protocol.model.SpanStatus;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.Usage;
import dev.runlens.protocol.model.WorkflowEdge;
import dev.runlens.protocol.model.WorkflowSnapshot;
import dev.runlens.protocol.model.WorkflowStep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A synthetic run of exactly {@code events} trace events, built in memory from the model records:
 * steps run in waves of {@value #LANES} parallel lanes (their events interleaved), each with a
 * step span, model calls (request + response in USD or EUR, each in its own span), a tool call,
 * an artifact written and patched, and every tenth step a PAUSE_AFTER gate.
 */
public final class SyntheticRun {
    static final int LANES = 8;
    private static final String RUN = "run_synthetic";
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final List<Function<Integer, TraceEvent>> pending = new ArrayList<>();
    private final List<Artifact> stored = new ArrayList<>();
    private int spans;

    private SyntheticRun() {}

    /** A completed run of exactly {@code events} events, about {@code callsPerStep} model calls per step. */
    public static RunBundle of(int events, int callsPerStep) {
        return new SyntheticRun().build(events, callsPerStep);
    }

    private RunBundle build(int events, int callsPerStep) {
        int perStep = 11 + 4 * callsPerStep;
        int stepCount = Math.max(1, (events - 1) / perStep);
        List<WorkflowStep> steps = new ArrayList<>();
        List<WorkflowEdge> edges = new ArrayList<>();
        List<List<Function<Integer, TraceEvent>>> lanes = new ArrayList<>();
        for (int s = 0; s < stepCount; s++) {
            String id = "step_" + s;
            boolean gated = s % 10 == 9;
            steps.add(new WorkflowStep(id, Optional.of("Step " + s), Optional.empty(),
                    gated ? GatePolicy.PAUSE_AFTER : GatePolicy.AUTO, List.of(), List.of("art." + s), Map.of()));
            if (s >= LANES) edges.add(new WorkflowEdge("e" + s, "step_" + (s - LANES), id, Map.of()));
            if (s >= LANES && s % LANES != 0) edges.add(new WorkflowEdge("f" + s, "step_" + (s - s % LANES - LANES), id, Map.of()));
            lanes.add(step(s, callsPerStep, gated));
            if (lanes.size() == LANES || s == stepCount - 1) {
                interleave(lanes);
                lanes.clear();
            }
        }
        List<TraceEvent> trace = new ArrayList<>(events);
        for (Function<Integer, TraceEvent> f : pending) if (trace.size() < events - 1) trace.add(f.apply(trace.size()));
        while (trace.size() < events - 1) {
            trace.add(new AnnotationEvent(h(trace.size(), null, null), "note " + trace.size(), List.of()));
        }
        trace.add(new RunStatusChanged(h(trace.size(), null, null), RunStatus.COMPLETED, Optional.empty()));
        WorkflowSnapshot w = new WorkflowSnapshot("wf_synthetic", 1, Optional.empty(), steps, edges, Map.of());
        Run run = new Run(RUN, "wf_synthetic", 1, w, T0.toString(), Optional.of(ts(events)), RunStatus.COMPLETED,
                Optional.empty(), Optional.empty(), obj(Map.of()), List.of(), List.of(), Map.of());
        return new RunBundle("1.0.0", run, trace, stored, List.of(), Optional.empty(), Optional.empty(), Map.of());
    }

    private void interleave(List<List<Function<Integer, TraceEvent>>> lanes) {
        int longest = lanes.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<Function<Integer, TraceEvent>> lane : lanes) if (i < lane.size()) pending.add(lane.get(i));
        }
    }

    private List<Function<Integer, TraceEvent>> step(int s, int calls, boolean gated) {
        String id = "step_" + s;
        String span = "span_" + spans++;
        List<Function<Integer, TraceEvent>> out = new ArrayList<>();
        out.add(i -> new StepStarted(h(i, id, null)));
        out.add(i -> new SpanStarted(h(i, id, null), span, Optional.empty(), "step." + id, Optional.of(SpanKind.INTERNAL), Map.of()));
        for (int c = 0; c < calls; c++) out.addAll(call(id, span, s, c));
        String tool = "span_" + spans++;
        out.add(i -> new SpanStarted(h(i, id, null), tool, Optional.of(span), "tool.lookup", Optional.of(SpanKind.CLIENT), Map.of()));
        out.add(i -> new ToolCall(h(i, id, null), "lookup", Optional.of(obj(Map.of("q", str(id)))), Optional.of(num(s))));
        out.add(i -> new SpanEnded(h(i, id, null), tool, Optional.of(SpanStatus.OK), OptionalDouble.of(12.5), Map.of(), Optional.empty()));
        JsonValue v1 = obj(Map.of("step", str(id), "score", num(s % 97)));
        JsonValue v2 = obj(Map.of("step", str(id), "score", num(s % 97), "reviewed", JsonValue.Bool.TRUE));
        out.add(i -> new ArtifactWritten(h(i, null, null), new Artifact("art." + s, "result", 1, ts(i), Optional.empty(),
                Optional.of(v1), Map.of()), Optional.empty()));
        out.add(i -> new ArtifactPatch(h(i, id, null), "art." + s, 1, 2,
                List.of(new PatchOp(PatchOpKind.ADD, "/reviewed", Optional.empty(), Optional.of(JsonValue.Bool.TRUE))), Optional.empty()));
        stored.add(new Artifact("art." + s, "result", 2, T0.toString(), Optional.empty(), Optional.of(v2), Map.of()));
        out.add(i -> new SpanEnded(h(i, id, null), span, Optional.of(SpanStatus.OK), OptionalDouble.empty(), Map.of(), Optional.empty()));
        if (gated) {
            out.add(i -> new HumanGateRequested(h(i, id, null), Gate.PAUSE_AFTER, Optional.of("Review outputs")));
            out.add(i -> new StepCompleted(h(i, id, null), true, Optional.empty()));
            out.add(i -> new HumanGateResolved(h(i, id, null), Gate.PAUSE_AFTER, GateDecision.APPROVED, Optional.of("ok")));
        } else {
            out.add(i -> new StepCompleted(h(i, id, null), true, Optional.empty()));
        }
        return out;
    }

    private List<Function<Integer, TraceEvent>> call(String step, String parent, int s, int c) {
        String cid = step + "/" + c;
        String span = "span_" + spans++;
        String currency = (s + c) % 3 == 0 ? "EUR" : "USD";
        Usage usage = new Usage(OptionalLong.of(900 + c), OptionalLong.of(120), OptionalLong.empty(),
                OptionalLong.of(0), OptionalLong.empty());
        JsonValue request = obj(Map.of("messages", new JsonValue.Arr(List.of(
                obj(Map.of("role", str("user"), "content", str("Question " + c + " for " + step)))))));
        return List.of(
                i -> new SpanStarted(h(i, step, cid), span, Optional.of(parent), "chat model", Optional.of(SpanKind.CLIENT), Map.of()),
                i -> new ModelIo(h(i, step, cid), ModelDirection.REQUEST, Optional.of("openai"), Optional.of("gpt-4.1-mini"),
                        Optional.empty(), Optional.empty(), OptionalDouble.empty(), Optional.empty(), Optional.of(request)),
                i -> new ModelIo(h(i, step, cid), ModelDirection.RESPONSE, Optional.of("openai"), Optional.of("gpt-4.1-mini"),
                        Optional.of(usage), Optional.of(new Cost(0.0004 + c * 1e-6, currency)), OptionalDouble.of(640),
                        Optional.of("Answer " + c), Optional.empty()),
                i -> new SpanEnded(h(i, step, cid), span, Optional.of(SpanStatus.OK), OptionalDouble.of(640), Map.of(), Optional.empty()));
    }

    private static EventHeader h(int index, String step, String cid) {
        return new EventHeader(index, "evt_" + index, RUN, ts(index), Optional.ofNullable(step), Optional.ofNullable(cid), Map.of());
    }

    private static String ts(int index) {
        return T0.plusMillis(10L * index).toString();
    }

    private static JsonValue obj(Map<String, JsonValue> m) {
        return new JsonValue.Obj(new LinkedHashMap<>(new java.util.TreeMap<>(m)));
    }

    private static JsonValue str(String s) {
        return new JsonValue.Str(s);
    }

    private static JsonValue num(double d) {
        return new JsonValue.Num(d);
    }
}
