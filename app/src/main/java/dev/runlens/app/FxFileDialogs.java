package dev.runlens.app;

import dev.runlens.app.ui.FileDialogs;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** {@link FileDialogs} with the platform's choosers; they start in the working folder, then the last one used. */
final class FxFileDialogs implements FileDialogs {
    private File lastFolder = new File(System.getProperty("user.dir"));

    @Override
    public Optional<Path> openBundle(Window owner) {
        return chooseFile(owner, "Open run bundle", new FileChooser.ExtensionFilter("Run bundles (*.json)", "*.json"));
    }

    @Override
    public Optional<Path> importFile(Window owner) {
        return chooseFile(owner, "Import run bundle", new FileChooser.ExtensionFilter("Run bundles (*.json)", "*.json"));
    }

    @Override
    public Optional<Path> importZip(Window owner) {
        return chooseFile(owner, "Import ZIP of run bundles", new FileChooser.ExtensionFilter("ZIP archives (*.zip)", "*.zip"));
    }

    @Override
    public Optional<Path> openKeyFile(Window owner) {
        return chooseFile(owner, "Import an encrypted private key", new FileChooser.ExtensionFilter("PEM keys (*.pem)", "*.pem"));
    }

    @Override
    public Optional<Path> openTrustList(Window owner) {
        return chooseFile(owner, "Open a trust list", new FileChooser.ExtensionFilter("Trust lists (*.json)", "*.json"));
    }

    @Override
    public Optional<Path> openPublicKey(Window owner) {
        return chooseFile(owner, "Choose a reviewer's public key", new FileChooser.ExtensionFilter("PEM public keys (*.pem)", "*.pem"));
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT) + " (*." + extension + ")", "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> importFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of run bundles");
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        return remember(chooser.showDialog(owner), true);
    }

    private Optional<Path> chooseFile(Window owner, String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        return remember(chooser.showOpenDialog(owner), false);
    }

    private Optional<Path> remember(File chosen, boolean isFolder) {
        if (chosen == null) return Optional.empty();
        lastFolder = isFolder ? chosen : chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
