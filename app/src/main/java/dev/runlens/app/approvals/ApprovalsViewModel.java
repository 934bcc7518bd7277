package dev.runlens.app.approvals;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.run.RunNavigator;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.TextClipboard;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.handback.HandBack;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.library.RunLibrary;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The approval inbox: every pending gate across the library, one row each (see {@link Inbox}); the
 * selected gate's {@link GateDetail}; the decision dialog's view model for it; the hand-back of a
 * gate signed here, with a copy command; and a way to open the run at its step in the Runs
 * workspace. Lists and details are built on the executor, the newest request wins. Touches no control.
 */
public final class ApprovalsViewModel {
    private final RunLibrary library;
    private final TaskExecutor executor;
    private final SigningContext context;
    private final RunNavigator navigator;
    private final TextClipboard clipboard;

    private final ObservableList<InboxRow> rows = FXCollections.observableArrayList();
    private final ObservableList<InboxRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<InboxRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<GateDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper handBack = new ReadOnlyStringWrapper(this, "handBack", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(this, "canDecide");

    /** The selected gate's hand-back exactly as the runtime takes it (the clipboard gets this, not the escaped text). */
    private Optional<String> currentHandBack = Optional.empty();
    private TaskExecutor.Cancellable listing = TaskExecutor.DONE;
    private TaskExecutor.Cancellable detailing = TaskExecutor.DONE;
    private long listTicket;
    private long detailTicket;

    public ApprovalsViewModel(RunLibrary library, TaskExecutor executor, SigningContext context, RunNavigator navigator,
                              TextClipboard clipboard) {
        this.library = library;
        this.executor = executor;
        this.context = context;
        this.navigator = navigator;
        this.clipboard = clipboard;
    }

    // ------------------------------------------------------------------ state

    /** One row per pending gate, oldest request first. */
    public ObservableList<InboxRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<InboxRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What is being decided at the selected gate; null while none is selected or it is being read. */
    public ReadOnlyObjectProperty<GateDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The selected gate's hand-back (the runtime calls), shown plain, once it was signed here; empty otherwise. */
    public ReadOnlyStringProperty handBackProperty() {
        return handBack.getReadOnlyProperty();
    }

    /** E.g. "3 gates waiting in 3 runs"; problems and failures too. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when a decision can be signed on the selected gate (its run's integrity is valid and its detail is shown). */
    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands

    /** Lists the pending gates again; the selection is kept when its gate is still pending. */
    public void refresh() {
        listing.cancel();
        long ticket = ++listTicket;
        busy.set(true);
        status.set("Looking for pending gates…");
        GateDecisions.CheckSettings settings = context.checkSettings();
        listing = executor.submit(() -> Inbox.load(library, context.decisions(), settings, context.clock().instant()),
                loaded -> { if (ticket == listTicket) show(loaded); },
                e -> {
                    if (ticket != listTicket) return;
                    busy.set(false);
                    status.set("Cannot list the pending gates: " + PlainText.of(String.valueOf(e.getMessage())));
                });
    }

    private void show(Inbox.Loaded loaded) {
        busy.set(false);
        String keep = selected.get() == null ? null : selected.get().key();
        rows.setAll(loaded.rows());
        long runs = loaded.rows().stream().map(InboxRow::bundleId).distinct().count();
        long signed = loaded.rows().stream().filter(r -> r.signed().isPresent()).count();
        status.set(loaded.rows().isEmpty() ? "No gate is waiting for a decision in the library."
                : count(loaded.rows().size(), "gate") + " waiting in " + count(runs, "run")
                + (signed == 0 ? "" : " · " + signed + " signed, awaiting hand-back")
                + (loaded.problems().isEmpty() ? "" : " · unreadable: " + String.join("; ", loaded.problems())));
        select(rows.stream().filter(r -> r.key().equals(keep)).findFirst().orElse(null));
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** Shows what is being decided at {@code row} (null clears), read from the run's kept original on the executor. */
    public void select(InboxRow row) {
        detailing.cancel();
        long ticket = ++detailTicket;
        selected.set(row);
        detail.set(null);
        canDecide.set(false);
        currentHandBack = Optional.empty();
        handBack.set(row == null ? "" : row.signed().map(k -> handBackText(k.handBack())).orElse(""));
        if (row == null) return;
        detailing = executor.submit(() -> GateDetails.of(row, library.inspect(row.bundleId()), context.clock().instant()),
                d -> {
                    if (ticket != detailTicket) return;
                    detail.set(d);
                    canDecide.set(row.signable());
                },
                e -> {
                    if (ticket != detailTicket) return;
                    status.set("Cannot read " + row.text().run() + ": " + PlainText.of(String.valueOf(e.getMessage())));
                });
    }

    /** Opens the selected gate's run in the Runs workspace, on the DAG with its step selected. */
    public void openInRuns() {
        InboxRow row = selected.get();
        if (row != null) navigator.openRun(row.bundleId(), RunTab.DAG, row.gate().stepId());
    }

    /**
     * The decision dialog's model for the selected gate; empty when no decision can be signed on it
     * (nothing selected, its detail not read yet, or its run's integrity is not valid).
     */
    public Optional<DecisionViewModel> decide() {
        InboxRow row = selected.get();
        GateDetail d = detail.get();
        if (row == null || d == null || !row.signable()) return Optional.empty();
        Map<String, Optional<JsonValue>> bases = new LinkedHashMap<>();
        d.artifacts().forEach(a -> bases.put(a.artifactKey(), a.data()));
        DecisionViewModel model = new DecisionViewModel(row, bases, context, executor, s -> signed(row, s));
        model.loadKeys();
        return Optional.of(model);
    }

    /** Copies the selected gate's hand-back (the exact runtime calls) to the clipboard. */
    public void copyHandBack() {
        InboxRow row = selected.get();
        String raw = currentHandBack.orElse(null);
        if (row == null || raw == null) return;
        clipboard.copy(raw);
        status.set("Hand-back copied: paste it where the host holds the run's session.");
    }

    /** A decision was signed on {@code row}: show its hand-back, mark the row, tell the run view. */
    private void signed(InboxRow row, GateDecisions.Signed s) {
        HandBack hb = HandBack.of(s.decision().statement(), s.decision().entryDigest());
        if (selected.get() != null && selected.get().key().equals(row.key())) {
            handBack.set(handBackText(hb));
        }
        context.changed();
        refresh();
    }

    /** The calls, the event they append and the notes, for reading (plain); the exact calls are kept for the clipboard. */
    private String handBackText(HandBack hb) {
        currentHandBack = Optional.of(hb.script());
        StringBuilder sb = new StringBuilder(hb.script());
        sb.append("// appends ").append(new String(dev.runlens.signing.codec.StrictJson.asWritten(hb.expectedEvent()), StandardCharsets.UTF_8));
        for (String n : hb.notes()) sb.append("\n// ").append(n);
        return PlainText.block(sb.toString());
    }
}
