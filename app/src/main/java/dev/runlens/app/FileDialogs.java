package dev.runlens.app;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** File choosers behind an interface, so view models stay unit-testable ({@code STYLE.md} #7). */
public interface FileDialogs {

    /** Asks for one run bundle to open; empty when the user cancels. */
    Optional<Path> openBundle(Window owner);
}
