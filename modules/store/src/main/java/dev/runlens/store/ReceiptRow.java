package dev.runlens.store;

import java.math.BigDecimal;

/**
 * One {@code model_io} response as indexed; absent values are null.
 *
 * @param costAmount   the exact decimal JavaScript prints for the reported amount
 * @param costCurrency bucketed as the runtime does (trimmed, upper case)
 */
public record ReceiptRow(int eventIndex, String eventId, String stepId, String provider, String model,
                         Long inputTokens, Long outputTokens, Long totalTokens, Long cachedTokens,
                         Long reasoningTokens, BigDecimal costAmount, String costCurrency, Double durationMs) {

    public boolean priced() {
        return costAmount != null;
    }
}
