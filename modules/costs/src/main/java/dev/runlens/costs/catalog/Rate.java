package dev.runlens.costs.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A price per million tokens: flat, or tiered by the request's input tokens as genai-prices models
 * it (a "cliff": once the prompt has more than {@code start} tokens, every token of that kind costs
 * the tier's price).
 */
public record Rate(BigDecimal base, List<Step> tiers) {
    public record Step(long start, BigDecimal price) {}

    public Rate {
        tiers = tiers.stream().sorted(Comparator.comparingLong(Step::start)).toList();
    }

    public static Rate flat(BigDecimal perMillion) {
        return new Rate(perMillion, List.of());
    }

    /** The price per million tokens for a request with {@code promptTokens} input tokens. */
    public BigDecimal at(long promptTokens) {
        BigDecimal p = base;
        for (Step s : tiers) if (promptTokens > s.start()) p = s.price();
        return p;
    }
}
