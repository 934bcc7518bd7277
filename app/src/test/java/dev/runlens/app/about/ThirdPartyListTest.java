package dev.runlens.app.about;

import dev.runlens.app.about.ThirdPartyLibraries.Library;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The About dialog's list against what the app ships: every third-party jar of the runtime class path
 * ({@code target/shipped-dependencies.txt}, written by maven-dependency-plugin independently of the
 * licence plugin) is listed with a licence, and nothing else is.
 */
class ThirdPartyListTest {
    private static final Pattern DEPENDENCY = Pattern.compile("^\\s+([^:\\s]+):([^:\\s]+):jar(?::[^:\\s]+)?:([^:\\s]+):(compile|runtime)");

    private static Set<String> shipped() throws Exception {
        Path list = Path.of("target", "shipped-dependencies.txt");
        assertTrue(Files.isRegularFile(list), list.toAbsolutePath() + " is written in generate-resources");
        return Files.readAllLines(list).stream().map(DEPENDENCY::matcher).filter(Matcher::find)
                .filter(m -> !m.group(1).equals("dev.runlens"))
                .map(m -> m.group(1) + ":" + m.group(2) + ":" + m.group(3)).collect(Collectors.toSet());
    }

    @Test
    void everyShippedJarIsListedWithItsLicenceAndNothingElse() throws Exception {
        Set<String> shipped = shipped();
        List<Library> listed = ThirdPartyLibraries.load();
        assertTrue(shipped.size() > 20, "the runtime class path: " + shipped);
        assertEquals(shipped, listed.stream().map(Library::coordinates).collect(Collectors.toSet()));
        for (Library l : listed) {
            assertTrue(!l.licence().isBlank() && !l.licence().toLowerCase().contains("unknown"), l + " has a licence");
            assertTrue(!l.name().isBlank(), l + " has a name");
        }
    }

    @Test
    void linesAreReadAsCoordinatesNameLicenceAndUrl() {
        List<Library> l = ThirdPartyLibraries.parse("""
                org.xerial:sqlite-jdbc:3.51.3.0\tSQLite JDBC\tApache-2.0\thttps://github.com/xerial/sqlite-jdbc
                org.bouncycastle:bcprov-jdk18on:1.87\tBouncy Castle Provider\tBouncy Castle Licence (MIT)\t
                """);
        assertEquals(List.of(new Library("org.bouncycastle", "bcprov-jdk18on", "1.87", "Bouncy Castle Provider", "Bouncy Castle Licence (MIT)", ""),
                new Library("org.xerial", "sqlite-jdbc", "3.51.3.0", "SQLite JDBC", "Apache-2.0", "https://github.com/xerial/sqlite-jdbc")), l);
    }

    @Test
    void aMalformedLineIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ThirdPartyLibraries.parse("sqlite-jdbc\tSQLite JDBC\n"));
    }
}
