package dev.runlens.protocol.integrity;

import dev.runlens.protocol.bench.SyntheticBundles;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file read from memory (parsed straight from its bytes when it is plain JSON) gets exactly the
 * report and trees it gets when streamed: verdict, hashes, error with its place, findings in order,
 * for every sample, negative fixture and reference corpus file, and a large generated bundle.
 */
class InMemoryReadTest {
    static List<Path> files() throws IOException {
        return PipelinedHashingTest.files();
    }

    @ParameterizedTest
    @MethodSource("files")
    void readingFromMemoryChangesNoAnswer(Path file) throws IOException {
        assertSameEitherWay(file.toString(), Files.readAllBytes(file));
    }

    @Test
    void aLargeGeneratedBundleGetsTheSameAnswerFromMemory(@TempDir Path dir) throws IOException {
        SyntheticBundles.Bundle b = SyntheticBundles.writeEvents(dir.resolve("large.json"), 4_000, 12, SyntheticBundles.Layout.PRETTY);
        BundleReader.Loaded fromMemory = assertSameEitherWay("large.json", Files.readAllBytes(b.file()));
        assertEquals(IntegrityVerdict.VALID, fromMemory.report().integrity());
        assertEquals(b.integritySha256(), fromMemory.report().computedSha256());
    }

    private static BundleReader.Loaded assertSameEitherWay(String name, byte[] bytes) throws IOException {
        BundleReader.Loaded fromMemory = null;
        for (BundleReader reader : List.of(BundleReader.loader(), BundleReader.verifier(), BundleReader.loader().pipelinedFrom(0))) {
            BundleReader.Loaded streamed = reader.read(name, new ByteArrayInputStream(bytes));
            BundleReader.Loaded read = reader.read(name, bytes);
            assertEquals(streamed.report(), read.report(), name);
            assertEquals(text(streamed.rawTree()), text(read.rawTree()), name);
            assertEquals(text(streamed.normalizedTree()), text(read.normalizedTree()), name);
            if (fromMemory == null) fromMemory = read;
        }
        return fromMemory;
    }

    /** The tree as written (members in order), without recursion: some fixtures nest 10,000 deep. */
    private static String text(JsonValue tree) {
        return tree == null ? null : CanonicalJson.toString(tree, CanonicalJson.Form.AS_WRITTEN);
    }
}
