package dev.runlens.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void onlyExistingFilesAreKeptInOrder() throws IOException {
        Path b = Files.writeString(dir.resolve("b.json"), "{}");
        Path a = Files.writeString(dir.resolve("a.json"), "{}");

        List<String> raw = List.of(b.toString(), "--some-fx-option", dir.resolve("missing.json").toString(), dir.toString(), a.toString(), "\0");

        assertEquals(List.of(b, a), LaunchArguments.existingFiles(raw));
    }

    @Test
    void libraryOptionChoosesTheFolderAndIsNotAPathToImport() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), "{}");
        Path lib = Files.createDirectories(dir.resolve("lib"));

        LaunchArguments.Launch l = LaunchArguments.parse(List.of("--library", lib.toString(), a.toString(), dir.toString()));
        assertEquals(Optional.of(lib), l.library());
        assertEquals(List.of(a, dir), l.paths(), "files and folders are imported; the library folder is not");

        assertEquals(Optional.of(Path.of("/x/y")), LaunchArguments.parse(List.of("--library=/x/y")).library());
        assertEquals(Optional.empty(), LaunchArguments.parse(List.of(a.toString())).library());
    }

    @Test
    void aCommandLineStartingWithTheLibraryOptionIsForTheAppNotTheCli() {
        assertTrue(LaunchArguments.startsWithAppOption(new String[] {"--library", "/x"}));
        assertTrue(LaunchArguments.startsWithAppOption(new String[] {"--library=/x", "run.json"}));
        assertFalse(LaunchArguments.startsWithAppOption(new String[] {"--version"}));
        assertFalse(LaunchArguments.startsWithAppOption(new String[] {}));
    }
}
