package dev.runlens.app.run;

/** The tabs of the run view, in order. */
public enum RunTab {
    OVERVIEW("Overview"),
    DAG("DAG"),
    TRACE("Trace"),
    REPLAY("Replay"),
    FINDINGS("Findings"),
    COSTS("Costs");

    private final String title;

    RunTab(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
