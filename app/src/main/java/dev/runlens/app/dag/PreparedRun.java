package dev.runlens.app.dag;

import dev.runlens.app.ui.PlainText;
import dev.runlens.graph.Dag;
import dev.runlens.graph.Edge;
import dev.runlens.graph.layout.DagLayout;
import dev.runlens.graph.layout.Layout;
import dev.runlens.graph.layout.LayoutMonitor;
import dev.runlens.graph.layout.LayoutNode;
import dev.runlens.graph.layout.LayoutOptions;
import dev.runlens.graph.layout.LayoutRequest;
import dev.runlens.protocol.model.GatePolicy;
import dev.runlens.protocol.model.WorkflowStep;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.Totals;
import dev.runlens.replay.analysis.CostPath;
import dev.runlens.replay.analysis.CriticalPaths;
import dev.runlens.replay.analysis.LatencyPath;
import dev.runlens.replay.analysis.StepArtifacts;
import dev.runlens.replay.receipt.Receipts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the DAG needs of a run that does not change with the cursor, computed once per run off
 * the FX thread: the workflow laid out, titles and policies, receipts and artifact writes by
 * step, the cost scale, the critical paths and notes about what could not be drawn.
 */
final class PreparedRun {
    static final double NODE_WIDTH = 210;
    static final double NODE_HEIGHT = 92;
    static final LayoutOptions OPTIONS = LayoutOptions.DEFAULT.withDirection(LayoutOptions.Direction.DOWN);

    final Replay replay;
    final Dag dag;
    final Layout layout;
    final Map<String, String> titles;
    final Map<String, GatePolicy> policies;
    final Receipts receipts;
    final StepArtifacts artifacts;
    final HeatScale heat;
    final Map<CriticalMode, List<String>> critical;
    final Map<CriticalMode, String> criticalSummary;
    final List<String> notes;

    private PreparedRun(Replay replay, Receipts receipts, DagLayout engine, LayoutMonitor monitor) {
        this.replay = replay;
        this.dag = replay.dag();
        List<WorkflowStep> steps = replay.bundle().run().workflowSnapshot().steps();
        Map<String, String> t = new LinkedHashMap<>();
        Map<String, GatePolicy> p = new LinkedHashMap<>();
        for (WorkflowStep s : steps) {
            t.putIfAbsent(s.id(), PlainText.of(s.title().filter(x -> !x.isBlank()).orElse(s.id())));
            p.putIfAbsent(s.id(), s.gatePolicy());
        }
        this.titles = Collections.unmodifiableMap(t);
        this.policies = Collections.unmodifiableMap(p);
        this.layout = engine.layout(new LayoutRequest(
                dag.nodes().stream().map(id -> new LayoutNode(id, NODE_WIDTH, NODE_HEIGHT)).toList(),
                dag.edges(), OPTIONS), monitor);
        this.receipts = receipts;
        this.artifacts = StepArtifacts.of(replay);
        RunState end = replay.finalState();
        this.heat = HeatScale.over(dag.nodes().stream().map(id -> end.spend().step(id).cost()).toList());
        CriticalPaths paths = CriticalPaths.of(replay);
        this.critical = new EnumMap<>(CriticalMode.class);
        this.criticalSummary = new EnumMap<>(CriticalMode.class);
        critical.put(CriticalMode.NONE, List.of());
        criticalSummary.put(CriticalMode.NONE, "");
        cost(paths, end);
        latency(paths.byLatency());
        this.notes = notes(end);
    }

    /** {@code receipts}: the run's model calls paired ({@code Receipts.of}), shared with the other tabs. */
    static PreparedRun of(Replay replay, Receipts receipts, DagLayout engine, LayoutMonitor monitor) {
        return new PreparedRun(replay, receipts, engine, monitor);
    }

    String title(String id) {
        return titles.getOrDefault(id, PlainText.of(id));
    }

    GatePolicy policy(String id) {
        return policies.getOrDefault(id, GatePolicy.UNKNOWN);
    }

    /**
     * The currency most steps spent in by the end (ties: first in order), or empty without any
     * cost: the one whose most expensive path the cost mode shows.
     */
    static Optional<String> mainCurrency(Map<String, Totals> byStep) {
        Map<String, Integer> steps = new TreeMap<>();
        byStep.values().forEach(t -> t.cost().forEach((c, v) -> {
            if (v.signum() != 0) steps.merge(c, 1, Integer::sum);
        }));
        return steps.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    private void cost(CriticalPaths paths, RunState end) {
        Optional<String> currency = mainCurrency(end.spend().byStep());
        Optional<CostPath> path = currency.map(c -> paths.byCost().get(c));
        critical.put(CriticalMode.COST, path.map(CostPath::stepIds).orElse(List.of()));
        criticalSummary.put(CriticalMode.COST, path.map(c -> "Most expensive path (" + c.currency() + "): "
                + steps(c.stepIds()) + ", " + Formats.money(c.currency(), c.amount()))
                .orElse(dag.isAcyclic() ? "No model cost in this run" : "No critical path: the workflow has a cycle"));
    }

    private void latency(Optional<LatencyPath> path) {
        critical.put(CriticalMode.LATENCY, path.map(LatencyPath::stepIds).orElse(List.of()));
        criticalSummary.put(CriticalMode.LATENCY, path.map(l -> "Longest path: " + steps(l.stepIds()) + ", "
                + Formats.duration(l.machineMs()) + " running + " + Formats.duration(l.gateWaitMs()) + " at gates")
                .orElse(dag.isAcyclic() ? "No steps" : "No critical path: the workflow has a cycle"));
    }

    private static String steps(List<String> ids) {
        return ids.size() == 1 ? "1 step" : ids.size() + " steps";
    }

    /** Pairs of consecutive steps of a path, as edges. */
    static List<Edge> edgesOf(List<String> path) {
        List<Edge> out = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) out.add(new Edge(path.get(i - 1), path.get(i)));
        return out;
    }

    private List<String> notes(RunState end) {
        List<String> out = new ArrayList<>();
        if (!layout.skippedEdges().isEmpty()) {
            out.add(count(layout.skippedEdges().size(), "edge") + " not drawn (unknown step): "
                    + PlainText.of(layout.skippedEdges().stream().map(Edge::toString).collect(Collectors.joining(", "))));
        }
        if (!layout.duplicateNodes().isEmpty()) {
            out.add("Step ids defined more than once (drawn once): " + PlainText.of(String.join(", ", layout.duplicateNodes())));
        }
        dag.findCycle().ifPresent(c -> out.add("The workflow has a cycle: " + PlainText.of(String.join(" → ", c))));
        List<String> outside = end.steps().values().stream().filter(s -> !s.inWorkflow()).map(s -> s.stepId()).toList();
        if (!outside.isEmpty()) {
            out.add(count(outside.size(), "step") + " in the trace but not in the workflow: "
                    + PlainText.of(String.join(", ", outside)));
        }
        return List.copyOf(out);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Cost of {@code id} per currency at {@code state}. */
    static Map<String, BigDecimal> cost(RunState state, String id) {
        return state.spend().step(id).cost();
    }
}
