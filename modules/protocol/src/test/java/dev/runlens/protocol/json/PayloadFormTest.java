package dev.runlens.protocol.json;

import dev.runlens.protocol.TestBytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The artifact-payload form ({@code encodeArtifactPayloadBytes}, behind {@code pointer.payloadHash})
 * against the integrity form on the same values. Expected texts and hashes were measured with
 * Node 20 (copy into new objects with sorted keys, then {@code JSON.stringify}); the first row is
 * design/protocol.md example 10.
 */
class PayloadFormTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"b":1,"10":2,"2":3,"a":4}                                  | {"2":3,"10":2,"a":4,"b":1}                                  | f4f9094c064dbf053bcb26f889a01e6dbfbd38323cb7d188497811ca849292f8
            {"4294967295":1,"4294967294":2,"01":3,"1":4,"a":5}          | {"1":4,"4294967294":2,"01":3,"4294967295":1,"a":5}          | 58f7f2ed47be5774bc28bd819866c032ed779aa85f4302e143fe9dfbf765f048
            {"-0":1,"1.0":2,"+1":3," 1":4,"1e3":5,"0":6,"-1":7}         | {"0":6," 1":4,"+1":3,"-0":1,"-1":7,"1.0":2,"1e3":5}         | e064d2968758b28379c383224115b78c9315f7d193124f147776474248b4f658
            [{"9":1,"10":2},{"":0,"9007199254740993":1,"4294967296":2}] | [{"9":1,"10":2},{"":0,"4294967296":2,"9007199254740993":1}] | c9460fafb9c19eca3e297f6d8952a3a974073cf68efad225767427e402c80585
            """)
    void payloadFormPutsArrayIndexKeysFirstInNumericOrder(String input, String canonical, String sha256) throws Exception {
        assertForm(CanonicalJson.Form.ARTIFACT_PAYLOAD, input, canonical, sha256);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"__proto__":1,"a":{"__proto__":{"x":1},"b":2}}       | {"a":{"b":2}}                      | 6377e7d18f737adcad5a0930c5d8ce72150fffe1fa2dc1c65d9c5f81d52346f5
            {"x":[1,{"3":"c","__proto__":null,"1":"a"}],"0":true} | {"0":true,"x":[1,{"1":"a","3":"c"}]} | da2a583100790ddac6e9ca7d9318ebec64dafa794ec2831dc649b467f2a9d836
            """)
    void payloadFormDropsProtoKeysAtEveryDepth(String input, String canonical, String sha256) throws Exception {
        assertForm(CanonicalJson.Form.ARTIFACT_PAYLOAD, input, canonical, sha256);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"b":1,"10":2,"2":3,"a":4}                      | {"10":2,"2":3,"a":4,"b":1}                      | b20ab851204d52932d9890515cb06e2236e2a9fe9a63504681bc796e3b8b0688
            {"__proto__":1,"a":{"__proto__":{"x":1},"b":2}} | {"__proto__":1,"a":{"__proto__":{"x":1},"b":2}} | 1b32f0b81d92328dd4236d7ad167873f20a4489d75e736a2c05ff3effd0da98f
            """)
    void integrityFormSortsEveryKeyByCodeUnitsAndKeepsProto(String input, String canonical, String sha256) throws Exception {
        assertForm(CanonicalJson.Form.INTEGRITY, input, canonical, sha256);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(textBlock = """
            0,          0
            1,          1
            10,         10
            4294967294, 4294967294
            4294967295, -1
            4294967296, -1
            01,         -1
            00,         -1
            -0,         -1
            -1,         -1
            1.0,        -1
            1e3,        -1
            +1,         -1
            '',         -1
            ' 1',       -1
            """)
    void onlyCanonicalDecimalsUpToTwoToThe32MinusTwoAreArrayIndexes(String key, long index) {
        assertEquals(index, CanonicalJson.arrayIndex(key));
    }

    private static void assertForm(CanonicalJson.Form form, String input, String canonical, String sha256) throws Exception {
        JsonValue v = JsonReader.hardened().read(input.getBytes(StandardCharsets.UTF_8)).value();
        byte[] bytes = CanonicalJson.toBytes(v, form);
        assertEquals(canonical, new String(bytes, StandardCharsets.UTF_8));
        assertEquals(sha256, TestBytes.sha256Hex(bytes));
    }
}
