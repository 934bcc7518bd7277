package dev.runlens.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which runs to list; empty fields match everything. Build one from {@link #ALL} with the
 * {@code with...} methods.
 *
 * @param text        every word must occur in a payload, tool call or the run's names (id, workflow, title, file)
 * @param statuses    run statuses ({@code completed}, ...); empty: any
 * @param startedFrom runs started at or after (inclusive)
 * @param startedTo   runs started before (exclusive)
 * @param cost        runs whose cost in one currency lies in a range
 * @param pendingOnly only runs waiting at a gate
 * @param findings    by finding severity
 */
public record RunFilter(Optional<String> workflowId, Optional<String> text, Set<String> statuses,
                        Optional<Instant> startedFrom, Optional<Instant> startedTo, Optional<CostRange> cost,
                        boolean pendingOnly, Findings findings) {

    public static final RunFilter ALL = new RunFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), false, Findings.ANY);

    /** Which runs by their findings. */
    public enum Findings {
        ANY,
        /** At least one error-severity finding. */
        ERRORS,
        /** At least one warning. */
        WARNINGS,
        /** No error and no warning (notes allowed). */
        CLEAN
    }

    /**
     * Cost in {@code currency} (as the runtime buckets it: trimmed, upper case) between {@code min} and
     * {@code max}, both inclusive and optional. A run with no cost in that currency never matches.
     */
    public record CostRange(String currency, Optional<BigDecimal> min, Optional<BigDecimal> max) {
        public CostRange {
            currency = BundleFacts.currency(Objects.requireNonNull(currency));
        }
    }

    public RunFilter {
        statuses = Set.copyOf(statuses);
        text = text.map(String::strip).filter(t -> !t.isEmpty());
    }

    public RunFilter withWorkflow(String id) {
        return new RunFilter(Optional.ofNullable(id), text, statuses, startedFrom, startedTo, cost, pendingOnly, findings);
    }

    public RunFilter withText(String query) {
        return new RunFilter(workflowId, Optional.ofNullable(query), statuses, startedFrom, startedTo, cost, pendingOnly, findings);
    }

    public RunFilter withStatus(String s) {
        return withStatuses(s == null ? Set.of() : Set.of(s));
    }

    public RunFilter withStatuses(Set<String> s) {
        return new RunFilter(workflowId, text, s, startedFrom, startedTo, cost, pendingOnly, findings);
    }

    /** Started in {@code [from, to)}; either may be null (open). */
    public RunFilter withStarted(Instant from, Instant to) {
        return new RunFilter(workflowId, text, statuses, Optional.ofNullable(from), Optional.ofNullable(to), cost,
                pendingOnly, findings);
    }

    public RunFilter withCost(CostRange range) {
        return new RunFilter(workflowId, text, statuses, startedFrom, startedTo, Optional.ofNullable(range), pendingOnly, findings);
    }

    public RunFilter withPendingOnly(boolean only) {
        return new RunFilter(workflowId, text, statuses, startedFrom, startedTo, cost, only, findings);
    }

    public RunFilter withFindings(Findings f) {
        return new RunFilter(workflowId, text, statuses, startedFrom, startedTo, cost, pendingOnly, Objects.requireNonNull(f));
    }
}
