package dev.runlens.app.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/**
 * File choosers behind an interface, so view models stay unit-testable ({@code STYLE.md} #7). The
 * import choosers default to "cancelled", so a test fake written as a lambda only answers
 * {@link #openBundle}.
 */
public interface FileDialogs {

    /** Asks for one run bundle to open; empty when the user cancels. */
    Optional<Path> openBundle(Window owner);

    /** Asks for one run bundle to import into the library; empty when the user cancels. */
    default Optional<Path> importFile(Window owner) {
        return Optional.empty();
    }

    /** Asks for a folder whose run bundles ({@code *.json}, recursively) are imported; empty when cancelled. */
    default Optional<Path> importFolder(Window owner) {
        return Optional.empty();
    }

    /** Asks for a ZIP archive whose run bundles are imported; empty when cancelled. */
    default Optional<Path> importZip(Window owner) {
        return Optional.empty();
    }

    /** Asks for an encrypted private key file ({@code *.pem}) to import; empty when cancelled. */
    default Optional<Path> openKeyFile(Window owner) {
        return Optional.empty();
    }

    /** Asks for a trust list (a DSSE envelope, {@code *.json}) to use; empty when cancelled. */
    default Optional<Path> openTrustList(Window owner) {
        return Optional.empty();
    }

    /** Asks for a reviewer's public key ({@code *.pem}, SubjectPublicKeyInfo) to add to a trust list; empty when cancelled. */
    default Optional<Path> openPublicKey(Window owner) {
        return Optional.empty();
    }

    /**
     * Asks where to save an export; empty when cancelled.
     *
     * @param suggestedName file name offered first, e.g. {@code costs-2026-W40.pdf}
     * @param extension     {@code pdf}, {@code csv}, {@code json}...
     */
    default Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
        return Optional.empty();
    }
}
