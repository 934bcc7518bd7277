package dev.runlens.app.dag;

/** Which critical path the DAG highlights. */
public enum CriticalMode {
    NONE("Off"),
    /** The most expensive root-to-sink path in the run's main currency. */
    COST("By cost"),
    /** The longest root-to-sink path by machine time plus gate waiting. */
    LATENCY("By latency");

    private final String label;

    CriticalMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
