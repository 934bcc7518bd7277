package dev.runlens.app;

import dev.runlens.cli.RunLensCli;

/**
 * The plain launcher of {@code runlens.jar}: with a subcommand (or an option) it runs the CLI and
 * never touches JavaFX, so it works on machines without a display; otherwise it opens the desktop
 * app, with any file or folder paths given imported into the library (the first opened);
 * {@code --library DIR} chooses the library folder. It must not extend {@code Application} and must not
 * refer to JavaFX types itself ({@code ../shared/STYLE.md} #16).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (!LaunchArguments.startsWithAppOption(args) && RunLensCli.isCliInvocation(args)) {
            System.exit(RunLensCli.run(args, System.out, System.err));
        }
        if (noDisplay()) {
            System.err.println("runlens: no display to open the window on (DISPLAY/WAYLAND_DISPLAY unset)."
                    + " The command line works without one: java -jar runlens.jar --help");
            System.exit(2);
        }
        DesktopLauncher.launch(args);
    }

    /** On Linux and other X11 systems a window needs DISPLAY or WAYLAND_DISPLAY; Windows and macOS always have one. */
    static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) return false;
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
