package dev.runlens.protocol.integrity;

import dev.runlens.protocol.TestBytes;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trees handed over while the hashes are computed are the very trees the read then returns,
 * with the acceptance its report gives, told once; never for a file that is no JSON object or
 * whose protocol version would need a migration, or when no trees are kept. Checked with the hashing on this thread and on a second one.
 */
class WhileHashingTest {
    private record Told(boolean accepted, Object raw, Object normalized) {}

    static List<Path> files() throws IOException {
        return PipelinedHashingTest.files();
    }

    @ParameterizedTest
    @MethodSource("files")
    void theTreesHandedOverAreTheOnesReturnedWithTheSameAcceptance(Path file) {
        byte[] bytes = TestBytes.bytes(file);
        for (long pipelineFrom : new long[] {Long.MAX_VALUE, 0}) {
            List<Told> told = new ArrayList<>();
            BundleReader.Loaded l = BundleReader.loader().pipelinedFrom(pipelineFrom)
                    .read(file.toString(), bytes, (accepted, raw, normalized) -> told.add(new Told(accepted, raw, normalized)));
            boolean objectRoot = l.rawTree() instanceof dev.runlens.protocol.json.JsonValue.Obj;
            boolean migration = l.report().error() != null && "UNSUPPORTED_PROTOCOL_VERSION".equals(l.report().error().code());
            assertEquals(objectRoot && !migration ? 1 : 0, told.size(), () -> file + ": told " + told.size() + " times");
            if (told.isEmpty()) continue;
            assertEquals(l.report().accepted(), told.get(0).accepted(), file.toString());
            assertSame(l.rawTree(), told.get(0).raw(), file.toString());
            assertSame(l.normalizedTree(), told.get(0).normalized(), file.toString());
            assertEquals(BundleReader.loader().read(file.toString(), bytes).report(), l.report(), "the same report as without");
        }
    }

    @Test
    void aRejectedBundleIsHandedItsRawTreeOnly() {
        byte[] bytes = "{\"protocolVersion\":\"1.0.0\",\"run\":{}}".getBytes(StandardCharsets.UTF_8);
        List<Told> told = new ArrayList<>();
        BundleReader.Loaded l = BundleReader.loader().read("rejected.json", bytes, (a, raw, norm) -> told.add(new Told(a, raw, norm)));
        assertEquals(false, l.report().accepted());
        assertEquals(List.of(new Told(false, l.rawTree(), null)), told);
    }

    @Test
    void nothingIsHandedOverWithoutTreesOrForAFileThatIsNoObject() {
        byte[] sample = TestBytes.bytes(ProjectFolder.sampleBundles().resolve("2026-09-08-invoice-extraction-failed.json"));
        List<Told> told = new ArrayList<>();
        BundleReader.verifier().read("sample.json", sample, (a, raw, norm) -> told.add(new Told(a, raw, norm)));
        BundleReader.loader().read("array.json", "[1, 2]".getBytes(StandardCharsets.UTF_8), (a, raw, norm) -> told.add(new Told(a, raw, norm)));
        BundleReader.loader().read("not-json.json", TestBytes.bytes(SharedFolder.require("corpus/v-invalid-truncated.json")),
                (a, raw, norm) -> told.add(new Told(a, raw, norm)));
        assertTrue(told.isEmpty(), () -> "told " + told);
        assertNull(BundleReader.verifier().read("sample.json", sample).rawTree());
    }
}
