package dev.runlens.app.trace;

import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTextTest {

    private static JsonValue json(String text) throws Exception {
        return JsonReader.hardened().read(text.getBytes(StandardCharsets.UTF_8)).value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {}                           | {}
            []                           | []
            `{"a":1}`                    | `{\n  "a": 1\n}`
            `{"a":[1,{"b":"x,y:{"}],"c":{}}` | `{\n  "a": [\n    1,\n    {\n      "b": "x,y:{"\n    }\n  ],\n  "c": {}\n}`
            `["q\\"]",2]`                | `[\n  "q\\"]",\n  2\n]`
            """)
    void prettyIndentsByTwoSpacesAndLeavesStringsAlone(String compact, String pretty) throws Exception {
        assertEquals(pretty.replace("\\n", "\n"), JsonText.pretty(json(compact), 10_000));
    }

    @Test
    void aValueNestedTwentyThousandLevelsIsClippedNotOverflowed() throws Exception {
        JsonValue deep = json("[".repeat(20_000) + "]".repeat(20_000));

        String pretty = JsonText.pretty(deep, 200_000);

        assertTrue(pretty.endsWith("\n" + JsonText.CLIPPED));
        assertTrue(pretty.length() < 200_000 + 50_000, "about the limit: " + pretty.length());
    }

    @Test
    void compactStopsAtTheLimitWithoutCuttingACharacterInHalf() throws Exception {
        JsonValue v = json("[\"" + "é".repeat(100) + "\"]");

        String clipped = JsonText.compact(v, 11);

        assertEquals("[\"éééé" + JsonText.CLIPPED, clipped);
    }
}
