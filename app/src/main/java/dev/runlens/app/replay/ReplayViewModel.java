package dev.runlens.app.replay;

import dev.runlens.app.decisions.DecisionBadge;
import dev.runlens.app.decisions.DecisionMark;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.model.TraceEvent;
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

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Replay tab: a cursor over the trace (the session's {@code position}) and what the run looked
 * like there ({@link ReplayFrame}: the model call, artifacts with a diff between versions, gates).
 * Moving the cursor updates the position text at once and recomputes the frame on the executor;
 * only the newest request's result reaches {@link #frameProperty()}, older ones are cancelled and
 * ignored ({@code STYLE.md} #5). The run's receipts and the frames are computed only while the
 * Replay tab is in front (and when it comes to the front). Touches no control; use it, and let the executor deliver, on one
 * thread (the FX thread in the app).
 */
public final class ReplayViewModel {
    private final RunSession session;
    private final TaskExecutor executor;

    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper(this, "positionText", "No run open.");
    private final ReadOnlyObjectWrapper<ReplayFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame", ReplayFrame.EMPTY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasPreviousReceipt = new ReadOnlyBooleanWrapper(this, "hasPreviousReceipt");
    private final ReadOnlyBooleanWrapper hasNextReceipt = new ReadOnlyBooleanWrapper(this, "hasNextReceipt");
    private final ReadOnlyObjectWrapper<Map<String, DecisionBadge>> signatures = new ReadOnlyObjectWrapper<>(this, "signatures", Map.of());

    private ReplayContext context;
    private Replay waiting;
    private TaskExecutor.Cancellable loading = TaskExecutor.DONE;
    private TaskExecutor.Cancellable computing = TaskExecutor.DONE;
    private long loadTicket;
    private long frameTicket;
    private boolean stale = true;
    private String artifactKey;
    private OptionalInt compareIndex = OptionalInt.empty();

    public ReplayViewModel(RunSession session, TaskExecutor executor) {
        this(session, executor, new SimpleObjectProperty<>(List.of()));
    }

    /** @param signed the signed decisions on the open run (verified elsewhere): the gate table's signature column */
    public ReplayViewModel(RunSession session, TaskExecutor executor, ObservableValue<List<DecisionMark>> signed) {
        signed.subscribe(marks -> signatures.set(DecisionBadge.byRequest(marks == null ? List.of() : marks)));
        this.session = session;
        this.executor = executor;
        session.inspectionProperty().addListener((o, was, now) -> {
            if (RunSession.anotherRun(was, now)) load(now);
        });
        session.positionProperty().addListener((o, was, now) -> moved());
        session.tabProperty().addListener((o, was, now) -> refreshIfShown());
        load(session.inspectionProperty().get());
    }

    // ------------------------------------------------------------------ commands

    /** Puts the cursor at {@code p} (clamped to {@code 0..size}). */
    public void moveTo(int p) {
        session.moveTo(p);
    }

    public void first() {
        moveTo(0);
    }

    public void last() {
        moveTo(size.get());
    }

    public void nextEvent() {
        moveTo(position() + 1);
    }

    public void previousEvent() {
        moveTo(position() - 1);
    }

    /** Moves just after the next model call's response; does nothing after the last one or before the receipts are known. */
    public void nextReceipt() {
        if (context != null) context.receipts().next(position()).ifPresent(this::moveTo);
    }

    public void previousReceipt() {
        if (context != null) context.receipts().previous(position()).ifPresent(this::moveTo);
    }

    /**
     * Shows artifact {@code key} (as written) wherever the cursor goes while it exists; until one is
     * chosen, the artifact changed last is shown. Null changes nothing.
     */
    public void selectArtifact(String key) {
        if (key == null) return;
        boolean shown = frame.get().artifact().key().filter(key::equals).isPresent();
        artifactKey = key;
        if (shown) return;
        compareIndex = OptionalInt.empty();
        refresh();
    }

    /** Compares the shown artifact with {@code version} (one of the frame's choices); the one already compared changes nothing. */
    public void compareWith(VersionChoice version) {
        if (version == null || frame.get().artifact().comparedWith().filter(version::equals).isPresent()) return;
        compareIndex = OptionalInt.of(version.index());
        refresh();
    }

    // ------------------------------------------------------------------ state

    public ReadOnlyIntegerProperty positionProperty() {
        return session.positionProperty();
    }

    /** Number of trace events of the open run: the cursor runs over {@code 0..size}. */
    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** E.g. "event 123 of 4,567 — model_io extract_facts 2026-09-17T06:14:04.156Z". */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    /** What the run looked like at the cursor (the newest frame computed). */
    public ReadOnlyObjectProperty<ReplayFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** True while the frame for the cursor is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Signed decisions per gate request event id ({@link GateRow#requestEventId()}): valid, invalid with the reason, or untrusted key. */
    public ReadOnlyObjectProperty<Map<String, DecisionBadge>> signaturesProperty() {
        return signatures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousReceiptProperty() {
        return hasPreviousReceipt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextReceiptProperty() {
        return hasNextReceipt.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ work

    private int position() {
        return session.positionProperty().get();
    }

    private void load(Inspection run) {
        loading.cancel();
        computing.cancel();
        ++loadTicket;
        waiting = null;
        frameTicket++;
        context = null;
        artifactKey = null;
        compareIndex = OptionalInt.empty();
        busy.set(false);
        frame.set(ReplayFrame.EMPTY);
        Optional<Replay> replay = Optional.ofNullable(run).flatMap(Inspection::replay);
        size.set(replay.map(Replay::size).orElse(0));
        moved();
        if (replay.isEmpty()) {
            if (run != null) frame.set(ReplayFrame.notReplayable());
            return;
        }
        waiting = replay.get();
        refreshIfShown();
    }

    /** Prepares the open run's receipts once the Replay tab is in front; until then nothing is computed for it. */
    private void prepare() {
        Replay r = waiting;
        waiting = null;
        long ticket = loadTicket;
        var receipts = session.receipts(r.bundle());
        loading = executor.submit(() -> ReplayContext.of(r, receipts.get()),
                c -> { if (ticket == loadTicket) ready(c); },
                e -> { if (ticket == loadTicket) frame.set(ReplayFrame.failed(position(), e)); });
    }

    private void ready(ReplayContext c) {
        context = c;
        moved();
    }

    private void moved() {
        int p = position();
        positionText.set(describe(p));
        hasPreviousReceipt.set(context != null && context.receipts().previous(p).isPresent());
        hasNextReceipt.set(context != null && context.receipts().next(p).isPresent());
        stale = true;
        refreshIfShown();
    }

    private void refreshIfShown() {
        if (session.tabProperty().get() != RunTab.REPLAY) return;
        if (waiting != null) prepare();
        else if (stale) refresh();
    }

    /** Recomputes the frame for the cursor and the current choices; cancels and ignores any older request. */
    private void refresh() {
        computing.cancel();
        long ticket = ++frameTicket;
        if (context == null) return;
        ReplayContext c = context;
        int p = position();
        String key = artifactKey;
        OptionalInt compare = compareIndex;
        stale = false;
        busy.set(true);
        computing = executor.submit(() -> Frames.build(c, p, key, compare),
                f -> { if (ticket == frameTicket) show(f); },
                e -> { if (ticket == frameTicket) show(ReplayFrame.failed(p, e)); });
    }

    private void show(ReplayFrame f) {
        busy.set(false);
        frame.set(f);
    }

    private String describe(int p) {
        Optional<Replay> replay = session.replay();
        if (replay.isEmpty()) return "No run open.";
        int n = replay.get().size();
        if (p == 0) return String.format(Locale.ROOT, "start — 0 of %,d events applied", n);
        TraceEvent e = replay.get().event(p - 1);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "event %,d of %,d — %s", p, n, PlainText.of(e.type())));
        e.stepId().ifPresent(s -> sb.append(' ').append(PlainText.of(s)));
        sb.append(' ').append(PlainText.of(e.ts()));
        return sb.toString();
    }
}
