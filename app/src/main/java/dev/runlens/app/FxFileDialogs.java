package dev.runlens.app;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** {@link FileDialogs} with the platform's file chooser; starts in the working folder, then the last one used. */
final class FxFileDialogs implements FileDialogs {
    private File lastFolder = new File(System.getProperty("user.dir"));

    @Override
    public Optional<Path> openBundle(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open run bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Run bundles (*.json)", "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) return Optional.empty();
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
