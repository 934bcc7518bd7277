package dev.runlens.app.welcome;

import dev.runlens.app.run.RunNavigator;
import dev.runlens.store.ImportProgress;
import dev.runlens.store.ImportResult;
import dev.runlens.store.ImportSummary;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.library.RunLibrary;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.util.List;

/**
 * The "What's here" panel: shown on a library's first start (and from Help), it offers the three
 * {@link Tryout}s; each imports its run if the library lacks it and opens it through the
 * {@link RunNavigator}. Dismissing it is remembered in the library's settings. Library work runs on
 * the executor, and only the newest request's result is used. Touches no control.
 */
public final class WhatsHereViewModel {
    /** The library setting that remembers the panel was dismissed; its value is when. */
    public static final String DISMISSED_KEY = "whats-here.dismissed";

    private final RunLibrary library;
    private final TaskExecutor executor;
    private final RunNavigator navigator;
    private final Runnable libraryChanged;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ReadOnlyObjectWrapper<Tryout> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private TaskExecutor.Cancellable pending = TaskExecutor.DONE;
    private long ticket;

    /**
     * @param libraryChanged called after a run was imported, so the library list shows it
     * @param clock          when a dismissal happened
     */
    public WhatsHereViewModel(RunLibrary library, TaskExecutor executor, RunNavigator navigator, Runnable libraryChanged, Clock clock) {
        this.library = library;
        this.executor = executor;
        this.navigator = navigator;
        this.libraryChanged = libraryChanged;
        this.clock = clock;
    }

    public List<Tryout> tryouts() {
        return List.of(Tryout.values());
    }

    /** At start: shows the panel unless this library remembers it was dismissed. */
    public void start() {
        executor.submit(() -> library.setting(DISMISSED_KEY).isEmpty(),
                first -> { if (first) showing.set(true); },
                t -> status.set("Cannot read the library's settings: " + t.getMessage()));
    }

    /** Help ▸ What's here. */
    public void show() {
        showing.set(true);
    }

    /** Hides the panel, for good on this library (Help brings it back). */
    public void dismiss() {
        showing.set(false);
        String when = clock.instant().toString();
        executor.submit(() -> {
            library.putSetting(DISMISSED_KEY, when);
            return when;
        }, w -> { }, t -> status.set("Cannot remember that the panel was dismissed: " + t.getMessage()));
    }

    /** Imports the tryout's run when the library lacks it, then opens it at the tryout's tab. */
    public void open(Tryout tryout) {
        pending.cancel();
        long mine = ++ticket;
        opening.set(tryout);
        status.set("");
        pending = executor.submit(() -> importAndFind(tryout), bundleId -> {
            if (mine != ticket) return;
            opening.set(null);
            libraryChanged.run();
            navigator.openRun(bundleId, tryout.tab(), null);
        }, t -> {
            if (mine != ticket) return;
            opening.set(null);
            status.set("Cannot open \"" + tryout.title() + "\": " + t.getMessage());
        });
    }

    private long importAndFind(Tryout tryout) {
        ImportSummary s = library.importSources(tryout.sources(), ImportProgress.NONE, () -> false);
        ImportResult last = s.results().get(s.results().size() - 1);
        if (last.bundleId() == null) throw new IllegalStateException(last.source() + ": " + last.message());
        return last.bundleId();
    }

    /** Whether the panel is on screen. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** The tryout being imported and opened; null when none. */
    public ReadOnlyObjectProperty<Tryout> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** What went wrong, or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
