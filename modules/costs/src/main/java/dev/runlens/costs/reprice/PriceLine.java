package dev.runlens.costs.reprice;

import java.math.BigDecimal;

/** One line of a billing formula: {@code tokens × ratePerMillion / 1e6 = amount}. */
public record PriceLine(Kind kind, long tokens, BigDecimal ratePerMillion, BigDecimal amount) {
    public enum Kind { INPUT, CACHED_INPUT, CACHE_WRITE, OUTPUT, REASONING }
}
