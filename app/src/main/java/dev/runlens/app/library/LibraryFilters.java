package dev.runlens.app.library;

import dev.runlens.store.RunFilter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The library's search and filters as one {@link RunFilter}: each command changes one part and
 * asks for the list again. Dates are whole days in the given zone, both ends included. Touches no control.
 */
public final class LibraryFilters {
    private final ZoneId zone;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<RunFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", RunFilter.ALL);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    LibraryFilters(ZoneId zone, Runnable changed) {
        this.zone = zone;
        this.changed = changed;
    }

    RunFilter current() {
        return filter.get();
    }

    /** Whether anything narrows the list. */
    public boolean active() {
        return !filter.get().equals(RunFilter.ALL);
    }

    /** Full text: every word must start a word of a payload, tool call, run id, workflow, title or file name. */
    public void search(String text) {
        set(filter.get().withText(text == null || text.isBlank() ? null : text));
    }

    /** Runs in any of these statuses ({@code completed}, {@code running}, ...); empty: any. */
    public void statuses(Set<String> statuses) {
        set(filter.get().withStatuses(statuses));
    }

    /** Runs started on or between these days (either may be null: open). */
    public void started(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            problem.set("Started: the last day is before the first");
            return;
        }
        set(filter.get().withStarted(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /**
     * Runs whose cost in {@code currency} lies between {@code min} and {@code max} (text as typed; blank:
     * open). A blank currency clears the cost filter; a bound that is not a number is refused with a problem.
     */
    public void cost(String currency, String min, String max) {
        if (currency == null || currency.isBlank()) {
            set(filter.get().withCost(null));
            return;
        }
        Optional<BigDecimal> lo = number(min, "minimum");
        Optional<BigDecimal> hi = number(max, "maximum");
        if (lo == null || hi == null) return;
        if (lo.isPresent() && hi.isPresent() && hi.get().compareTo(lo.get()) < 0) {
            problem.set("Cost: the maximum is below the minimum");
            return;
        }
        set(filter.get().withCost(new RunFilter.CostRange(currency, lo, hi)));
    }

    public void pendingOnly(boolean only) {
        set(filter.get().withPendingOnly(only));
    }

    public void findings(RunFilter.Findings which) {
        set(filter.get().withFindings(which));
    }

    /** Back to every run (the search text too). */
    public void clear() {
        set(RunFilter.ALL);
    }

    /** The filter in force. */
    public ReadOnlyObjectProperty<RunFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Why the last filter input was refused; empty when it was taken. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Empty for blank text, null (after setting the problem) for text that is not a number. */
    private Optional<BigDecimal> number(String text, String which) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            BigDecimal v = new BigDecimal(text.strip());
            if (v.signum() < 0) {
                problem.set("Cost: the " + which + " is negative");
                return null;
            }
            return Optional.of(v);
        } catch (NumberFormatException e) {
            problem.set("Cost: the " + which + " \"" + dev.runlens.app.ui.PlainText.of(text.strip()) + "\" is not a number");
            return null;
        }
    }

    private void set(RunFilter next) {
        problem.set("");
        if (next.equals(filter.get())) return;
        filter.set(next);
        changed.run();
    }
}
