package dev.runlens.app.keys;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.TextClipboard;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.keys.WrongPassphraseException;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The keys screen: the reviewer keys of the key folder (name, algorithm, key id and fingerprint,
 * principal, created); creating one (P-256 by default, or Ed25519; passphrase twice); importing an
 * encrypted PKCS#8 PEM key; exporting a public key; copying a fingerprint. Passphrases arrive as
 * {@code char[]} and are wiped once used; key files are written on the executor (PBKDF2 takes about
 * a second), with {@link #busyProperty()} on meanwhile. Touches no control.
 */
public final class KeysViewModel {
    private final SigningContext context;
    private final TaskExecutor executor;
    private final FileDialogs dialogs;
    private final Supplier<Window> owner;
    private final TextClipboard clipboard;

    private final ObservableList<KeyRow> keys = FXCollections.observableArrayList();
    private final ObservableList<KeyRow> keysView = FXCollections.unmodifiableObservableList(keys);
    private final ReadOnlyObjectWrapper<KeyRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Path> importFile = new ReadOnlyObjectWrapper<>(this, "importFile");

    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final StringProperty newPrincipal = new SimpleStringProperty(this, "newPrincipal", "");
    private final ObjectProperty<KeyAlgorithm> newAlgorithm = new SimpleObjectProperty<>(this, "newAlgorithm", KeyAlgorithm.ECDSA_P256);
    private final StringProperty importName = new SimpleStringProperty(this, "importName", "");
    private final StringProperty importPrincipal = new SimpleStringProperty(this, "importPrincipal", "");

    public KeysViewModel(SigningContext context, TaskExecutor executor, FileDialogs dialogs, Supplier<Window> owner, TextClipboard clipboard) {
        this.context = context;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.clipboard = clipboard;
    }

    // ------------------------------------------------------------------ state

    public ObservableList<KeyRow> keys() {
        return keysView;
    }

    public ReadOnlyObjectProperty<KeyRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Where the keys are, how many, and what was done last. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong last (plain); empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while a key file is written or read (PBKDF2). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The encrypted key file chosen for import (null: none yet). */
    public ReadOnlyObjectProperty<Path> importFileProperty() {
        return importFile.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() { return newName; }
    public StringProperty newPrincipalProperty() { return newPrincipal; }
    public ObjectProperty<KeyAlgorithm> newAlgorithmProperty() { return newAlgorithm; }
    public StringProperty importNameProperty() { return importName; }
    public StringProperty importPrincipalProperty() { return importPrincipal; }

    /** Where the keys live. */
    public Path folder() {
        return context.keys();
    }

    /** What decisions are verified with (the trust list in use), and where to manage it; follows the settings. */
    public javafx.beans.value.ObservableValue<String> trustTextProperty() {
        return context.settingsProperty().map(s -> "Decisions are verified with the trust list " + context.trustList()
                + ": see and manage it, its root keys and the audience in the Trust workspace.");
    }

    // ------------------------------------------------------------------ commands

    /** Lists the keys again; the selection is kept by name. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().info().name();
        executor.submit(() -> context.decisions().listKeys(context.keys()), list -> {
            keys.setAll(list.stream().map(KeyRow::of).toList());
            select(keys.stream().filter(k -> k.info().name().equals(keep)).findFirst().orElse(null));
            status.set(keys.size() + " key" + (keys.size() == 1 ? "" : "s") + " in " + context.keys());
        }, e -> error.set("Cannot list the keys in " + context.keys() + ": " + PlainText.of(String.valueOf(e.getMessage()))));
    }

    public void select(KeyRow row) {
        selected.set(row);
    }

    /**
     * Creates a key from the form; both passphrases are wiped whatever happens. Refused (with a clear
     * error, nothing written) when the name is not valid, the passphrase is empty or the two differ.
     */
    public void create(char[] passphrase, char[] repeated) {
        String name = newName.get().strip();
        Optional<String> principal = Optional.of(newPrincipal.get().strip()).filter(p -> !p.isEmpty());
        KeyAlgorithm alg = newAlgorithm.get();
        boolean same = Arrays.equals(passphrase, repeated);
        Arrays.fill(repeated, '\0');
        String problem = !validName(name) ? "A key name is letters, digits, '.', '_', '@' or '-' (and starts with a letter or digit)."
                : passphrase.length == 0 ? "Choose a passphrase: it encrypts the key on disk."
                : !same ? "The two passphrases differ." : null;
        if (problem != null) {
            Arrays.fill(passphrase, '\0');
            error.set(problem);
            return;
        }
        run(() -> context.decisions().generateKey(context.keys(), name, alg, principal, passphrase), passphrase, k -> {
            newName.set("");
            status.set("Created key " + PlainText.of(k.name()) + ": " + k.fingerprint());
        });
    }

    /** Asks for an encrypted PEM key file to import; the name defaults to the file's. */
    public void chooseImportFile() {
        dialogs.openKeyFile(owner.get()).ifPresent(p -> {
            importFile.set(p);
            if (importName.get().isBlank()) importName.set(defaultName(p));
        });
    }

    /** Imports the chosen file with its passphrase (wiped whatever happens); a wrong passphrase imports nothing. */
    public void importKey(char[] passphrase) {
        Path file = importFile.get();
        String name = importName.get().strip();
        Optional<String> principal = Optional.of(importPrincipal.get().strip()).filter(p -> !p.isEmpty());
        String problem = file == null ? "Choose the encrypted key file (PEM) to import."
                : !validName(name) ? "A key name is letters, digits, '.', '_', '@' or '-' (and starts with a letter or digit)."
                : passphrase.length == 0 ? "Enter the passphrase the key file is encrypted with." : null;
        if (problem != null) {
            Arrays.fill(passphrase, '\0');
            error.set(problem);
            return;
        }
        run(() -> context.decisions().importKey(context.keys(), name, file, principal, passphrase), passphrase, k -> {
            importFile.set(null);
            importName.set("");
            status.set("Imported key " + PlainText.of(k.name()) + ": " + k.fingerprint());
        });
    }

    /** Saves the selected key's public key (SPKI PEM) where the user chooses. */
    public void exportPublicKey() {
        KeyRow row = selected.get();
        if (row == null) return;
        Optional<Path> target = dialogs.saveFile(owner.get(), "Export public key", row.info().name() + ".pub.pem", "pem");
        if (target.isEmpty()) return;
        executor.submit(() -> Files.writeString(target.get(), context.decisions().exportPublicKey(context.keys(), row.info().name()),
                        StandardCharsets.US_ASCII),
                p -> status.set("Exported the public key of " + row.name() + " to " + PlainText.of(p.toString())),
                e -> error.set("Cannot export the public key: " + PlainText.of(String.valueOf(e.getMessage()))));
    }

    /** Copies the selected key's fingerprint (its key id) to the clipboard, to read aloud or compare. */
    public void copyFingerprint() {
        KeyRow row = selected.get();
        if (row == null) return;
        clipboard.copy(row.keyId());
        status.set("Copied the key id of " + row.name() + ": " + row.fingerprint());
    }

    private void run(Callable<KeyRing.KeyInfo> work, char[] passphrase, Consumer<KeyRing.KeyInfo> done) {
        error.set("");
        busy.set(true);
        executor.submit(() -> {
            try {
                return work.call();
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, k -> {
            busy.set(false);
            done.accept(k);
            context.changed();
            refreshSelecting(k.name());
        }, e -> {
            Arrays.fill(passphrase, '\0');
            busy.set(false);
            error.set(message(e));
        });
    }

    private void refreshSelecting(String name) {
        executor.submit(() -> context.decisions().listKeys(context.keys()), list -> {
            keys.setAll(list.stream().map(KeyRow::of).toList());
            select(keys.stream().filter(k -> k.info().name().equals(name)).findFirst().orElse(null));
        }, e -> error.set("Cannot list the keys: " + PlainText.of(String.valueOf(e.getMessage()))));
    }

    private static String message(Throwable e) {
        if (e instanceof WrongPassphraseException) return "Wrong passphrase: the key file could not be decrypted with it. Nothing was imported.";
        if (e instanceof FileAlreadyExistsException) return "A key with this name exists already; choose another name.";
        return PlainText.of(String.valueOf(e.getMessage()));
    }

    private static boolean validName(String name) {
        try {
            KeyRing.checkName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code alice.key.pem} → {@code alice}; characters a name cannot hold become '-'. */
    static String defaultName(Path file) {
        String n = file.getFileName().toString().replaceFirst("(\\.key)?\\.pem$", "").replaceAll("[^A-Za-z0-9._@-]", "-");
        return n.isEmpty() || !Character.isLetterOrDigit(n.charAt(0)) ? "imported" : n;
    }
}
