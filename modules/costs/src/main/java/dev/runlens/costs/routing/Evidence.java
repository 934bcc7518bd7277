package dev.runlens.costs.routing;

import dev.runlens.costs.Tier;

import java.util.Set;

/**
 * Why a step looks mechanical: its receipts and runs, median prompt and output tokens, output per
 * input token over all its calls, tool calls (executed or requested) and reasoning tokens, and the
 * tiers it ran on.
 */
public record Evidence(int receipts, int runs, long medianInputTokens, long medianOutputTokens, double outputPerInput,
                       int toolCalls, long reasoningTokens, Set<Tier> observedTiers) {
    public Evidence {
        observedTiers = Set.copyOf(observedTiers);
    }
}
