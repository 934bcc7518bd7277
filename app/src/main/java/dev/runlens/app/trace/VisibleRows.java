package dev.runlens.app.trace;

import dev.runlens.replay.filter.TraceFacts;
import javafx.collections.ObservableListBase;

import java.util.Arrays;

/**
 * The rows a filter keeps, as a read-only list the table reads lazily: it holds the matching
 * trace indexes and builds a {@link TraceRow} only when one is asked for, keeping it in a cache
 * shared by every filter of the same run. A new filter result is a new list, never a change to
 * this one, so swapping it costs nothing per row. Use on the FX thread.
 */
final class VisibleRows extends ObservableListBase<TraceRow> {
    static final VisibleRows EMPTY = new VisibleRows(null, new TraceRow[0], new int[0]);

    private final TraceFacts facts;
    private final TraceRow[] cache;
    private final int[] indexes;

    private VisibleRows(TraceFacts facts, TraceRow[] cache, int[] indexes) {
        this.facts = facts;
        this.cache = cache;
        this.indexes = indexes;
    }

    /** Every event of a newly opened run; later filters derive from it with {@link #keeping}. */
    static VisibleRows of(TraceFacts facts, int[] indexes) {
        return new VisibleRows(facts, new TraceRow[facts.size()], indexes);
    }

    /** The same run's rows, keeping {@code matching} (ascending trace indexes). */
    VisibleRows keeping(int[] matching) {
        return new VisibleRows(facts, cache, matching);
    }

    @Override
    public TraceRow get(int row) {
        int index = indexes[row];
        TraceRow r = cache[index];
        if (r == null) {
            r = TraceRow.of(facts, index);
            cache[index] = r;
        }
        return r;
    }

    @Override
    public int size() {
        return indexes.length;
    }

    /** The trace index shown at {@code row}. */
    int indexAt(int row) {
        return indexes[row];
    }

    /** The row showing trace index {@code index}, or {@code -(insertion point) - 1} when it is filtered out. */
    int rowOf(int index) {
        return Arrays.binarySearch(indexes, index);
    }

    /** Identity: a list of 100,000 lazily built rows is never compared element by element. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** How many rows have been built so far (a test's window on laziness). */
    int built() {
        int n = 0;
        for (TraceRow r : cache) if (r != null) n++;
        return n;
    }
}
