package dev.runlens.app;

import dev.runlens.app.library.LibraryViewModel;
import dev.runlens.app.welcome.WhatsHereViewModel;

/** The view models of the main window: the open run (verification and run view), the library and the "What's here" panel. */
public record MainWindow(VerificationViewModel verification, LibraryViewModel library, WhatsHereViewModel welcome) {}
