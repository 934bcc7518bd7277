package dev.runlens.app.dag;

/** A step's cost against the run's most expensive step, in four buckets (see {@link HeatScale}). */
public enum Heat {
    /** Spent nothing so far. */
    NONE("no cost"),
    /** Up to a third of the most expensive step. */
    COLD("cold"),
    /** Up to two thirds. */
    WARM("warm"),
    /** More than two thirds. */
    HOT("hot");

    private final String label;

    Heat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
