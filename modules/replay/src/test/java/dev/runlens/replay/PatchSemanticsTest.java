package dev.runlens.replay;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.PatchOpKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** zjsonpatch configured as the runtime's validating fast-json-patch call. */
class PatchSemanticsTest {
    static JsonValue json(String text) {
        try {
            return JsonReader.hardened().read(text.getBytes(StandardCharsets.UTF_8)).value();
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Ops as "op path [from] [value-json]" separated by " ; ". */
    static List<PatchOp> ops(String text) {
        List<PatchOp> out = new ArrayList<>();
        for (String op : text.split(" ; ")) {
            String[] p = op.trim().split(" ", 3);
            PatchOpKind kind = PatchOpKind.valueOf(p[0].toUpperCase());
            boolean from = kind == PatchOpKind.MOVE || kind == PatchOpKind.COPY;
            Optional<String> f = from ? Optional.of(p[2]) : Optional.empty();
            Optional<JsonValue> v = !from && p.length > 2 ? Optional.of(json(p[2])) : Optional.empty();
            out.add(new PatchOp(kind, p.length > 1 ? p[1] : "", f, v));
        }
        return out;
    }

    private static String apply(String doc, String ops) {
        PatchReplay.Result r = PatchReplay.apply(doc == null ? null : json(doc), ops(ops));
        return r.applied() ? CanonicalJson.toString(r.data(), CanonicalJson.Form.AS_WRITTEN) : null;
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":1}             | add /b 2                           | {"a":1,"b":2}
            {"a":[1,2]}         | add /a/- 3                         | {"a":[1,2,3]}
            {"a":[1,2]}         | add /a/0 0                         | {"a":[0,1,2]}
            {"a":1}             | replace /a {"x":[true,null]}       | {"a":{"x":[true,null]}}
            {"a":{"b":1}}       | move /c /a/b                       | {"a":{},"c":1}
            {"a":{"b":1}}       | copy /c /a                         | {"a":{"b":1},"c":{"b":1}}
            {"a":1}             | test /a 1.0 ; remove /a            | {}
            {"a/b":1,"m~n":2}   | remove /a~1b ; replace /m~0n 3     | {"m~n":3}
            {"a":1}             | replace  {"root":true}             | {"root":true}
            {"n":0}             | add /big 1e21                      | {"n":0,"big":1e+21}
            {"a":-0}            | test /a 0 ; add /b true            | {"a":0,"b":true}
            {"a":{"b":[1]}}     | test /a {"b":[1.0]}                | {"a":{"b":[1]}}
            {"a":1}             | remove                             | null
            {"a":{"b":1}}       | move  /a                           | {"b":1}
            {"a":1}             | add  [1] ; add /- 2                | [1,2]
            """)
    void appliesLikeTheRuntime(String doc, String ops, String expected) {
        assertEquals(expected, apply(doc, ops));
    }

    @ParameterizedTest(name = "{0} + {1} fails")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":1}          | remove /b
            {"a":1}          | replace /b 1
            {"a":[1]}        | remove /a/5
            {"a":[1]}        | add /a/5 1
            {"a":1}          | add /x/y 1
            {"a":1}          | test /a 2
            {"a":1}          | move /c /zz
            {"a":1}          | add /b
            {"a":1}          | test /zz null
            {"a":1}          | add /__proto__ {}
            {"a":{}}         | add /constructor/prototype 1
            null             | add /a/b 1
            """)
    void failsWhereTheRuntimeFails(String doc, String ops) {
        assertNull(apply(doc, ops));
    }

    @Test
    void theRecordedPatchOfSurprise21CannotBeReplayed() {
        assertNull(apply("{\"text\":\"t\"}",
                "add /review {\"by\":\"T\",\"flags\":{\"urgent\":true}} ; remove /review/flags/draft"));
    }

    @Test
    void aBaseWithoutDataIsPatchedAsAnEmptyObject() {
        assertEquals("{\"a\":1}", apply(null, "add /a 1"));
        assertEquals("{\"a\":1}", apply("null", "add /a 1"));
    }

    @Test
    void conversionKeepsNumbersStringsAndOrderExactly() {
        JsonValue v = json("{\"z\":-0,\"a\":[0.1,9007199254740993,5e-324],\"s\":\"\\ud800 \\u00e9\",\"o\":{}}");
        assertEquals(v, JsonNodes.toValue(JsonNodes.toNode(v)));
    }

    @Test
    void javascriptEqualityIgnoresMemberOrderAndTheSignOfZero() {
        assertTrue(JsJson.same(json("{\"a\":0,\"b\":[1,{\"c\":null}]}"), json("{\"b\":[1,{\"c\":null}],\"a\":-0}")));
        assertFalse(JsJson.same(json("[1,2]"), json("[2,1]")));
        assertFalse(JsJson.same(json("{\"a\":1}"), json("{\"a\":1,\"b\":1}")));
    }
}
