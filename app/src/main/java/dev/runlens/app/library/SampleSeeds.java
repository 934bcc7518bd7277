package dev.runlens.app.library;

import dev.runlens.store.ImportSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The sample runs packaged into the app (see {@code app/pom.xml}), listed by {@code samples/index.txt},
 * as import sources named {@code sample-bundles/<file>}; a new library is seeded with them once.
 */
public final class SampleSeeds {
    static final String FOLDER = "samples/";
    static final String SOURCE_PREFIX = "sample-bundles/";

    private SampleSeeds() {}

    /** The file names the index lists, in order. */
    public static List<String> names() {
        return Arrays.stream(new String(read(FOLDER + "index.txt"), StandardCharsets.UTF_8).split("\n"))
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public static List<ImportSource> sources() {
        return names().stream().map(SampleSeeds::source).toList();
    }

    /** One packaged sample by its file name, named {@code sample-bundles/<file>} as when seeded. */
    public static ImportSource source(String name) {
        return ImportSource.of(SOURCE_PREFIX + name, 0, () -> readOrFail(FOLDER + name));
    }

    private static byte[] readOrFail(String resource) throws IOException {
        try (InputStream in = SampleSeeds.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("the sample " + resource + " is missing from the app");
            return in.readAllBytes();
        }
    }

    private static byte[] read(String resource) {
        try {
            return readOrFail(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
