package dev.runlens.costs.routing;

import dev.runlens.costs.Money;
import dev.runlens.costs.Tier;

import java.util.Optional;

/**
 * One model as one step used it: its tier, the verdict against the step's policy, receipts, tokens
 * and cost, and, when it runs above policy, what routing its calls to the policy's tier would
 * have saved (with the target model, or why it cannot be said).
 */
public record ModelUse(String provider, String model, Optional<Tier> tier, Verdict verdict, int receipts, long inputTokens,
                       long outputTokens, long reasoningTokens, Money cost, int unpriced, Optional<String> target,
                       Money savings, Optional<String> savingsNote) {}
