package dev.runlens.app;

import dev.runlens.app.library.LibraryViewModel;

/** The view models of the main window: the open run (verification and run view) and the library. */
public record MainWindow(VerificationViewModel verification, LibraryViewModel library) {}
