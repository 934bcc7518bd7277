package dev.runlens.app.run;

import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Replay;
import dev.runlens.replay.receipt.Receipts;
import dev.runlens.workbench.Inspection;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every screen of the run view shares: the open run ({@link Inspection}), the replay cursor,
 * the selected event and step, and which tab is in front. The tabs' view models read and move
 * these; none of them touches a control. Use on one thread (the FX thread in the app).
 *
 * <p>The cursor {@code position} counts applied trace events ({@code 0..size}): the state shown is
 * {@code replay.stateAt(position)}, and selecting event {@code i} puts the cursor at {@code i + 1}.
 */
public final class RunSession {
    public static final int NO_EVENT = -1;

    private final ReadOnlyObjectWrapper<Inspection> inspection = new ReadOnlyObjectWrapper<>(this, "inspection");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper selectedEvent = new ReadOnlyIntegerWrapper(this, "selectedEvent", NO_EVENT);
    private final ReadOnlyObjectWrapper<String> selectedStep = new ReadOnlyObjectWrapper<>(this, "selectedStep");
    private final ObjectProperty<RunTab> tab = new SimpleObjectProperty<>(this, "tab", RunTab.OVERVIEW);
    private RunAnalyses analyses;

    /** Shows {@code run} (null: nothing open); the cursor goes to the end of its trace, nothing is selected. */
    public void show(Inspection run) {
        selectedEvent.set(NO_EVENT);
        selectedStep.set(null);
        position.set(0);
        if (run == null || !run.sameRun(inspection.get())) analyses = RunAnalyses.of(run);
        inspection.set(run);
        position.set(size());
    }

    /**
     * The open run's audit arrived ({@code audited} is the open run with its audit, see
     * {@link Inspection#withAudit}): it replaces the open run; cursor, selection and tab stay.
     * Ignored when {@code audited} is not the open run (another one was opened meanwhile).
     */
    public void showAudited(Inspection audited) {
        Inspection open = inspection.get();
        if (open != null && open.sameRun(audited) && audited.audited()) inspection.set(audited);
    }

    /**
     * What the tabs share of the open run's analyses (computed once, by the first tab that needs
     * it, off the FX thread); null when no readable run is open. Take it on the FX thread together
     * with the run and hand it to the background work.
     */
    public RunAnalyses analyses() {
        return analyses;
    }

    /**
     * The receipts of {@code bundle} for background work: the open run's shared ones (computed
     * once for all tabs), or computed for {@code bundle} alone when it is not the open run's. Call
     * on the FX thread; call what it returns on any thread.
     */
    public Supplier<Receipts> receipts(RunBundle bundle) {
        RunAnalyses a = analyses;
        return a != null && a.bundle() == bundle ? a::receipts : () -> Receipts.of(bundle);
    }

    /** True while a run is open whose audit has not arrived yet. */
    public boolean auditPending() {
        Inspection open = inspection.get();
        return open != null && !open.audited();
    }

    /**
     * True when {@code now} is another run than {@code was} (or none): what a tab's listener on
     * {@link #inspectionProperty()} checks so it does not redo its work when only the audit arrived.
     */
    public static boolean anotherRun(Inspection was, Inspection now) {
        return now == null || !now.sameRun(was);
    }

    /**
     * The open run, or null. Set when a run is opened, and set again to the same run with its
     * audit when that arrives later ({@link #showAudited}).
     */
    public ReadOnlyObjectProperty<Inspection> inspectionProperty() {
        return inspection.getReadOnlyProperty();
    }

    public Optional<Inspection> inspection() {
        return Optional.ofNullable(inspection.get());
    }

    public Optional<Replay> replay() {
        return inspection().flatMap(Inspection::replay);
    }

    /** The number of trace events of the open run (0 when none or unreadable). */
    public int size() {
        return replay().map(Replay::size).orElse(0);
    }

    // ------------------------------------------------------------------ cursor and selection

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Moves the cursor, clamped to {@code 0..size}; the selected event follows (the last applied one). */
    public void moveTo(int newPosition) {
        int p = Math.max(0, Math.min(size(), newPosition));
        position.set(p);
        selectedEvent.set(p == 0 ? NO_EVENT : p - 1);
    }

    public ReadOnlyIntegerProperty selectedEventProperty() {
        return selectedEvent.getReadOnlyProperty();
    }

    /** Selects event {@code index} (0-based trace index) and puts the cursor just after it; ignored when out of range. */
    public void selectEvent(int index) {
        if (index < 0 || index >= size()) return;
        position.set(index + 1);
        selectedEvent.set(index);
    }

    public ReadOnlyObjectProperty<String> selectedStepProperty() {
        return selectedStep.getReadOnlyProperty();
    }

    /** Selects a workflow step by id (null clears). */
    public void selectStep(String stepId) {
        selectedStep.set(stepId);
    }

    /** Which tab is in front; views bind their tab pane to it both ways. */
    public ObjectProperty<RunTab> tabProperty() {
        return tab;
    }

    /** Brings {@code t} to the front. */
    public void showTab(RunTab t) {
        tab.set(t);
    }
}
