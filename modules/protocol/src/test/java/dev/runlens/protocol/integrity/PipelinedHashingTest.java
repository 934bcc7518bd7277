package dev.runlens.protocol.integrity;

import dev.runlens.testkit.BundleFiles;
import dev.runlens.protocol.bench.SyntheticBundles;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hashing on a second thread while parsing (what large files get) gives exactly what hashing on
 * the reading thread gives: the same report (verdict, hashes, findings in order) and the same trees,
 * for every sample, negative fixture and reference corpus file.
 */
class PipelinedHashingTest {
    static List<Path> files() throws IOException {
        return BundleFiles.samplesAndCorpus();
    }

    @ParameterizedTest
    @MethodSource("files")
    void aSecondHashingThreadChangesNoAnswer(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (BundleReader reader : List.of(BundleReader.loader(), BundleReader.verifier())) {
            BundleReader.Loaded direct = reader.pipelinedFrom(Long.MAX_VALUE).read(file.toString(), bytes);
            BundleReader.Loaded threaded = reader.pipelinedFrom(0).read(file.toString(), bytes);
            assertEquals(direct.report(), threaded.report(), file.toString());
            assertEquals(text(direct.rawTree()), text(threaded.rawTree()), file.toString());
            assertEquals(text(direct.normalizedTree()), text(threaded.normalizedTree()), file.toString());
        }
    }

    /** The tree as written (members in order), compared without recursion: some fixtures nest 10,000 deep. */
    private static String text(JsonValue tree) {
        return tree == null ? null : CanonicalJson.toString(tree, CanonicalJson.Form.AS_WRITTEN);
    }

    @Test
    void aLargeGeneratedBundleIsValidEitherWay(@TempDir Path dir) throws IOException {
        SyntheticBundles.Bundle b = SyntheticBundles.writeEvents(dir.resolve("large.json"), 4_000, 11, SyntheticBundles.Layout.PRETTY);
        BundleReader.Loaded direct = BundleReader.loader().pipelinedFrom(Long.MAX_VALUE).read(b.file());
        BundleReader.Loaded threaded = BundleReader.loader().pipelinedFrom(0).read(b.file());
        assertEquals(IntegrityVerdict.VALID, threaded.report().integrity());
        assertEquals(b.integritySha256(), threaded.report().computedSha256());
        assertEquals(direct.report(), threaded.report());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("runlens-hash") && t.isAlive()),
                "the hashing thread ends with the read");
    }
}
