package dev.runlens.costs.rollup;

/** Time buckets of a cost table: none (one bucket), UTC days, or ISO weeks. */
public enum Period {
    ALL, DAY, WEEK;

    String of(RunCost r) {
        return switch (this) {
            case ALL -> "";
            case DAY -> r.day().toString();
            case WEEK -> r.week();
        };
    }
}
