package dev.runlens.costs.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The prices a model has from {@code validFrom} (UTC midnight; empty: since before the catalog
 * knows) until the next row's date, optionally only within a daily UTC time window (genai-prices'
 * off-peak prices).
 */
public record PriceRow(Optional<LocalDate> validFrom, Optional<TimeWindow> window, Rates rates) {

    /** A daily window {@code [start, end)} in UTC seconds of the day; it wraps past midnight when end < start. */
    public record TimeWindow(int startSecond, int endSecond) {
        boolean contains(Instant t) {
            int s = (int) Math.floorMod(t.getEpochSecond(), 86_400L);
            return endSecond < startSecond ? s >= startSecond || s < endSecond : s >= startSecond && s < endSecond;
        }
    }

    boolean appliesAt(Instant t) {
        if (validFrom.isPresent() && t.isBefore(validFrom.get().atStartOfDay().toInstant(ZoneOffset.UTC))) return false;
        return window.isEmpty() || window.get().contains(t);
    }
}
