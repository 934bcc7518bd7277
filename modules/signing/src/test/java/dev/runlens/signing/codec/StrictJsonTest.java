package dev.runlens.signing.codec;

import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed JSON: JCS output on the RFC 8785 vectors, and the inputs whose canonical form is ambiguous rejected by name. */
class StrictJsonTest {
    @ParameterizedTest
    @CsvSource({"arrays", "french", "structures", "unicode"})
    void canonicalFormMatchesTheRfc8785Vectors(String name) throws Exception {
        byte[] in = Files.readAllBytes(SharedFolder.require("conformance/jcs/input/" + name + ".json"));
        byte[] expected = Files.readAllBytes(SharedFolder.require("conformance/jcs/output/" + name + ".json"));
        assertArrayEquals(expected, StrictJson.canonical(StrictJson.parse(in)));
        assertTrue(StrictJson.isCanonical(expected, StrictJson.parse(expected)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate key            | {"a":1,"b":{"c":1,"c":2}}   | duplicate key "c" at b.c
            lone surrogate           | ["\\ud800"]                  | lone surrogate at [0]
            integer beyond 2^53      | [9007199254740993]          | integer beyond 2^53 at [0]
            overflowing number       | [1e400]                     | number that overflows a double at [0]
            trailing garbage         | {} x                        | not valid JSON
            """)
    void ambiguousInputIsRejectedWithTheRuleAndPlace(String what, String json, String message) {
        StrictJsonException e = assertThrows(StrictJsonException.class, () -> StrictJson.parse(json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith(message), what + ": " + e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"c3", "ff", "ed a0 80"})
    void bytesThatAreNotUtf8AreRejected(String hex) {
        byte[] bad = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
        byte[] doc = new byte[bad.length + 4];
        doc[0] = '[';
        doc[1] = '"';
        System.arraycopy(bad, 0, doc, 2, bad.length);
        doc[bad.length + 2] = '"';
        doc[bad.length + 3] = ']';
        StrictJsonException e = assertThrows(StrictJsonException.class, () -> StrictJson.parse(doc));
        assertTrue(e.getMessage().startsWith("bytes that are not UTF-8"), e.getMessage());
    }
}
