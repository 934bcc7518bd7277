package dev.runlens.protocol.conformance;

import dev.runlens.protocol.TestBytes;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * RFC 8785 vectors ({@code ../shared/conformance/jcs}): {@code input/X.json} read and written in the
 * integrity form gives exactly the bytes of {@code output/X.json} and of the hex in
 * {@code outhex/X.txt}.
 */
class JcsVectorsTest {

    @TestFactory
    Stream<DynamicTest> canonicalBytesEqualTheOutputFile() {
        return inputs().map(in -> dynamicTest(in.getFileName().toString(), () -> {
            byte[] expected = TestBytes.bytes(jcs("output").resolve(in.getFileName()));
            assertBytes(expected, canonical(in));
        }));
    }

    @TestFactory
    Stream<DynamicTest> canonicalBytesEqualTheOutHexFile() {
        return inputs().map(in -> dynamicTest(in.getFileName().toString(), () -> {
            String name = in.getFileName().toString().replaceFirst("\\.json$", ".txt");
            String hex = new String(TestBytes.bytes(jcs("outhex").resolve(name)), StandardCharsets.US_ASCII);
            assertBytes(TestBytes.hex(hex), canonical(in));
        }));
    }

    private static Stream<Path> inputs() {
        List<Path> files = TestBytes.files(jcs("input"), "");
        assertFalse(files.isEmpty(), "no JCS inputs");
        return files.stream();
    }

    private static Path jcs(String folder) {
        return SharedFolder.require("conformance/jcs/" + folder);
    }

    private static byte[] canonical(Path input) throws Exception {
        return CanonicalJson.toBytes(JsonReader.hardened().read(TestBytes.bytes(input)).value(), CanonicalJson.Form.INTEGRITY);
    }

    private static void assertBytes(byte[] expected, byte[] actual) {
        // compare as text first for a readable diff, then byte for byte
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual, () -> HexFormat.of().formatHex(actual));
    }
}
