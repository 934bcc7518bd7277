package dev.runlens.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
