package dev.runlens.app.trust;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.PlainText;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustLists;
import dev.runlens.workbench.SigningSettings;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.TrustAdmin;
import dev.runlens.workbench.TrustListInfo;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Administering the trust list in use, as {@code runlens trust init|add|revoke|sign} does: start a
 * new list with root keys of the key folder (it becomes the list in use), add a reviewer key (one of
 * the key folder's, or a public-key PEM), revoke a key with a reason and an effective time, and sign
 * the list with a root key. Editing a signed list starts its next version, unsigned until a root key
 * signs it. Files are written on the executor; results and errors go to the {@link TrustViewModel}'s
 * status, which reads the list again. The passphrase lives only in the array given and is wiped once
 * the key was tried. Touches no control.
 */
public final class TrustEditViewModel {
    /** Where a reviewer key to add comes from. */
    public enum Source { LOCAL_KEY, PUBLIC_KEY_FILE }

    /** The root-signing dialog's progress: it closes at {@code DONE}. */
    public enum SignState { READY, SIGNING, DONE }

    public static final List<String> REASONS = List.of("keyCompromise", "superseded", "retired");
    private static final List<String> GATES = List.of("PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT");
    private static final List<String> DECISIONS = List.of("approved", "rejected", "edited");

    private final TrustViewModel trust;
    private final SigningContext context;
    private final TaskExecutor executor;
    private final FileDialogs dialogs;
    private final Supplier<Window> owner;
    private final TrustAdmin admin;

    private final ObservableSet<String> initRoots = FXCollections.observableSet();
    private final IntegerProperty initThreshold = new SimpleIntegerProperty(this, "initThreshold", 1);
    private final IntegerProperty listValidDays = new SimpleIntegerProperty(this, "listValidDays", 90);
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.LOCAL_KEY);
    private final ObjectProperty<KeyRing.KeyInfo> addKey = new SimpleObjectProperty<>(this, "addKey");
    private final ReadOnlyObjectWrapper<Path> addFile = new ReadOnlyObjectWrapper<>(this, "addFile");
    private final StringProperty principal = new SimpleStringProperty(this, "principal", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty audiences = new SimpleStringProperty(this, "audiences", "");
    private final StringProperty workflows = new SimpleStringProperty(this, "workflows", "*");
    private final StringProperty gates = new SimpleStringProperty(this, "gates", String.join(", ", GATES));
    private final StringProperty decisions = new SimpleStringProperty(this, "decisions", String.join(", ", DECISIONS));
    private final IntegerProperty keyValidDays = new SimpleIntegerProperty(this, "keyValidDays", 365);
    private final StringProperty revokeKeyId = new SimpleStringProperty(this, "revokeKeyId", "");
    private final ObjectProperty<String> reason = new SimpleObjectProperty<>(this, "reason", REASONS.get(0));
    private final StringProperty effectiveAt = new SimpleStringProperty(this, "effectiveAt", "");
    private final ObservableList<KeyRing.KeyInfo> rootChoices = FXCollections.observableArrayList();
    private final ObservableList<KeyRing.KeyInfo> rootChoicesView = FXCollections.unmodifiableObservableList(rootChoices);
    private final ObjectProperty<KeyRing.KeyInfo> signKey = new SimpleObjectProperty<>(this, "signKey");
    private final ReadOnlyObjectWrapper<SignState> signState = new ReadOnlyObjectWrapper<>(this, "signState", SignState.READY);

    public TrustEditViewModel(TrustViewModel trust, TaskExecutor executor, FileDialogs dialogs, Supplier<Window> owner) {
        this.trust = trust;
        this.context = trust.context();
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.admin = new TrustAdmin(context.clock());
        audiences.set(context.audience().orElse(""));
        addKey.addListener((o, was, now) -> {
            if (now != null && (principal.get().isBlank() || was != null && principal.get().equals(was.principal().orElse(""))))
                principal.set(now.principal().orElse(""));
        });
        trust.selectedKeyProperty().subscribe(k -> { if (k != null) revokeKeyId.set(k.keyId()); });
        trust.infoProperty().subscribe(this::roots);
        trust.localKeys().addListener((javafx.collections.ListChangeListener<KeyRing.KeyInfo>) c -> roots(trust.infoProperty().get()));
    }

    // ------------------------------------------------------------------ form state

    /** Names of the key folder's keys chosen as the new list's root keys. */
    public ObservableSet<String> initRoots() { return initRoots; }
    public IntegerProperty initThresholdProperty() { return initThreshold; }
    /** How long a new list, or the next version an edit starts, is valid (days). */
    public IntegerProperty listValidDaysProperty() { return listValidDays; }
    public ObjectProperty<Source> sourceProperty() { return source; }
    public ObjectProperty<KeyRing.KeyInfo> addKeyProperty() { return addKey; }
    public ReadOnlyObjectProperty<Path> addFileProperty() { return addFile.getReadOnlyProperty(); }
    public StringProperty principalProperty() { return principal; }
    public StringProperty displayNameProperty() { return displayName; }
    /** Comma-separated; the audience setting by default. */
    public StringProperty audiencesProperty() { return audiences; }
    public StringProperty workflowsProperty() { return workflows; }
    public StringProperty gatesProperty() { return gates; }
    public StringProperty decisionsProperty() { return decisions; }
    public IntegerProperty keyValidDaysProperty() { return keyValidDays; }
    /** The key to revoke: the reviewer key selected in the table, or any key id typed. */
    public StringProperty revokeKeyIdProperty() { return revokeKeyId; }
    public ObjectProperty<String> reasonProperty() { return reason; }
    /** RFC 3339; empty: now (when the revocation is written). */
    public StringProperty effectiveAtProperty() { return effectiveAt; }
    /** The key folder's keys that are root keys of the list in use. */
    public ObservableList<KeyRing.KeyInfo> rootChoices() { return rootChoicesView; }
    public ObjectProperty<KeyRing.KeyInfo> signKeyProperty() { return signKey; }
    public ReadOnlyObjectProperty<SignState> signStateProperty() { return signState.getReadOnlyProperty(); }

    // ------------------------------------------------------------------ commands

    /** Starts a new list (version 1) with the chosen root keys where the user says; it becomes the list in use. */
    public void init() {
        List<KeyRing.KeyInfo> roots = trust.localKeys().stream().filter(k -> initRoots.contains(k.name())).toList();
        int threshold = initThreshold.get();
        if (roots.isEmpty()) {
            trust.fail("Choose the root keys of the new list (keys of the key folder; create them in the Keys workspace).");
            return;
        }
        if (threshold < 1 || threshold > roots.size()) {
            trust.fail("The threshold must be within 1.." + roots.size() + " (the number of root keys chosen).");
            return;
        }
        if (listValidDays.get() < 1) {
            trust.fail("A list must be valid for at least one day.");
            return;
        }
        Optional<Path> target = dialogs.saveFile(owner.get(), "New trust list", "trust-list.dsse.json", "json");
        if (target.isEmpty()) return;
        Path out = target.get();
        SigningSettings next = context.settingsProperty().get().withTrustList(out);
        Duration validFor = Duration.ofDays(listValidDays.get());
        run(out, () -> {
            TrustList t = admin.init(roots.stream().map(KeyRing.KeyInfo::publicKeyFile).toList(), threshold, validFor, out);
            next.save(context.settingsFile());
            return t;
        }, t -> {
            context.apply(next);
            return "Started " + PlainText.of(out.toString()) + " (version 1, " + roots.size() + " root key(s), threshold " + threshold
                    + "): it is the list in use. Add reviewer keys, then sign it with " + (threshold == 1 ? "a root key." : threshold + " root keys.");
        });
    }

    /** Asks for a reviewer's public-key PEM to add. */
    public void chooseAddFile() {
        dialogs.openPublicKey(owner.get()).ifPresent(p -> {
            addFile.set(p);
            source.set(Source.PUBLIC_KEY_FILE);
        });
    }

    /** Adds the chosen key for the principal with the scopes of the form (a new unsigned version of a signed list). */
    public void addReviewer() {
        Optional<Path> file = listInUse();
        if (file.isEmpty()) return;
        Optional<Path> key = source.get() == Source.LOCAL_KEY ? Optional.ofNullable(addKey.get()).map(KeyRing.KeyInfo::publicKeyFile)
                : Optional.ofNullable(addFile.get());
        String who = principal.get().strip();
        List<String> aud = items(audiences.get());
        List<String> wf = items(workflows.get());
        List<String> g = items(gates.get());
        List<String> d = items(decisions.get());
        String problem = key.isEmpty() ? (source.get() == Source.LOCAL_KEY ? "Choose the key to add." : "Choose the public-key PEM file to add.")
                : who.isEmpty() ? "Say whose key it is (the principal, e.g. alice@example.org)."
                : aud.isEmpty() ? "Name at least one audience the key may decide for."
                : wf.isEmpty() ? "Name the workflows (* for all)."
                : g.isEmpty() || !GATES.containsAll(g) ? "Gates are PAUSE_BEFORE, PAUSE_AFTER and CHECKPOINT."
                : d.isEmpty() || !DECISIONS.containsAll(d) ? "Decisions are approved, rejected and edited."
                : keyValidDays.get() < 1 || listValidDays.get() < 1 ? "Validity periods are at least one day." : null;
        if (problem != null) {
            trust.fail(problem);
            return;
        }
        TrustAdmin.NewReviewer r = new TrustAdmin.NewReviewer(Optional.of(who), key, Optional.empty(),
                Optional.of(displayName.get().strip()).filter(n -> !n.isEmpty()), new TrustList.Scopes(aud, wf, g, d),
                Duration.ofDays(keyValidDays.get()));
        Duration listFor = Duration.ofDays(listValidDays.get());
        run(file.get(), () -> admin.add(file.get(), r, listFor), t -> "Added a key of " + PlainText.of(who) + " to " + describe(file.get(), t));
    }

    /** Revokes the key with the reason from the effective time (a new unsigned version of a signed list). */
    public void revoke() {
        Optional<Path> file = listInUse();
        if (file.isEmpty()) return;
        String keyid = revokeKeyId.get().strip();
        Instant at;
        try {
            at = effectiveAt.get().isBlank() ? context.clock().instant() : Instant.parse(effectiveAt.get().strip());
        } catch (DateTimeParseException e) {
            trust.fail("The effective time must be RFC 3339 in UTC, e.g. " + TrustLists.time(context.clock().instant()) + ".");
            return;
        }
        if (!keyid.matches("sha256:[0-9a-f]{64}")) {
            trust.fail("Choose the key to revoke in the reviewers' table (or type its key id, sha256:<64 hex>).");
            return;
        }
        if (!REASONS.contains(reason.get())) {
            trust.fail("Choose the reason: keyCompromise, superseded or retired.");
            return;
        }
        String why = reason.get();
        Duration listFor = Duration.ofDays(Math.max(1, listValidDays.get()));
        run(file.get(), () -> admin.revoke(file.get(), keyid, why, Optional.of(at), listFor),
                t -> "Revoked " + dev.runlens.workbench.KeyFingerprints.grouped(keyid) + " (" + why + ") in " + describe(file.get(), t));
    }

    /** Before the passphrase dialog: signing starts afresh. */
    public void openSigning() {
        signState.set(SignState.READY);
    }

    /** Signs the list in use with the chosen root key; {@code passphrase} is wiped whatever happens. */
    public void sign(char[] passphrase) {
        Optional<Path> file = listInUse();
        KeyRing.KeyInfo k = signKey.get();
        if (file.isEmpty() || k == null || passphrase.length == 0 || signState.get() == SignState.SIGNING) {
            Arrays.fill(passphrase, '\0');
            if (file.isPresent()) trust.fail(k == null ? "Choose the root key to sign with." : "Enter the passphrase of root key " + PlainText.of(k.name()) + ".");
            return;
        }
        signState.set(SignState.SIGNING);
        run(file.get(), () -> {
            try {
                return admin.sign(file.get(), context.keys(), k.name(), passphrase).signatures().size();
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, n -> {
            signState.set(SignState.DONE);
            return "Signed " + PlainText.of(file.get().toString()) + " with root key " + PlainText.of(k.name()) + " (" + n + " signature(s)).";
        }, () -> {
            Arrays.fill(passphrase, '\0');
            signState.set(SignState.READY);
        });
    }

    // ------------------------------------------------------------------ helpers

    /** The list in use, as the trust screen read it last (no file access here, on the FX thread). */
    private Optional<Path> listInUse() {
        TrustListInfo shown = trust.infoProperty().get();
        if (shown == null || !shown.file().equals(context.trustList())) {
            trust.fail("No readable trust list at " + PlainText.of(context.trustList().toString()) + ": open one, or start a new one first.");
            return Optional.empty();
        }
        return Optional.of(shown.file());
    }

    private <T> void run(Path file, Callable<T> work, java.util.function.Function<T, String> done) {
        run(file, work, done, () -> {});
    }

    /** Runs an edit of {@code file} on the executor; reports it, tells screens that show decisions, reads the list again. */
    private <T> void run(Path file, Callable<T> work, java.util.function.Function<T, String> done, Runnable failed) {
        trust.fail("");
        executor.submit(work, t -> {
            trust.report(done.apply(t));
            context.changed();
            trust.reload();
        }, e -> {
            failed.run();
            trust.fail(TrustMessages.of(e, file));
        });
    }

    private static String describe(Path file, TrustList t) {
        return PlainText.of(file.toString()) + ": version " + t.version() + " is an unsigned draft until a root key signs it.";
    }

    private static List<String> items(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The key folder's keys among the list's root keys; the first is chosen when none is. */
    private void roots(TrustListInfo info) {
        List<KeyRing.KeyInfo> mine = info == null ? List.of() : trust.localKeys().stream()
                .filter(k -> info.list().root().keys().stream().anyMatch(r -> r.keyid().equals(k.keyId()))).toList();
        rootChoices.setAll(mine);
        if (signKey.get() == null || !mine.contains(signKey.get())) signKey.set(mine.isEmpty() ? null : mine.get(0));
    }
}
