package dev.runlens.app;

import dev.runlens.cli.RunLensCli;

/**
 * The plain launcher of {@code runlens.jar}: with a subcommand (or an option) it runs the CLI and
 * never touches JavaFX, so it works on machines without a display; otherwise it opens the desktop
 * app, with any file paths given opened in it. It must not extend {@code Application} and must not
 * refer to JavaFX types itself ({@code ../shared/STYLE.md} #16).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (RunLensCli.isCliInvocation(args)) {
            System.exit(RunLensCli.run(args, System.out, System.err));
        }
        DesktopLauncher.launch(args);
    }
}
