package dev.runlens.store;

import java.util.Objects;
import java.util.Optional;

/**
 * The order runs are listed in. Runs without the value (no cost in the currency, no duration) come
 * last either way; ties fall back to the newest start first.
 *
 * @param currency for {@link Key#COST}: which currency's amount orders the runs; empty: by each run's
 *                 first currency (alphabetical), then its amount; costs are never added across currencies
 */
public record RunSort(Key key, boolean descending, Optional<String> currency) {

    public static final RunSort NEWEST_FIRST = new RunSort(Key.STARTED, true, Optional.empty());

    public enum Key {
        STARTED,
        COST,
        DURATION,
        /** Total tokens. */
        TOKENS,
        /** Errors, then warnings, then notes. */
        FINDINGS,
        /** Workflow title (or id), then version. */
        WORKFLOW
    }

    public RunSort {
        Objects.requireNonNull(key);
        currency = currency.map(BundleFacts::currency);
    }

    public static RunSort by(Key key, boolean descending) {
        return new RunSort(key, descending, Optional.empty());
    }

    public RunSort inCurrency(String c) {
        return new RunSort(key, descending, Optional.ofNullable(c));
    }
}
