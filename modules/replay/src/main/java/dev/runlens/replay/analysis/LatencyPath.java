package dev.runlens.replay.analysis;

import java.util.List;

/** A critical path by latency: the steps in DAG order with machine time and gate waiting kept apart. */
public record LatencyPath(List<StepTiming> steps, double machineMs, double gateWaitMs) {
    public LatencyPath {
        steps = List.copyOf(steps);
    }

    public double totalMs() {
        return machineMs + gateWaitMs;
    }

    public List<String> stepIds() {
        return steps.stream().map(StepTiming::stepId).toList();
    }
}
