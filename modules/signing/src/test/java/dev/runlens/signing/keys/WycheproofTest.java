package dev.runlens.signing.keys;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every vector of {@code ../shared/conformance/wycheproof} (Ed25519, P-256 DER, P-256 P1363) under
 * the conformance pass rule (valid → true, invalid → false, no crash), and the DER file again under
 * the decision policy of design (c) case 14 (valid high-S → refused).
 */
class WycheproofTest {
    private static final HexFormat HEX = HexFormat.of();

    record Vector(int tcId, String comment, List<String> flags, byte[] spki, byte[] msg, byte[] sig, boolean valid) {}

    static List<Vector> vectors(String file) throws Exception {
        JsonValue doc = StrictJson.parse(Files.readAllBytes(SharedFolder.require("conformance/wycheproof/testvectors_v1/" + file)));
        Fields root = Fields.root(doc, file);
        List<Vector> out = new ArrayList<>();
        for (Fields g : root.objects("testGroups")) {
            byte[] spki = HEX.parseHex(g.str("publicKeyDer"));
            for (Fields t : g.objects("tests")) {
                out.add(new Vector((int) t.integer("tcId"), t.str("comment"), t.strings("flags"), spki,
                        HEX.parseHex(t.str("msg")), HEX.parseHex(t.str("sig")), t.str("result").equals("valid")));
            }
        }
        assertEquals(root.integer("numberOfTests"), out.size(), "every test of " + file + " is read");
        return out;
    }

    /** Verification outcome; a key RunLens refuses to read counts as a rejection (handled, not a crash). */
    static boolean verifies(Vector v, SignaturePolicy policy) {
        try {
            return VerificationKey.fromSpkiDer(v.spki()).verify(v.msg(), v.sig(), policy).valid();
        } catch (KeyFormatException e) {
            return false;
        }
    }

    static void passRule(String file, SignaturePolicy policy, Predicate<Vector> expectedValid) throws Exception {
        List<Vector> vs = vectors(file);
        List<String> failures = new ArrayList<>();
        for (Vector v : vs) {
            boolean expected = expectedValid.test(v);
            if (verifies(v, policy) != expected) failures.add("tcId " + v.tcId() + " (" + v.comment() + ", " + v.flags() + "): expected " + (expected ? "valid" : "invalid"));
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + vs.size() + " vectors fail:\n" + String.join("\n", failures));
    }

    @Test
    void ed25519AllVectorsPass() throws Exception {
        passRule("ed25519_test.json", SignaturePolicy.PLAIN_DER, Vector::valid);
    }

    @Test
    void p256DerAllVectorsPass() throws Exception {
        passRule("ecdsa_secp256r1_sha256_test.json", SignaturePolicy.PLAIN_DER, Vector::valid);
    }

    @Test
    void p256P1363AllVectorsPass() throws Exception {
        passRule("ecdsa_secp256r1_sha256_p1363_test.json", SignaturePolicy.PLAIN_P1363, Vector::valid);
    }

    @Test
    void decisionPolicyRefusesValidHighSVectorsAndKeepsTheRest() throws Exception {
        passRule("ecdsa_secp256r1_sha256_test.json", SignaturePolicy.DECISIONS, v -> v.valid() && !highS(v));
        long highS = vectors("ecdsa_secp256r1_sha256_test.json").stream().filter(v -> v.valid() && highS(v)).count();
        assertTrue(highS > 0, "the file has valid high-S vectors, so the policy is exercised");
    }

    @Test
    void decisionPolicyPassesEveryEd25519VectorWithAFullyValidKey() throws Exception {
        passRule("ed25519_test.json", SignaturePolicy.DECISIONS, Vector::valid);
    }

    private static boolean highS(Vector v) {
        try {
            return EcdsaSignatures.der(v.sig()).s().compareTo(Bc.HALF_N) > 0;
        } catch (EcdsaSignatures.Malformed e) {
            return false;
        }
    }
}
