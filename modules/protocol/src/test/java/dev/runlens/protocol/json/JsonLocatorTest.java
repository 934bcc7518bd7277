package dev.runlens.protocol.json;

import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLocatorTest {
    private static final String DOC = String.join("\n",
            "{",
            "  \"a\": {",
            "    \"b\": [10, {\"c\": true}],",
            "    \"é\": \"x\", \"d\": null",
            "  },",
            "  \"e\": []",
            "}");

    private static JsonPath path(Object... segments) {
        JsonPath p = JsonPath.ROOT;
        for (Object s : segments) p = s instanceof Integer i ? p.index(i) : p.key((String) s);
        return p;
    }

    private static Map<JsonPath, JsonLocator.Location> locate(String text, JsonPath... paths) {
        return JsonLocator.hardened().locate(text.getBytes(StandardCharsets.UTF_8), List.of(paths));
    }

    @Test
    void locatesWhereEachValueStarts() {
        Map<JsonPath, JsonLocator.Location> m = locate(DOC, path("a"), path("a", "b", 1, "c"), path("a", "b", 0),
                path("a", "d"), path("e"));
        assertEquals("2:8", m.get(path("a")).toString());
        assertEquals("3:21", m.get(path("a", "b", 1, "c")).toString());
        assertEquals("3:11", m.get(path("a", "b", 0)).toString());
        assertEquals("4:20", m.get(path("a", "d")).toString());
        assertEquals("6:8", m.get(path("e")).toString());
    }

    @Test
    void theRootIsWhereTheDocumentStarts() {
        assertEquals("1:3", locate("  {\"a\":1}", JsonPath.ROOT).get(JsonPath.ROOT).toString());
    }

    @Test
    void pathsThatDoNotExistAreAbsent() {
        Map<JsonPath, JsonLocator.Location> m = locate(DOC, path("a", "b", 2), path("zz"), path("a", "d", "x"));
        assertTrue(m.isEmpty(), m::toString);
    }

    @Test
    void aRepeatedKeyIsLocatedAtItsLastValueAsJsonParseKeepsIt() {
        String text = "{\"k\": 1,\n \"k\": 2}";
        assertEquals("2:7", locate(text, path("k")).get(path("k")).toString());
    }

    @Test
    void columnsCountUtf16UnitsAndCrlfIsOneLineEnd() {
        String text = "{\"😀é\": 1,\r\n\"x\": 2}";
        Map<JsonPath, JsonLocator.Location> m = locate(text, path("😀é"), path("x"));
        assertEquals("1:9", m.get(path("😀é")).toString());
        assertEquals("2:6", m.get(path("x")).toString());
    }

    @Test
    void aBrokenDocumentIsLocatedAsFarAsItCanBeRead() {
        Map<JsonPath, JsonLocator.Location> m = locate("{\"a\": 1, \"b\": [2, ", path("a"), path("b", 1));
        assertEquals("1:7", m.get(path("a")).toString());
        assertFalse(m.containsKey(path("b", 1)));
    }

    @Test
    void readerLimitsApplyToTheLocatorToo() {
        JsonLocator shallow = new JsonLocator(JsonReader.hardened(ReadLimits.DEFAULT.withMaxDepth(3)));
        Map<JsonPath, JsonLocator.Location> m = shallow.locate("{\"a\": 1, \"b\": [[[[0]]]], \"c\": 2}"
                .getBytes(StandardCharsets.UTF_8), List.of(path("a"), path("c")));
        assertTrue(m.containsKey(path("a")));
        assertFalse(m.containsKey(path("c")), "stops at the depth limit");
    }

    /** In a pretty-printed sample bundle the located column points at the value itself. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            trace.4.type,                 "tool_call"
            trace.52.decision,            "rejected"
            run.workflowSnapshot.steps.4, {
            artifacts.1.pointer.byteLength, 422
            """)
    void pointsAtTheValueInARealBundle(String zodPath, String expectedStart) throws IOException {
        Path file = ProjectFolder.sampleBundles().resolve("negative/field-added-in-stripped-position.json");
        JsonPath p = JsonPath.ROOT;
        for (String s : zodPath.split("\\.")) p = s.chars().allMatch(Character::isDigit) ? p.index(Integer.parseInt(s)) : p.key(s);
        JsonLocator.Location loc = JsonLocator.hardened().locate(Files.readAllBytes(file), List.of(p)).get(p);
        String line = Files.readAllLines(file).get((int) loc.line() - 1);
        assertTrue(line.startsWith(expectedStart, (int) loc.column() - 1), () -> loc + ": " + line);
    }
}
