package dev.runlens.store;

import java.nio.file.Path;
import java.util.List;

/** Child process of {@link CrashSafetyTest}: imports a folder into a library, pausing {@code args[2]} ms per file. */
public final class ImportMain {
    private ImportMain() {}

    public static void main(String[] args) {
        long pauseMs = Long.parseLong(args[2]);
        try (Library lib = Library.open(Path.of(args[1]))) {
            new Importer(lib).importAll(List.of(Path.of(args[0])), (f, t, b, bt) -> pause(pauseMs), () -> false);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
