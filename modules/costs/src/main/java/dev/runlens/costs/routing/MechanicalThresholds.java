package dev.runlens.costs.routing;

/**
 * When a step looks mechanical: at most {@code maxOutputPerInput} output tokens per input token over
 * its calls, a median output of at most {@code maxMedianOutput} tokens, no tool calls and no
 * reasoning tokens. The defaults suit extraction, classification and short summaries.
 */
public record MechanicalThresholds(double maxOutputPerInput, long maxMedianOutput) {
    public static final MechanicalThresholds DEFAULT = new MechanicalThresholds(0.25, 400);
}
