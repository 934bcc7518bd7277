package dev.runlens.app.dag;

import dev.runlens.app.decisions.DecisionMark;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import dev.runlens.graph.layout.ElkLayeredLayout;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The DAG tab of the run view: toolbar (zoom, fit, critical path), the {@link DagView}, the
 * selected step's {@link StepPanel} and the legend. It binds to {@link DagViewModel} while
 * showing and forwards the user's choices to it.
 */
public final class DagPane extends BorderPane {
    public static final String VIEW_ID = "dag-view";
    public static final String PANEL_ID = StepPanel.ID;
    public static final String LEGEND_ID = LegendBar.ID;
    public static final String ZOOM_IN_ID = "dag-zoom-in";
    public static final String ZOOM_OUT_ID = "dag-zoom-out";
    public static final String FIT_ID = "dag-fit";
    public static final String MESSAGE_ID = "dag-message";
    public static final String CRITICAL_SUMMARY_ID = "dag-critical-summary";

    /** The id of the toggle that shows critical path {@code mode}. */
    public static String criticalToggleId(CriticalMode mode) {
        return "dag-critical-" + mode.name().toLowerCase(Locale.ROOT);
    }

    /** The CSS id of the node of step {@code stepId} (steps whose id is not a valid CSS id have none). */
    public static String nodeId(String stepId) {
        return NodeCell.idFor(stepId);
    }

    private final DagViewModel model;
    private final DagView view = new DagView();
    private final ToggleGroup critical = new ToggleGroup();

    public DagPane(RunSession session, TaskExecutor executor) {
        this(new DagViewModel(session, executor, new ElkLayeredLayout()));
    }

    /** With a badge on each step that has signed decisions ({@code signed}: the open run's, verified). */
    public DagPane(RunSession session, TaskExecutor executor, ObservableValue<List<DecisionMark>> signed) {
        this(new DagViewModel(session, executor, new ElkLayeredLayout(), signed));
    }

    DagPane(DagViewModel model) {
        this.model = model;
        ObservableValue<Boolean> showing = Lifecycle.showing(this);
        getStyleClass().add(Styles.DAG_PANE);
        getStylesheets().add(Styles.resource(DagPane.class, "dag.css"));

        view.setId(VIEW_ID);
        view.layoutProperty().bind(model.layoutProperty().when(showing));
        view.nodesProperty().bind(model.nodesProperty().when(showing));
        view.edgesProperty().bind(model.edgesProperty().when(showing));
        view.decisionsProperty().bind(model.decisionsProperty().when(showing));
        model.selectedStepProperty().when(showing).subscribe(id -> {
            if (!Objects.equals(view.getSelectedNode(), id)) view.setSelectedNode(id);
            if (id != null) view.reveal(id);
        });
        view.selectedNodeProperty().subscribe(id -> {
            if (id != null && !Objects.equals(model.selectedStepProperty().get(), id)) model.select(id);
        });

        SplitPane split = new SplitPane(view, new StepPanel(model.detailsProperty().when(showing)));
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setTop(toolbar(showing));
        setCenter(split);
        setBottom(new VBox(message(showing), new LegendBar(model.legendProperty().when(showing))));
    }

    private HBox toolbar(ObservableValue<Boolean> showing) {
        Button out = button("−", ZOOM_OUT_ID, "Zoom out (-, Ctrl+scroll)", view::zoomOut);
        Button in = button("+", ZOOM_IN_ID, "Zoom in (+, Ctrl+scroll)", view::zoomIn);
        Button fit = button("Fit", FIT_ID, "Show the whole workflow (F)", view::fit);
        Label zoom = new Label();
        zoom.textProperty().bind(view.zoomProperty().map(z -> Math.round(z.doubleValue() * 100) + " %"));
        zoom.setMinWidth(48);

        Label criticalLabel = new Label("Critical path:");
        HBox toggles = new HBox();
        for (CriticalMode m : CriticalMode.values()) {
            ToggleButton t = new ToggleButton(m.label());
            t.setId(criticalToggleId(m));
            t.setUserData(m);
            t.setToggleGroup(critical);
            toggles.getChildren().add(t);
        }
        model.criticalModeProperty().when(showing).subscribe(m -> critical.getToggles().stream()
                .filter(t -> t.getUserData() == m).findFirst().ifPresent(critical::selectToggle));
        critical.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) critical.selectToggle(was); // one mode is always chosen
            else model.showCritical((CriticalMode) now.getUserData());
        });
        Label summary = new Label();
        summary.setId(CRITICAL_SUMMARY_ID);
        summary.textProperty().bind(model.criticalSummaryProperty().when(showing));
        summary.getStyleClass().add(Styles.DAG_NODE_STATUS);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty().when(showing));
        busy.managedProperty().bind(busy.visibleProperty());

        HBox bar = new HBox(6, out, in, fit, zoom, new Separator(Orientation.VERTICAL), criticalLabel, toggles,
                summary, busy);
        HBox.setHgrow(summary, Priority.ALWAYS);
        bar.getStyleClass().add(Styles.DAG_TOOLBAR);
        return bar;
    }

    private Label message(ObservableValue<Boolean> showing) {
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DAG_MESSAGE);
        message.textProperty().bind(model.messageProperty().when(showing));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The drawing, for tests and keyboard focus. */
    DagView view() {
        return view;
    }
}
