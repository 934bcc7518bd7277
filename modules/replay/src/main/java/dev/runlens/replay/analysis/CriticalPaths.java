package dev.runlens.replay.analysis;

import dev.runlens.graph.Dag;
import dev.runlens.graph.WeightedPath;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.GateState;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.Timestamps;
import dev.runlens.replay.Totals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Critical paths of a run over its workflow DAG (dangling edges ignored): by latency (machine time
 * plus gate waiting, each kept apart), by machine time alone, and by cost in each currency. All
 * are empty when the workflow has a cycle.
 */
public final class CriticalPaths {
    private final Dag dag;
    private final Map<String, StepTiming> timings;
    private final Map<String, Totals> spend;

    private CriticalPaths(Replay replay) {
        this.dag = replay.dag();
        RunState end = replay.finalState();
        this.timings = timings(replay, end);
        this.spend = end.spend().byStep();
    }

    public static CriticalPaths of(Replay replay) {
        return new CriticalPaths(replay);
    }

    /** Every workflow step's timing, in workflow order. */
    public Map<String, StepTiming> timings() {
        return timings;
    }

    /** The path with the longest machine time plus gate waiting. */
    public Optional<LatencyPath> byLatency() {
        return latency(t -> t.totalMs());
    }

    /** The path with the longest machine time (gate waiting still reported, not weighed). */
    public Optional<LatencyPath> byMachineTime() {
        return latency(StepTiming::machineMs);
    }

    /** The most expensive path per currency, currencies in order. */
    public Map<String, CostPath> byCost() {
        TreeSet<String> currencies = new TreeSet<>();
        spend.values().forEach(t -> currencies.addAll(t.cost().keySet()));
        Map<String, CostPath> out = new LinkedHashMap<>();
        for (String cur : currencies) {
            Optional<WeightedPath> p = dag.longestPath(n -> amount(n, cur).doubleValue());
            p.ifPresent(w -> out.put(cur, new CostPath(cur, w.nodes(),
                    w.nodes().stream().map(n -> amount(n, cur)).reduce(BigDecimal.ZERO, BigDecimal::add))));
        }
        return Collections.unmodifiableMap(out);
    }

    private BigDecimal amount(String step, String currency) {
        return spend.getOrDefault(step, Totals.ZERO).cost().getOrDefault(currency, BigDecimal.ZERO);
    }

    private Optional<LatencyPath> latency(ToDoubleFunction<StepTiming> weight) {
        return dag.longestPath(n -> weight.applyAsDouble(timings.get(n))).map(w -> {
            var steps = w.nodes().stream().map(timings::get).toList();
            return new LatencyPath(steps, steps.stream().mapToDouble(StepTiming::machineMs).sum(),
                    steps.stream().mapToDouble(StepTiming::gateWaitMs).sum());
        });
    }

    private static Map<String, StepTiming> timings(Replay replay, RunState end) {
        Map<String, Double> machine = new HashMap<>();
        Map<String, String> open = new HashMap<>();
        Map<String, Integer> attempts = new HashMap<>();
        for (TraceEvent e : replay.bundle().trace()) {
            if (e.stepId().isEmpty()) continue;
            String id = e.stepId().get();
            if (e instanceof StepStarted) {
                open.put(id, e.ts());
                attempts.merge(id, 1, Integer::sum);
            } else if (e instanceof StepCompleted && open.containsKey(id)) {
                double ms = Timestamps.millisBetween(open.remove(id), e.ts()).orElse(0);
                machine.merge(id, Math.max(0, ms), Double::sum);
            }
        }
        Map<String, Double> waits = new HashMap<>();
        for (GateState g : end.gates()) {
            g.waitedMs().ifPresent(ms -> waits.merge(g.stepId(), Math.max(0, ms), Double::sum));
        }
        Map<String, StepTiming> out = new LinkedHashMap<>();
        for (String id : replay.dag().nodes()) {
            out.put(id, new StepTiming(id, machine.getOrDefault(id, 0.0), waits.getOrDefault(id, 0.0),
                    attempts.getOrDefault(id, 0), attempts.containsKey(id) && !open.containsKey(id)));
        }
        return Collections.unmodifiableMap(out);
    }
}
