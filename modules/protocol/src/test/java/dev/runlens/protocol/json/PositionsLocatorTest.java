package dev.runlens.protocol.json;

import dev.runlens.testkit.BundleFiles;
import dev.runlens.protocol.TestBytes;
import dev.runlens.protocol.bench.SyntheticBundles;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Locating with the positions a read from memory left (reading only the values that hold the
 * wanted paths) gives exactly what one pass over the whole file gives: every value of every sample,
 * fixture and corpus file, paths that do not exist, and files with CRLF or CR line ends, on one
 * long line, with non-ASCII characters before a value on its line.
 */
class PositionsLocatorTest {
    private static final JsonLocator LOCATOR = JsonLocator.hardened();

    static List<Path> files() throws IOException {
        return BundleFiles.samplesAndCorpus();
    }

    @ParameterizedTest
    @MethodSource("files")
    void positionsLocateEveryValueWhereTheWholeFileDoes(Path file) {
        byte[] bytes = TestBytes.bytes(file);
        BundleReader.Loaded loaded = BundleReader.loader().read(file.toString(), bytes);
        if (file.getFileName().toString().startsWith("2026-")) assertNotNull(loaded.positions(), "a sample bundle is read from its bytes");
        if (loaded.positions() != null) assertSameLocations(file.toString(), bytes);
    }

    @Test
    void lineEndsOfEveryKindAreCountedAsTheReaderCountsThem() {
        byte[] sample = TestBytes.bytes(ProjectFolder.sampleBundles().resolve("2026-09-08-invoice-extraction-failed.json"));
        String text = new String(sample, StandardCharsets.UTF_8);
        assertSameLocations("crlf", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertSameLocations("cr", text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        assertSameLocations("mixed", text.replaceFirst("\n", "\r").replaceFirst("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void columnsOnOneLongLineCountUtf16UnitsBeforeTheValue() {
        String doc = "{\"protocolVersion\":\"1.0.0\",\"note\":\"é😀€\",\"trace\":[{\"a\":\"😀\"},  {\"b\":[1,{\"c\":\"ü\"}]},\n"
                + " \"😀\", {\"d\": {\"e\": [\"x\", \"𝄞\", {\"f\": null}]}}],\"run\":{\"x\":\"€\",\"y\":[\"😀\",\"z\"]}}";
        assertSameLocations("one line", doc.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLargeCompactBundleIsLocatedTheSame(@TempDir Path dir) throws IOException {
        SyntheticBundles.Bundle b = SyntheticBundles.writeEvents(dir.resolve("compact.json"), 2_000, 5, SyntheticBundles.Layout.COMPACT);
        assertSameLocations("compact", Files.readAllBytes(b.file()));
    }

    /** Every value's path (and a few that do not exist) located both ways. */
    private static void assertSameLocations(String name, byte[] bytes) {
        BundleReader.Loaded loaded = BundleReader.loader().read(name, bytes);
        assertNotNull(loaded.positions(), () -> name + " is read straight from its bytes");
        JsonValue root = loaded.rawTree();
        assertNotNull(root, name);
        List<JsonPath> paths = allPaths(root);
        paths.add(JsonPath.ROOT.key("trace").index(1_000_000));
        paths.add(JsonPath.ROOT.key("no-such-member").key("x"));
        paths.add(JsonPath.ROOT.key("run").key("no-such-field"));
        Map<JsonPath, JsonLocator.Location> whole = LOCATOR.locate(bytes, paths);
        Map<JsonPath, JsonLocator.Location> helped = LOCATOR.locate(bytes, paths, loaded.positions());
        assertFalse(whole.isEmpty(), name);
        for (JsonPath p : paths) assertEquals(whole.get(p), helped.get(p), () -> name + ": " + p);
        assertEquals(whole.size(), helped.size(), name);
    }

    private static List<JsonPath> allPaths(JsonValue root) {
        List<JsonPath> out = new ArrayList<>();
        ArrayDeque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {JsonPath.ROOT, root});
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            JsonPath path = (JsonPath) next[0];
            JsonValue v = (JsonValue) next[1];
            out.add(path);
            if (path.depth() >= 12) continue;
            if (v instanceof JsonValue.Obj o) {
                o.members().forEach((k, x) -> todo.push(new Object[] {path.key(k), x}));
            } else if (v instanceof JsonValue.Arr a) {
                for (int i = 0; i < a.size(); i++) todo.push(new Object[] {path.index(i), a.get(i)});
            }
        }
        return out;
    }
}
