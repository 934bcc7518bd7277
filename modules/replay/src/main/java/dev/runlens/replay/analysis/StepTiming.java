package dev.runlens.replay.analysis;

/**
 * Where a step's time went: {@code machineMs} is the sum over its attempts of
 * {@code step_started} to {@code step_completed} (an attempt still running at the end counts
 * nothing), {@code gateWaitMs} the sum over its resolved gates of request to resolution (a human,
 * not the machine). {@code finished} is false when the last attempt never completed.
 */
public record StepTiming(String stepId, double machineMs, double gateWaitMs, int attempts, boolean finished) {
    public double totalMs() {
        return machineMs + gateWaitMs;
    }
}
