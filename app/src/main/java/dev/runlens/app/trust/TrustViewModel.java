package dev.runlens.app.trust;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.PlainText;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.workbench.SigningSettings;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.TrustAdmin;
import dev.runlens.workbench.TrustListInfo;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The trust screen: the trust list in use as written (file, version, dates, expiry, signatures), its
 * verdict against the pinned root keys and the highest version seen, its root keys, reviewers' keys,
 * checkpointers, timestamp authorities, revocations and policy; choosing another list (it becomes the one decisions are
 * verified with, remembered in the data folder); pinning a list's root keys; and the audience
 * setting. Files are read and written on the executor; the newest reading wins. Touches no control.
 */
public final class TrustViewModel {
    private final SigningContext context;
    private final TaskExecutor executor;
    private final FileDialogs dialogs;
    private final Supplier<Window> owner;

    private final ReadOnlyObjectWrapper<TrustListInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    private final ReadOnlyObjectWrapper<TrustSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<TrustRows.ReviewerKey> reviewerKeys = FXCollections.observableArrayList();
    private final ObservableList<TrustRows.RootKey> rootKeys = FXCollections.observableArrayList();
    private final ObservableList<TrustRows.Revocation> revocations = FXCollections.observableArrayList();
    private final ObservableList<TrustRows.Checkpointer> checkpointers = FXCollections.observableArrayList();
    private final ObservableList<TrustRows.Tsa> timestampAuthorities = FXCollections.observableArrayList();
    private final ObservableList<KeyRing.KeyInfo> localKeys = FXCollections.observableArrayList();
    private final ObservableList<TrustRows.ReviewerKey> reviewerKeysView = FXCollections.unmodifiableObservableList(reviewerKeys);
    private final ObservableList<TrustRows.RootKey> rootKeysView = FXCollections.unmodifiableObservableList(rootKeys);
    private final ObservableList<TrustRows.Revocation> revocationsView = FXCollections.unmodifiableObservableList(revocations);
    private final ObservableList<TrustRows.Checkpointer> checkpointersView = FXCollections.unmodifiableObservableList(checkpointers);
    private final ObservableList<TrustRows.Tsa> timestampAuthoritiesView = FXCollections.unmodifiableObservableList(timestampAuthorities);
    private final ObservableList<KeyRing.KeyInfo> localKeysView = FXCollections.unmodifiableObservableList(localKeys);
    private final ReadOnlyObjectWrapper<TrustRows.ReviewerKey> selectedKey = new ReadOnlyObjectWrapper<>(this, "selectedKey");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canPin = new ReadOnlyBooleanWrapper(this, "canPin");
    private final StringProperty audience = new SimpleStringProperty(this, "audience", "");
    private final ReadOnlyStringWrapper audienceNote = new ReadOnlyStringWrapper(this, "audienceNote", "");
    private TaskExecutor.Cancellable reading = TaskExecutor.DONE;
    private long ticket;

    /** What one reading found: the list (null when there is no file), and the key folder's keys. */
    private record Read(TrustListInfo info, List<KeyRing.KeyInfo> keys) {}

    /** How the list in use could not be shown. */
    private enum Missing { NONE, NO_FILE, UNREADABLE }

    public TrustViewModel(SigningContext context, TaskExecutor executor, FileDialogs dialogs, Supplier<Window> owner) {
        this.context = context;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        audience.set(context.settingsProperty().get().audience().orElse(""));
        context.settingsProperty().subscribe(s -> audienceNote.set(audienceNote(s)));
        if (!context.settingsProblem().isEmpty()) error.set(PlainText.of(context.settingsProblem()));
    }

    // ------------------------------------------------------------------ state

    /** The list in use as read last; null while there is none (no file, or it could not be read). */
    public ReadOnlyObjectProperty<TrustListInfo> infoProperty() { return info.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TrustSummary> summaryProperty() { return summary.getReadOnlyProperty(); }
    public ObservableList<TrustRows.ReviewerKey> reviewerKeys() { return reviewerKeysView; }
    public ObservableList<TrustRows.RootKey> rootKeys() { return rootKeysView; }
    public ObservableList<TrustRows.Revocation> revocations() { return revocationsView; }
    public ObservableList<TrustRows.Checkpointer> checkpointers() { return checkpointersView; }
    /** The RFC 3161 timestamp authorities the list names. */
    public ObservableList<TrustRows.Tsa> timestampAuthorities() { return timestampAuthoritiesView; }
    /** The key folder's keys (root keys to sign with, reviewer keys to add). */
    public ObservableList<KeyRing.KeyInfo> localKeys() { return localKeysView; }
    /** The reviewer key chosen in the table (the one a revocation names). */
    public ReadOnlyObjectProperty<TrustRows.ReviewerKey> selectedKeyProperty() { return selectedKey.getReadOnlyProperty(); }
    /** The trust list file in use. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** What went wrong last (plain, naming the file); empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True when the list's root keys are not the pinned ones (or none are pinned): they may be pinned. */
    public ReadOnlyBooleanProperty canPinProperty() { return canPin.getReadOnlyProperty(); }
    /** The remembered audience, as edited. */
    public StringProperty audienceProperty() { return audience; }
    /** What the audience setting does now (and that RUNLENS_AUDIENCE overrides it, when set). */
    public ReadOnlyStringProperty audienceNoteProperty() { return audienceNote.getReadOnlyProperty(); }

    public SigningContext context() { return context; }

    // ------------------------------------------------------------------ commands

    /** Reads the list in use and the key folder again; the newest reading wins. */
    public void reload() {
        reading.cancel();
        long mine = ++ticket;
        Path f = context.trustList();
        file.set(f);
        busy.set(true);
        reading = executor.submit(() -> new Read(Files.isRegularFile(f) ? TrustAdmin.inspect(f, context.trustState(), context.clock().instant()) : null,
                        context.decisions().listKeys(context.keys())),
                read -> {
                    if (mine != ticket) return;
                    busy.set(false);
                    localKeys.setAll(read.keys());
                    show(read.info(), f, read.info() == null ? Missing.NO_FILE : Missing.NONE);
                },
                e -> {
                    if (mine != ticket) return;
                    busy.set(false);
                    show(null, f, Missing.UNREADABLE);
                    error.set(TrustMessages.of(e, f));
                });
    }

    /** Asks for a trust list; once it reads as one, it becomes the list in use (remembered) and is shown. A file that is not one changes nothing. */
    public void chooseTrustList() {
        dialogs.openTrustList(owner.get()).ifPresent(this::use);
    }

    /** Makes {@code chosen} the trust list in use, once it reads as one. */
    public void use(Path chosen) {
        SigningSettings next = context.settingsProperty().get().withTrustList(chosen);
        error.set("");
        busy.set(true);
        executor.submit(() -> {
            TrustListInfo read = TrustAdmin.inspect(chosen, context.trustState(), context.clock().instant());
            next.save(context.settingsFile());
            return read;
        }, read -> {
            busy.set(false);
            context.apply(next);
            status.set("Decisions are now verified with " + PlainText.of(chosen.toString()));
            reload();
        }, e -> {
            busy.set(false);
            error.set(TrustMessages.of(e, chosen) + " The trust list in use is still " + PlainText.of(context.trustList().toString()) + ".");
        });
    }

    /** Pins the shown list's root keys (after the user compared their fingerprints out of band). */
    public void pinRoots() {
        TrustListInfo shown = info.get();
        if (shown == null) return;
        Path f = shown.file();
        error.set("");
        busy.set(true);
        executor.submit(() -> TrustAdmin.pinRoots(f, context.trustState(), context.clock().instant()), v -> {
            busy.set(false);
            if (v.usable()) {
                status.set("Pinned the " + shown.list().root().keys().size() + " root key(s) of " + PlainText.of(f.toString()) + ".");
                context.changed();
            } else {
                error.set("Nothing was pinned: " + PlainText.of(f.toString()) + " does not verify with its own root keys: "
                        + PlainText.of(String.join("; ", v.reasons())));
            }
            reload();
        }, e -> {
            busy.set(false);
            error.set(TrustMessages.of(e, f));
        });
    }

    /** Remembers the edited audience (blank: none) in the data folder; decisions are checked with it from now on. */
    public void saveAudience() {
        Optional<String> value = Optional.of(audience.get().strip()).filter(a -> !a.isEmpty());
        SigningSettings next = context.settingsProperty().get().withAudience(value);
        error.set("");
        executor.submit(() -> {
            next.save(context.settingsFile());
            return next;
        }, saved -> {
            context.apply(saved);
            status.set(value.map(a -> "Audience " + PlainText.of(a) + " remembered.").orElse("No audience remembered."));
        }, e -> error.set(TrustMessages.of(e, context.settingsFile())));
    }

    public void selectKey(TrustRows.ReviewerKey row) {
        selectedKey.set(row);
    }

    /** Says what happened last (the edit screen's actions report here too). */
    void report(String done) {
        error.set("");
        status.set(done);
    }

    void fail(String why) {
        error.set(why);
    }

    // ------------------------------------------------------------------ helpers

    private void show(TrustListInfo read, Path f, Missing missing) {
        info.set(read);
        String keep = selectedKey.get() == null ? null : selectedKey.get().keyId();
        if (read == null) {
            summary.set(null);
            reviewerKeys.clear();
            rootKeys.clear();
            revocations.clear();
            checkpointers.clear();
            timestampAuthorities.clear();
            canPin.set(false);
            if (missing == Missing.NO_FILE) {
                status.set("No trust list at " + PlainText.of(f.toString()) + ": open one, or start a new one. Until then no signed decision is valid.");
            }
            selectKey(null);
            return;
        }
        var now = context.clock().instant();
        summary.set(TrustSummary.of(read, now));
        reviewerKeys.setAll(TrustRows.reviewers(read, now));
        rootKeys.setAll(TrustRows.roots(read, localKeys));
        revocations.setAll(TrustRows.revocations(read));
        checkpointers.setAll(TrustRows.checkpointers(read));
        timestampAuthorities.setAll(TrustRows.timestampAuthorities(read));
        canPin.set(!read.rootPinned());
        selectKey(reviewerKeys.stream().filter(r -> r.keyId().equals(keep)).findFirst().orElse(null));
        if (read.verdict().map(v -> v.status() == TrustListVerdict.Status.TRUSTED).orElse(false) && status.get().startsWith("No trust list")) {
            status.set("");
        }
    }

    private String audienceNote(SigningSettings s) {
        Optional<String> env = context.environmentAudience();
        if (env.isPresent()) {
            return "RUNLENS_AUDIENCE is set to \"" + PlainText.of(env.get()) + "\" and overrides this setting while it is set.";
        }
        return s.audience().map(a -> "Decisions are signed for and checked against \"" + PlainText.of(a) + "\".")
                .orElse("No audience is set: the decision dialog asks for one, and decisions' audience is not checked.");
    }
}
