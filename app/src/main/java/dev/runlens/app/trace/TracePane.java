package dev.runlens.app.trace;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.Styles;
import dev.runlens.workbench.TaskExecutor;
import javafx.scene.layout.StackPane;

/**
 * The Trace tab of the run view: every event, a display filter, the selected event's details
 * ({@link TraceView} over {@link TraceViewModel}).
 */
public final class TracePane extends StackPane {
    public static final String ID = "trace-pane";
    public static final String TABLE_ID = "trace-table";
    public static final String FILTER_ID = "trace-filter";
    public static final String FILTER_ERROR_ID = "trace-filter-error";
    public static final String COUNT_ID = "trace-count";
    public static final String NOTE_ID = "trace-selection-note";
    public static final String TREE_ID = "trace-json-tree";
    public static final String RAW_JSON_ID = "trace-raw-json";
    public static final String DETAILS_TITLE_ID = "trace-details-title";

    public TracePane(RunSession session, TaskExecutor executor) {
        setId(ID);
        getStylesheets().add(Styles.resource(TracePane.class, "trace.css"));
        getChildren().add(new TraceView(new TraceViewModel(session, executor),
                session.tabProperty().map(t -> t == RunTab.TRACE)));
    }
}
