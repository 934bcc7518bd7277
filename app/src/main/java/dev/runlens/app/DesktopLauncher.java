package dev.runlens.app;

/** The only way into JavaFX from {@link Main}; loaded only when the desktop app is wanted. */
final class DesktopLauncher {
    private DesktopLauncher() {}

    static void launch(String[] args) {
        javafx.application.Application.launch(RunLensApp.class, args);
    }
}
