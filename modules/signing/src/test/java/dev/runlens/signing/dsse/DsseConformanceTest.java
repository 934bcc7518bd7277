package dev.runlens.signing.dsse;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Base64Codec;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.keys.SignaturePolicy;
import dev.runlens.signing.keys.SigningKey;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ../shared/conformance/dsse}: every PAE vector and every envelope case, by its pass rule. */
class DsseConformanceTest {
    private static final HexFormat HEX = HexFormat.of();

    static Fields load(String file) throws Exception {
        return Fields.root(StrictJson.parse(Files.readAllBytes(SharedFolder.require("conformance/dsse/" + file))), file);
    }

    static List<Fields> loadAll(String file) throws Exception {
        return Fields.rootObjects(StrictJson.parse(Files.readAllBytes(SharedFolder.require("conformance/dsse/" + file))), file);
    }

    static Map<String, VerificationKey> keys() throws Exception {
        Map<String, VerificationKey> out = new LinkedHashMap<>();
        Fields keys = load("keys.json").obj("keys");
        for (String id : keys.json().members().keySet()) {
            Fields k = keys.obj(id);
            VerificationKey fromDer = VerificationKey.fromSpkiDer(HEX.parseHex(k.str("publicKeySpkiDerHex")));
            assertEquals(fromDer, VerificationKey.fromPem(k.str("publicKeyPem")), "PEM and DER of " + id + " agree");
            out.put(id, fromDer);
        }
        return out;
    }

    @Test
    void everyPaeVectorEncodesByteForByte() throws Exception {
        List<Fields> vectors = loadAll("pae_vectors.json");
        assertTrue(vectors.size() >= 7);
        for (Fields v : vectors) {
            byte[] payload = Base64Codec.decode(v.str("payloadBase64")).orElseThrow();
            assertEquals(v.str("paeHex"), HEX.formatHex(Pae.encode(v.str("payloadType"), payload)), v.str("name"));
        }
    }

    @Test
    void everyEnvelopeCaseGetsItsExpectedVerdictWithAReason() throws Exception {
        Map<String, VerificationKey> keys = keys();
        List<Fields> cases = loadAll("envelope_cases.json");
        assertEquals(14, cases.size());
        List<String> wrong = new ArrayList<>();
        for (Fields c : cases) {
            DsseVerifier.Builder b = DsseVerifier.builder().policy(SignaturePolicy.ANY_ENCODING).threshold((int) c.integer("threshold"));
            for (String id : c.strings("trustedKeys")) b.trust(keys.get(id));
            String verdict;
            String reason;
            try {
                Envelope e = c.has("envelopeText") ? EnvelopeJson.read(c.str("envelopeText").getBytes(StandardCharsets.UTF_8))
                        : EnvelopeJson.read(c.need("envelope"));
                DsseVerifier.Result r = b.build().verify(e);
                verdict = r.valid() ? "valid" : "invalid";
                reason = r.reason();
                if (r.valid()) assertArrayEquals(e.payload(), r.payload().orElseThrow(), "hands back the verified bytes");
            } catch (EnvelopeFormatException ex) {
                verdict = "invalid";
                reason = ex.getMessage();
            }
            assertFalse(reason == null || reason.isBlank(), c.str("name") + " has a reason");
            if (!verdict.equals(c.str("expected"))) wrong.add(c.str("name") + ": " + verdict + " (" + reason + ")");
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void missingPayloadTypeIsRejectedNamingTheMember() throws Exception {
        Fields c = loadAll("envelope_cases.json").stream()
                .filter(f -> f.json().get("name").equals(new JsonValue.Str("ed25519-missing-payloadtype"))).findFirst().orElseThrow();
        EnvelopeFormatException e = org.junit.jupiter.api.Assertions.assertThrows(EnvelopeFormatException.class,
                () -> EnvelopeJson.read(c.str("envelopeText").getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("envelope.payloadType: required member missing"), e.getMessage());
    }

    @Test
    void signingTheValidEd25519CasesWithTheRfc8032SeedReproducesTheirSignatures() throws Exception {
        byte[] seed = HEX.parseHex(load("keys.json").obj("keys").obj("rfc8032-test1-ed25519").str("privateSeedHex"));
        SigningKey key = SigningKey.ed25519(seed);
        int checked = 0;
        for (Fields c : loadAll("envelope_cases.json")) {
            if (!c.str("expected").equals("valid") || !c.strings("trustedKeys").equals(List.of("rfc8032-test1-ed25519"))) continue;
            Envelope e = EnvelopeJson.read(c.need("envelope"));
            assertArrayEquals(e.signatures().get(0).sig(), key.sign(e.pae()), c.str("name"));
            checked++;
        }
        assertEquals(3, checked);
    }

    @Test
    void theSpecP256KeySignsEnvelopesItsPublicKeyVerifies() throws Exception {
        Fields k = load("keys.json").obj("keys").obj("dsse-spec-p256");
        SigningKey key = SigningKey.p256(new java.math.BigInteger(k.str("privateD")));
        assertEquals(keys().get("dsse-spec-p256"), key.publicKey());
        Envelope e = new Envelope("http://example.com/HelloWorld", "hello world".getBytes(StandardCharsets.UTF_8), List.of());
        Envelope signed = e.withSignature(new Envelope.Signature(key.publicKey().keyId(), key.sign(e.pae())));
        DsseVerifier.Result r = DsseVerifier.builder().trust(key.publicKey()).policy(SignaturePolicy.DECISIONS).build()
                .verify(EnvelopeJson.read(EnvelopeJson.write(signed)));
        assertTrue(r.valid(), r.reason());
    }

}
