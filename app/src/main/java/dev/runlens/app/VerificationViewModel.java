package dev.runlens.app;

import dev.runlens.app.ui.FileDialogs;

import dev.runlens.app.ui.PlainText;

import dev.runlens.app.run.RunSession;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The verification screen: which file is open, its verdict, details and findings. Commands start
 * work on the workbench's executor; only the newest open reaches the properties, older ones are
 * cancelled ({@code STYLE.md} #5). Touches no control and starts no toolkit. Call it, and let the
 * executor deliver to it, on one thread (the FX thread in the app).
 */
public final class VerificationViewModel {
    static final String APP_TITLE = "RunLens";
    static final String READY = "Ready. Open a run bundle (File → Open…) or drop a .json file here.";

    private final Workbench workbench;
    private final FileDialogs dialogs;
    private final Supplier<Window> owner;
    private final RunSession session;

    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(this, "banner", Banner.NOTHING_OPEN);
    private final ReadOnlyObjectWrapper<ReportDetails> details = new ReadOnlyObjectWrapper<>(this, "details", ReportDetails.EMPTY);
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
    private final ObservableList<FindingRow> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyObjectWrapper<RunSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary", RunSummary.EMPTY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", READY);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_TITLE);

    private TaskExecutor.Cancellable running = TaskExecutor.DONE;
    private long latest;

    /** @param owner the window file dialogs belong to (may supply null) */
    public VerificationViewModel(Workbench workbench, FileDialogs dialogs, Supplier<Window> owner, RunSession session) {
        this.workbench = workbench;
        this.session = session;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    // ------------------------------------------------------------------ commands

    /** Verifies {@code file}; cancels any open still running, whose result is then never shown. */
    public void open(Path file) {
        open(file, file.toString());
    }

    /**
     * Verifies {@code file} as if it were {@code source} (e.g. a library's kept original, named after the
     * file it was imported from): the title, banner and details name the source, never {@code file}.
     */
    public void open(Path file, String source) {
        running.cancel();
        long ticket = ++latest;
        long started = System.nanoTime();
        String name = displayName(source);
        show(Banner.verifying(name), ReportDetails.EMPTY, List.of());
        session.show(null);
        summary.set(RunSummary.EMPTY);
        busy.set(true);
        status.set("Verifying " + name + "…");
        title.set(APP_TITLE + " — " + name);
        running = workbench.inspectAsync(file, source,
                run -> { if (ticket == latest) showOpened(name, run, started); },
                run -> { if (ticket == latest) showReport(name, run, started); },
                failure -> { if (ticket == latest) showFailure(name, failure); });
    }

    /** Asks for a file and opens it; does nothing when the user cancels. */
    public void openWithDialog() {
        dialogs.openBundle(owner.get()).ifPresent(this::open);
    }

    /** Whether a drop of {@code files} would open something. */
    public boolean acceptsDrop(List<Path> files) {
        return firstBundle(files).isPresent();
    }

    /** Opens the first {@code .json} file of a drop; false when there is none. */
    public boolean openDropped(List<Path> files) {
        Optional<Path> first = firstBundle(files);
        first.ifPresent(this::open);
        return first.isPresent();
    }

    // ------------------------------------------------------------------ state

    /** The open run, cursor and selection that the run view's tabs share. */
    public RunSession session() {
        return session;
    }

    public ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The findings of the open file, in report order; read-only. */
    public ObservableList<FindingRow> findings() {
        return findingsView;
    }

    /** The header facts of the open run. */
    public ReadOnlyObjectProperty<RunSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ results

    /**
     * The run is read, verified and replayable, its audit still running: the banner, header, strict
     * findings and tabs show it now; the banner says the audit is running until {@link #showReport}.
     */
    private void showOpened(String name, Inspection run, long started) {
        var report = run.bundle().report();
        session.show(run);
        summary.set(RunSummary.of(run));
        show(Banner.auditing(name, report), ReportDetails.of(report), report.findings().stream().map(FindingRow::of).toList());
        busy.set(false);
        status.set(String.format(Locale.ROOT, "Verified %s in %d ms; auditing…", name, (System.nanoTime() - started) / 1_000_000));
    }

    /** The audit of the run {@link #showOpened} showed arrived: the findings tab and the banner's audit counts fill in. */
    private void showReport(String name, Inspection run, long started) {
        session.showAudited(run);
        banner.set(Banner.of(name, run.bundle().report(), run.audit()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        var audit = run.audit();
        status.set(String.format(Locale.ROOT, "Verified and audited %s in %d ms: %s, %s, %s.", name, millis,
                plural(audit.count(Severity.ERROR), "error"), plural(audit.count(Severity.WARNING), "warning"),
                plural(audit.count(Severity.NOTE), "note")));
    }

    private void showFailure(String name, Throwable failure) {
        show(Banner.failed(name, failure), ReportDetails.EMPTY, List.of());
        busy.set(false);
        status.set("Could not verify " + name + ".");
    }

    private void show(Banner b, ReportDetails d, List<FindingRow> rows) {
        banner.set(b);
        details.set(d);
        findings.setAll(rows);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Optional<Path> firstBundle(List<Path> files) {
        return files.stream().filter(p -> displayName(p.toString()).toLowerCase(Locale.ROOT).endsWith(".json")).findFirst();
    }

    /** The last segment of a path or of {@code archive.zip!/dir/entry.json}. */
    private static String displayName(String source) {
        String s = source.replace('\\', '/');
        String last = s.substring(s.lastIndexOf('/') + 1);
        return PlainText.of(last.isEmpty() ? source : last);
    }
}
