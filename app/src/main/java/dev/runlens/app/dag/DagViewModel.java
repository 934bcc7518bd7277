package dev.runlens.app.dag;

import dev.runlens.app.decisions.DecisionBadge;
import dev.runlens.app.decisions.DecisionMark;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.PlainText;
import dev.runlens.graph.Edge;
import dev.runlens.graph.layout.DagLayout;
import dev.runlens.graph.layout.Layout;
import dev.runlens.graph.layout.LayoutMonitor;
import dev.runlens.replay.Replay;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The DAG tab's logic. Once per run it lays the workflow out and prepares what does not change
 * with the cursor ({@link PreparedRun}); at every cursor move or selection it computes the
 * {@link Frame} at the cursor; both off the FX thread, and only the newest result is shown (a
 * stale one is dropped). It follows {@link RunSession}'s cursor and selected step and moves the
 * selection; it never touches a control.
 */
public final class DagViewModel {
    private final RunSession session;
    private final TaskExecutor executor;
    private final DagLayout engine;

    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyObjectWrapper<List<DagNode>> nodes = new ReadOnlyObjectWrapper<>(this, "nodes", List.of());
    private final ReadOnlyObjectWrapper<List<DagEdge>> edges = new ReadOnlyObjectWrapper<>(this, "edges", List.of());
    private final ReadOnlyObjectWrapper<List<LegendEntry>> legend = new ReadOnlyObjectWrapper<>(this, "legend", List.of());
    private final ReadOnlyObjectWrapper<StepDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<CriticalMode> criticalMode =
            new ReadOnlyObjectWrapper<>(this, "criticalMode", CriticalMode.NONE);
    private final ReadOnlyStringWrapper criticalSummary = new ReadOnlyStringWrapper(this, "criticalSummary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper shownPosition = new ReadOnlyIntegerWrapper(this, "shownPosition", -1);
    private final ReadOnlyObjectWrapper<Map<String, DecisionBadge>> decisions = new ReadOnlyObjectWrapper<>(this, "decisions", Map.of());

    private PreparedRun run;
    private Replay waitingRun;
    private boolean frameWaiting;
    private Frame frame;
    private long runGeneration;
    private long frameGeneration;
    private TaskExecutor.Cancellable layoutTask;
    private TaskExecutor.Cancellable frameTask;

    public DagViewModel(RunSession session, TaskExecutor executor, DagLayout engine) {
        this(session, executor, engine, new SimpleObjectProperty<>(List.of()));
    }

    /**
     * @param signed the signed decisions on the open run (verified elsewhere, off the FX thread):
     *               each step they are on gets a {@link #decisionsProperty() decision badge}
     */
    public DagViewModel(RunSession session, TaskExecutor executor, DagLayout engine, ObservableValue<List<DecisionMark>> signed) {
        signed.subscribe(marks -> decisions.set(DecisionBadge.byStep(marks == null ? List.of() : marks)));
        this.session = session;
        this.executor = executor;
        this.engine = engine;
        session.inspectionProperty().addListener((o, was, now) -> {
            if (RunSession.anotherRun(was, now)) load(now);
        });
        session.positionProperty().addListener((o, was, now) -> refresh());
        session.selectedStepProperty().addListener((o, was, now) -> refresh());
        session.tabProperty().addListener((o, was, now) -> cameToFront());
        load(session.inspectionProperty().get());
    }

    // ------------------------------------------------------------------ what the view shows

    /** The workflow laid out (node boxes and edge routes), or null before the layout is done. */
    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Every node at the cursor, in workflow order. */
    public ReadOnlyObjectProperty<List<DagNode>> nodesProperty() {
        return nodes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<DagEdge>> edgesProperty() {
        return edges.getReadOnlyProperty();
    }

    /** The cost heat buckets with the run's figures. */
    public ReadOnlyObjectProperty<List<LegendEntry>> legendProperty() {
        return legend.getReadOnlyProperty();
    }

    /** The signed decisions on the open run per step id (valid, invalid or untrusted key); no entry: none on that step. */
    public ReadOnlyObjectProperty<Map<String, DecisionBadge>> decisionsProperty() {
        return decisions.getReadOnlyProperty();
    }

    /** The selected step at the cursor (receipts, artifacts, gates), or null when none is selected. */
    public ReadOnlyObjectProperty<StepDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The step selected anywhere in the run view (null: none). */
    public ReadOnlyObjectProperty<String> selectedStepProperty() {
        return session.selectedStepProperty();
    }

    public ReadOnlyObjectProperty<CriticalMode> criticalModeProperty() {
        return criticalMode.getReadOnlyProperty();
    }

    /** What the highlighted critical path is ("Longest path: 12 steps, ..."); empty when off. */
    public ReadOnlyStringProperty criticalSummaryProperty() {
        return criticalSummary.getReadOnlyProperty();
    }

    /** Progress and what could not be drawn (unknown steps in edges, cycles, errors); empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the layout runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The cursor position the nodes show (-1 before the first frame). */
    public ReadOnlyIntegerProperty shownPositionProperty() {
        return shownPosition.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands

    /** Selects a step for the whole run view (null clears). */
    public void select(String stepId) {
        session.selectStep(stepId);
    }

    /** Highlights a critical path (or none). */
    public void showCritical(CriticalMode mode) {
        criticalMode.set(mode == null ? CriticalMode.NONE : mode);
        publish();
    }

    // ------------------------------------------------------------------ background work

    private void load(Inspection inspection) {
        runGeneration++;
        waitingRun = null;
        frameWaiting = false;
        cancel(layoutTask);
        cancel(frameTask);
        run = null;
        frame = null;
        layout.set(null);
        publish();
        busy.set(false);
        Optional<Replay> replay = inspection == null ? Optional.empty() : inspection.replay();
        if (replay.isEmpty()) {
            message.set(inspection == null ? "" : "No workflow to draw: the file is not a readable run.");
            return;
        }
        waitingRun = replay.get();
        cameToFront();
    }

    private boolean inFront() {
        return session.tabProperty().get() == RunTab.DAG;
    }

    /** Does what waited for the DAG tab: the layout of the open run, or the frame at the cursor. */
    private void cameToFront() {
        if (!inFront()) return;
        if (waitingRun != null) {
            Replay r = waitingRun;
            waitingRun = null;
            layOut(r);
        } else if (frameWaiting) {
            refresh();
        }
    }

    private void layOut(Replay r) {
        long generation = runGeneration;
        busy.set(true);
        message.set("Laying out " + r.dag().nodes().size() + " steps…");
        var receipts = session.receipts(r.bundle());
        layoutTask = executor.submit(() -> PreparedRun.of(r, receipts.get(), engine, LayoutMonitor.interruptible()),
                prepared -> {
                    if (generation == runGeneration) prepared(prepared);
                },
                error -> {
                    if (generation != runGeneration) return;
                    busy.set(false);
                    if (!(error instanceof CancellationException)) {
                        message.set("Cannot lay out the workflow: " + PlainText.of(String.valueOf(error.getMessage())));
                    }
                });
    }

    private void prepared(PreparedRun prepared) {
        busy.set(false);
        run = prepared;
        layout.set(prepared.layout);
        message.set(prepared.layout.nodes().isEmpty() ? "The workflow has no steps." : String.join("\n", prepared.notes));
        refresh();
    }

    /** Computes the frame at the cursor for the selected step; only the newest request is shown. */
    private void refresh() {
        if (run == null) return;
        if (!inFront()) {
            frameWaiting = true;
            return;
        }
        frameWaiting = false;
        PreparedRun r = run;
        int position = Math.max(0, Math.min(r.replay.size(), session.positionProperty().get()));
        String selected = session.selectedStepProperty().get();
        long generation = ++frameGeneration;
        cancel(frameTask);
        frameTask = executor.submit(() -> Frame.at(r, position, selected),
                f -> {
                    if (generation == frameGeneration && r == run) {
                        frame = f;
                        publish();
                    }
                },
                error -> {
                    if (generation == frameGeneration && !(error instanceof CancellationException)) {
                        message.set("Cannot show position " + position + ": " + error);
                    }
                });
    }

    /** Shows the current frame with the current critical path. */
    private void publish() {
        if (frame == null || run == null) {
            nodes.set(List.of());
            edges.set(List.of());
            legend.set(List.of());
            details.set(null);
            criticalSummary.set("");
            shownPosition.set(-1);
            return;
        }
        List<String> path = run.critical.get(criticalMode.get());
        Set<String> onPath = new HashSet<>(path);
        Set<Edge> pathEdges = new HashSet<>(PreparedRun.edgesOf(path));
        nodes.set(frame.nodes().stream().map(n -> n.withCritical(onPath.contains(n.id()))).toList());
        edges.set(frame.edges().stream().map(e -> e.withCritical(pathEdges.contains(e.edge()))).toList());
        legend.set(frame.legend());
        details.set(frame.details().orElse(null));
        criticalSummary.set(run.criticalSummary.get(criticalMode.get()));
        shownPosition.set(frame.position());
    }

    private static void cancel(TaskExecutor.Cancellable task) {
        if (task != null) task.cancel();
    }
}
