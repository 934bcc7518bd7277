package dev.runlens.workbench.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LibraryLocationTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,      /home/ann, XDG_DATA_HOME, /data/ann,           /data/ann/RunLens
            Linux,      /home/ann, XDG_DATA_HOME, relative/not/used,   /home/ann/.local/share/RunLens
            Linux,      /home/ann, ,              ,                    /home/ann/.local/share/RunLens
            Mac OS X,   /Users/ann, ,             ,                    /Users/ann/Library/Application Support/RunLens
            Windows 11, /Users/ann, LOCALAPPDATA, /appdata/local,      /appdata/local/RunLens
            Windows 11, /Users/ann, ,             ,                    /Users/ann/AppData/Local/RunLens
            FreeBSD,    /home/ann, ,              ,                    /home/ann/.local/share/RunLens
            """)
    void eachPlatformHasItsDataFolder(String os, String home, String variable, String value, String expected) {
        Map<String, String> env = new HashMap<>();
        if (variable != null) env.put(variable, value);
        assertEquals(Path.of(expected), LibraryLocation.resolve(Optional.empty(), env, os, home));
    }

    @Test
    void theEnvironmentVariableOverridesThePlatformFolder() {
        Map<String, String> env = Map.of(LibraryLocation.ENVIRONMENT, "/srv/lib", "XDG_DATA_HOME", "/data");
        assertEquals(Path.of("/srv/lib"), LibraryLocation.resolve(Optional.empty(), env, "Linux", "/home/ann"));
    }

    @Test
    void theCommandLineOverridesEverything() {
        Map<String, String> env = Map.of(LibraryLocation.ENVIRONMENT, "/srv/lib");
        assertEquals(Path.of("/tmp/mine"), LibraryLocation.resolve(Optional.of(Path.of("/tmp/mine")), env, "Linux", "/home/ann"));
    }
}
