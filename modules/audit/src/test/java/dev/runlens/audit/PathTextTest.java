package dev.runlens.audit;

import dev.runlens.protocol.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PathTextTest {

    @Test
    void readsBackWhatJsonPathWrites() {
        JsonPath[] paths = {
                JsonPath.ROOT,
                JsonPath.ROOT.key("trace").index(37).key("decision"),
                JsonPath.ROOT.key("run").key("metadata").key("a b").key("\"quoted\\\"").key("é😀").index(0),
                JsonPath.ROOT.key("engine").key("stepStatus").index(3).index(1),
                JsonPath.ROOT.key("x").key("").key("1abc").key("tab\tnew\nline\u0001"),
        };
        for (JsonPath p : paths) {
            assertEquals(p, PathText.parse(p.toString()), p.toString());
            assertEquals(p.pointer(), PathText.parse(p.toString()).pointer(), p.toString());
        }
    }

    @Test
    void emptyElidedOrMalformedTextsHaveNoPath() {
        JsonPath deep = JsonPath.ROOT;
        for (int i = 0; i < 40; i++) deep = deep.index(0);
        assertNull(PathText.parse(""));
        assertNull(PathText.parse(deep.toString()));
        assertNull(PathText.parse("trace[x]"));
        assertNull(PathText.parse("trace[\"open"));
        assertNull(PathText.parse("a..b"));
    }
}
