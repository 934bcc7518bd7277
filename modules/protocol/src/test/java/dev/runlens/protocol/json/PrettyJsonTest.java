package dev.runlens.protocol.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected texts are what Node 20 prints for {@code JSON.stringify(JSON.parse(input), null, 2)}. */
class PrettyJsonTest {

    private static JsonValue parse(String json) throws JsonReadException {
        return JsonReader.hardened().read(json.getBytes(StandardCharsets.UTF_8)).value();
    }

    @Test
    void nestedContainersIndentByTwoSpacesAndKeepMemberOrder() throws JsonReadException {
        String input = "{\"z\":1,\"b\":[true,null,{\"c\":\"x\"}],\"d\":{},\"e\":[[]]}";
        assertEquals("""
                {
                  "z": 1,
                  "b": [
                    true,
                    null,
                    {
                      "c": "x"
                    }
                  ],
                  "d": {},
                  "e": [
                    []
                  ]
                }""", PrettyJson.of(parse(input)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            []                  | []
            {}                  | {}
            1e21                | 1e+21
            -0                  | 0
            0.1                 | 0.1
            100                 | 100
            "a\\u0000\\n\\"é"   | "a\\u0000\\n\\"é"
            "\\ud800"           | "\\ud800"
            "\\u00e9\\u2028"    | "é\u2028"
            """)
    void scalarsAndEmptyContainersAreWrittenAsJsonStringifyDoes(String input, String expected) throws JsonReadException {
        assertEquals(expected, PrettyJson.of(parse(input)));
    }

    @Test
    void deepNestingPrintsWithoutRecursion() throws JsonReadException {
        int depth = 5_000;
        String pretty = PrettyJson.of(parse("[".repeat(depth) + "]".repeat(depth)));
        assertEquals(depth, pretty.chars().filter(c -> c == '[').count());
        assertEquals(2L * depth - 1, pretty.lines().count());
    }
}
