package dev.runlens.workbench.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the library lives: {@code --library DIR} on the app's command line, else the
 * {@value #ENVIRONMENT} environment variable, else the platform's per-user data folder —
 * Linux {@code $XDG_DATA_HOME/RunLens} (when set to an absolute path) or {@code ~/.local/share/RunLens},
 * macOS {@code ~/Library/Application Support/RunLens}, Windows {@code %LOCALAPPDATA%\RunLens}.
 */
public final class LibraryLocation {
    public static final String ENVIRONMENT = "RUNLENS_LIBRARY";
    public static final String FOLDER_NAME = "RunLens";

    private LibraryLocation() {}

    /** For this process: its environment, {@code os.name} and {@code user.home}. */
    public static Path resolve(Optional<Path> fromCommandLine) {
        return resolve(fromCommandLine, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public static Path resolve(Optional<Path> fromCommandLine, Map<String, String> env, String osName, String userHome) {
        if (fromCommandLine.isPresent()) return fromCommandLine.get();
        String override = env.get(ENVIRONMENT);
        if (override != null && !override.isBlank()) return Path.of(override);
        return platformDefault(env, osName, userHome);
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (isBlank(local) ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve(FOLDER_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(FOLDER_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (!isBlank(xdg) && Path.of(xdg).isAbsolute()) return Path.of(xdg).resolve(FOLDER_NAME);
        return home.resolve(".local").resolve("share").resolve(FOLDER_NAME);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
