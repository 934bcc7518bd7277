package dev.runlens.replay.filter;

import java.util.Arrays;
import java.util.concurrent.CancellationException;

/**
 * A compiled display filter over the events of a run ({@link TraceFacts}); the language is
 * described in {@code package-info.java}. Immutable and safe to share between threads.
 */
public final class DisplayFilter {
    /** The empty filter: every event. */
    public static final DisplayFilter ALL = new DisplayFilter("", new Expr.All());

    private static final int INTERRUPT_CHECK = 1024;

    private final String text;
    private final Expr expr;

    private DisplayFilter(String text, Expr expr) {
        this.text = text;
        this.expr = expr;
    }

    /** Parses {@code text} (null or blank: {@link #ALL}); never throws. */
    public static FilterResult parse(String text) {
        if (text == null) return new FilterResult.Valid(ALL);
        if (text.isBlank()) return new FilterResult.Valid(new DisplayFilter(text, new Expr.All()));
        try {
            return new FilterResult.Valid(new DisplayFilter(text, Parser.parse(text)));
        } catch (FilterSyntaxException e) {
            return new FilterResult.Invalid(text, e.error());
        }
    }

    /** The text it was parsed from, as typed. */
    public String text() {
        return text;
    }

    /** Whether it keeps every event (the text is blank). */
    public boolean matchesAll() {
        return expr instanceof Expr.All;
    }

    public boolean test(TraceFacts facts, int index) {
        return expr.test(facts, index);
    }

    /**
     * The indexes of the matching events, ascending. Checks the thread's interrupt flag as it
     * goes, so cancelled background work stops early.
     *
     * @throws CancellationException when the thread is interrupted
     */
    public int[] select(TraceFacts facts) {
        int n = facts.size();
        if (matchesAll()) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] out = new int[Math.min(n, 1024)];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (i % INTERRUPT_CHECK == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("filter cancelled");
            }
            if (expr.test(facts, i)) {
                if (count == out.length) out = Arrays.copyOf(out, Math.min(n, out.length * 2));
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** The canonical form: each group in parentheses, bare words as {@code text~word}. */
    public String canonical() {
        return expr.show();
    }

    @Override
    public String toString() {
        return canonical();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisplayFilter f && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
