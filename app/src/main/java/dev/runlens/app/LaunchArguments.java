package dev.runlens.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the desktop app makes of its command line: {@code --library DIR} (or {@code --library=DIR})
 * chooses the library folder; the other entries that name existing files or folders are imported
 * and the first is opened. Anything else is ignored. No JavaFX here: {@link Main} uses it too.
 */
final class LaunchArguments {
    static final String LIBRARY = "--library";

    /** @param library the folder given with {@code --library}, if any */
    record Launch(Optional<Path> library, List<Path> paths) {}

    private LaunchArguments() {}

    static Launch parse(List<String> raw) {
        Optional<Path> library = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.equals(LIBRARY) && i + 1 < raw.size()) {
                library = path(raw.get(++i));
            } else if (arg.startsWith(LIBRARY + "=")) {
                library = path(arg.substring(LIBRARY.length() + 1));
            } else {
                rest.add(arg);
            }
        }
        List<Path> paths = new ArrayList<>();
        for (String arg : rest) path(arg).filter(p -> Files.isRegularFile(p) || Files.isDirectory(p)).ifPresent(paths::add);
        return new Launch(library, paths);
    }

    /** Whether the command line starts with an option of the desktop app (so it is not a CLI call). */
    static boolean startsWithAppOption(String[] args) {
        return args.length > 0 && (args[0].equals(LIBRARY) || args[0].startsWith(LIBRARY + "="));
    }

    /** The raw arguments that are existing regular files, in order; anything else is ignored. */
    static List<Path> existingFiles(List<String> raw) {
        List<Path> files = new ArrayList<>();
        for (String arg : raw) path(arg).filter(Files::isRegularFile).ifPresent(files::add);
        return files;
    }

    private static Optional<Path> path(String arg) {
        try {
            return Optional.of(Path.of(arg));
        } catch (InvalidPathException e) {
            return Optional.empty(); // not a path: not for us
        }
    }
}
