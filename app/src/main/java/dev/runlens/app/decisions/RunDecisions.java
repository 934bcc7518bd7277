package dev.runlens.app.decisions;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.ui.PlainText;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.List;

/**
 * The signed decisions on the run the session shows, verified off the FX thread whenever the run
 * changes or {@code changes} moves (a decision was signed); only the newest lookup's result is
 * published. The DAG and Replay tabs read {@link #marksProperty()}. Touches no control.
 */
public final class RunDecisions {
    private final RunSession session;
    private final TaskExecutor executor;
    private final DecisionsLookup lookup;
    private final ReadOnlyObjectWrapper<List<DecisionMark>> marks = new ReadOnlyObjectWrapper<>(this, "marks", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private TaskExecutor.Cancellable running = TaskExecutor.DONE;
    private long ticket;
    private Inspection shown;

    public RunDecisions(RunSession session, TaskExecutor executor, DecisionsLookup lookup, ObservableValue<?> changes) {
        this.session = session;
        this.executor = executor;
        this.lookup = lookup;
        session.inspectionProperty().addListener((o, was, now) -> {
            if (RunSession.anotherRun(was, now)) refresh(); // not again when only the run's audit arrived
        });
        changes.addListener((o, was, now) -> refresh());
        refresh();
    }

    /** The decisions on the open run (empty while none, or while they are being verified). */
    public ReadOnlyObjectProperty<List<DecisionMark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** Why the decisions could not be checked; empty when they could. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Looks the open run's decisions up again; the newest request wins. */
    public void refresh() {
        running.cancel();
        long mine = ++ticket;
        Inspection run = session.inspectionProperty().get();
        if (run != shown && RunSession.anotherRun(shown, run)) {
            shown = run;
            marks.set(List.of()); // never show another run's decisions while this one's are checked
            message.set("");
        }
        if (run == null) return;
        running = executor.submit(() -> lookup.lookup(run),
                found -> {
                    if (mine != ticket) return;
                    marks.set(List.copyOf(found));
                    message.set("");
                },
                error -> {
                    if (mine != ticket) return;
                    marks.set(List.of());
                    message.set("Cannot check the signed decisions: " + PlainText.of(String.valueOf(error.getMessage())));
                });
    }
}
