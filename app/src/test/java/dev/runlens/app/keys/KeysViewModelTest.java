package dev.runlens.app.keys;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.signing.keys.KdfParameters;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.SigningKey;
import dev.runlens.workbench.TaskExecutor;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.runlens.app.decisions.SigningFixtures.context;
import static dev.runlens.app.decisions.SigningFixtures.pass;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keys screen's logic, in a temporary key folder. */
class KeysViewModelTest {
    @TempDir
    Path dir;

    private SigningContext signing;
    private KeysViewModel model;
    private Path chosen;
    private Path saveTo;
    private final List<String> copied = new ArrayList<>();

    @BeforeEach
    void setUp() {
        signing = context(dir.resolve("data"), Optional.empty());
        FileDialogs dialogs = new FileDialogs() {
            @Override public Optional<Path> openBundle(Window owner) { return Optional.empty(); }
            @Override public Optional<Path> openKeyFile(Window owner) { return Optional.ofNullable(chosen); }
            @Override public Optional<Path> saveFile(Window owner, String title, String name, String ext) { return Optional.ofNullable(saveTo); }
        };
        model = new KeysViewModel(signing, TaskExecutor.sameThread(), dialogs, () -> null, copied::add);
        model.refresh();
    }

    @Test
    void aNewKeyIsP256ByDefaultListedWithItsFingerprintAndItsPassphrasesAreWiped() throws Exception {
        assertEquals(List.of(), model.keys());
        model.newNameProperty().set("alice");
        model.newPrincipalProperty().set("alice@example.org");
        char[] p1 = pass();
        char[] p2 = pass();
        model.create(p1, p2);
        assertArrayEquals(new char[p1.length], p1);
        assertArrayEquals(new char[p2.length], p2);
        assertEquals("", model.errorProperty().get());
        KeyRow row = model.keys().get(0);
        var stored = signing.decisions().listKeys(signing.keys()).get(0);
        assertEquals(List.of("alice", "P-256 (ECDSA, SHA-256)", "alice@example.org", stored.fingerprint(), stored.keyId()),
                List.of(row.name(), row.algorithm(), row.principal(), row.fingerprint(), row.keyId()));
        assertTrue(row.fingerprint().matches("([0-9a-f]{4} ){15}[0-9a-f]{4}"), row.fingerprint());
        assertEquals(row, model.selectedProperty().get());
        assertEquals("Created key alice: " + row.fingerprint(), model.statusProperty().get());
    }

    @Test
    void differentPassphrasesAreRefusedAndNothingIsWritten() {
        model.newNameProperty().set("alice");
        model.create(pass(), "something else".toCharArray());
        assertEquals("The two passphrases differ.", model.errorProperty().get());
        assertFalse(Files.exists(signing.keys().resolve("alice.key.pem")));
    }

    @Test
    void anEd25519KeyCanBeChosen() {
        model.newNameProperty().set("bob");
        model.newAlgorithmProperty().set(KeyAlgorithm.ED25519);
        model.create(pass(), pass());
        assertEquals("Ed25519", model.keys().get(0).algorithm());
    }

    @Test
    void anEncryptedKeyFileIsImportedAndAWrongPassphraseImportsNothing() throws Exception {
        SigningKey k = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        chosen = Files.writeString(dir.resolve("carol.key.pem"), k.toEncryptedPem(pass(), KdfParameters.testOnly(1_000)));
        model.chooseImportFile();
        assertEquals(chosen, model.importFileProperty().get());
        assertEquals("carol", model.importNameProperty().get());
        model.importKey("wrong".toCharArray());
        assertEquals("Wrong passphrase: the key file could not be decrypted with it. Nothing was imported.", model.errorProperty().get());
        assertEquals(List.of(), model.keys());
        model.importPrincipalProperty().set("carol@example.org");
        model.importKey(pass());
        assertEquals(k.publicKey().keyId(), model.keys().get(0).keyId());
        assertEquals("carol@example.org", model.keys().get(0).principal());
    }

    @Test
    void thePublicKeyIsExportedAndTheFingerprintCopied() throws Exception {
        model.newNameProperty().set("alice");
        model.create(pass(), pass());
        saveTo = dir.resolve("out/alice.pub.pem");
        Files.createDirectories(saveTo.getParent());
        model.exportPublicKey();
        assertEquals(Files.readString(signing.keys().resolve("alice.pub.pem")), Files.readString(saveTo));
        model.copyFingerprint();
        assertEquals(List.of(model.keys().get(0).keyId()), copied);
    }
}
