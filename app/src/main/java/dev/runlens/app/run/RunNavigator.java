package dev.runlens.app.run;

/**
 * How a screen outside the Runs workspace (the approval inbox, the costs dashboard) sends the user
 * to a run: the library run is opened in the run view, then {@code tab} comes to the front and
 * {@code stepId} (when not null) is selected.
 */
@FunctionalInterface
public interface RunNavigator {
    void openRun(long bundleId, RunTab tab, String stepId);
}
