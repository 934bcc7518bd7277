package dev.runlens.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the desktop app makes of its command line: the entries that name existing files. */
final class LaunchArguments {
    private LaunchArguments() {}

    /** The raw arguments that are existing regular files, in order; anything else is ignored. */
    static List<Path> existingFiles(List<String> raw) {
        List<Path> files = new ArrayList<>();
        for (String arg : raw) {
            try {
                Path p = Path.of(arg);
                if (Files.isRegularFile(p)) files.add(p);
            } catch (InvalidPathException e) {
                // not a path: not for us
            }
        }
        return files;
    }
}
