package dev.runlens.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The third-party libraries RunLens ships, with their licences: {@code third-party.tsv}, which the
 * build writes next to this class from the dependencies' POMs (license-maven-plugin, template
 * {@code app/src/license/third-party.ftl}): one library per line, tab-separated coordinates, name,
 * licences and project URL.
 */
public final class ThirdPartyLibraries {
    static final String RESOURCE = "third-party.tsv";

    /** One shipped library; {@code licence} joins alternatives with " OR ". */
    public record Library(String groupId, String artifactId, String version, String name, String licence, String url) {
        public String coordinates() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    private ThirdPartyLibraries() {}

    /** The list this build carries, by name; empty when the build did not make it (an IDE build without Maven). */
    public static List<Library> load() {
        try (InputStream in = ThirdPartyLibraries.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Library> parse(String tsv) {
        return tsv.lines().filter(l -> !l.isBlank()).map(ThirdPartyLibraries::line)
                .sorted(Comparator.comparing((Library l) -> l.name().toLowerCase(Locale.ROOT)).thenComparing(Library::coordinates))
                .toList();
    }

    private static Library line(String line) {
        String[] f = line.split("\t", -1);
        String[] c = f[0].split(":");
        if (f.length < 4 || c.length != 3) throw new IllegalArgumentException("not a library line: " + line);
        return new Library(c[0], c[1], c[2], f[1].strip(), f[2].strip(), f[3].strip());
    }
}
