package dev.runlens.signing.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Design (c) case 15 and the Ed25519 key cases of 13: keys RunLens refuses, each with its reason. */
class KeyParsingTest {
    private static final HexFormat HEX = HexFormat.of();
    /** Wycheproof's P-256 key (uncompressed point), as SPKI DER. */
    private static final String P256 = "3059301306072a8648ce3d020106082a8648ce3d030107034200042927b10512bae3eddcfe467828128bad2903269919f7086069c8c4df6c732838c7787964eaac00e5921fb1498a60f4606766b3d9685001558d1a974e7341513e";

    static byte[] spki(org.bouncycastle.asn1.x509.AlgorithmIdentifier alg, byte[] key) throws Exception {
        return new org.bouncycastle.asn1.x509.SubjectPublicKeyInfo(alg, key).getEncoded("DER");
    }

    static byte[] keyFor(String what) throws Exception {
        var p256 = org.bouncycastle.crypto.ec.CustomNamedCurves.getByName("secp256r1");
        var ecAlg = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(Bc.EC_PUBLIC_KEY, Bc.P256);
        byte[] point = p256.getG().getEncoded(false);
        return switch (what) {
            case "explicit" -> spki(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(Bc.EC_PUBLIC_KEY, p256.toASN1Primitive()), point);
            case "compressed" -> spki(ecAlg, p256.getG().getEncoded(true));
            case "off-curve" -> {
                byte[] off = point.clone();
                off[64] ^= 1;
                yield spki(ecAlg, off);
            }
            case "p384" -> {
                var p384 = org.bouncycastle.crypto.ec.CustomNamedCurves.getByName("secp384r1");
                yield spki(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(Bc.EC_PUBLIC_KEY,
                        org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp384r1), p384.getG().getEncoded(false));
            }
            case "rsa" -> java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded();
            case "ber" -> {
                byte[] der = spki(ecAlg, point);
                byte[] ber = new byte[der.length + 1];
                ber[0] = 0x30;
                ber[1] = (byte) 0x81;
                System.arraycopy(der, 1, ber, 2, der.length - 1);
                yield ber;
            }
            default -> throw new IllegalArgumentException(what);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            explicit,   explicit curve parameters
            compressed, compressed point
            off-curve,  not a point on P-256
            p384,       only P-256
            rsa,        unsupported key algorithm
            ber,        not canonical DER
            """)
    void refusedKeysNameTheirProblem(String what, String reason) throws Exception {
        byte[] der = keyFor(what);
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> VerificationKey.fromSpkiDer(der));
        assertTrue(e.getMessage().contains(reason), what + ": " + e.getMessage());
    }

    @Test
    void theWycheproofKeyIsAccepted() throws Exception {
        assertTrue(VerificationKey.fromSpkiDer(HEX.parseHex(P256)).algorithm() == KeyAlgorithm.ECDSA_P256);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            identity (order 1), 0100000000000000000000000000000000000000000000000000000000000000
            (0 -1) of order 2,  ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f
            """)
    void aSmallOrderEd25519KeyIsRefused(String what, String point) {
        byte[] spki = HEX.parseHex("302a300506032b6570032100" + point);
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> VerificationKey.fromSpkiDer(spki), what);
        assertTrue(e.getMessage().startsWith("Ed25519 public key"), e.getMessage());
    }

    @Test
    void anEcdsaSignatureDoesNotVerifyWithAnEd25519KeyNorTheReverse() {
        SigningKey p = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        SigningKey e = SigningKey.generate(KeyAlgorithm.ED25519);
        byte[] m = "m".getBytes();
        assertFalse(e.publicKey().verify(m, p.sign(m), SignaturePolicy.DECISIONS).valid());
        assertFalse(p.publicKey().verify(m, e.sign(m), SignaturePolicy.ANY_ENCODING).valid());
    }

    @Test
    void p256SignaturesAreDeterministicLowSDer() {
        SigningKey k = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        for (int i = 0; i < 50; i++) {
            byte[] m = ("message " + i).getBytes();
            byte[] sig = k.sign(m);
            assertTrue(java.util.Arrays.equals(sig, k.sign(m)), "RFC 6979");
            assertTrue(k.publicKey().verify(m, sig, SignaturePolicy.DECISIONS).valid(), "low S, canonical DER");
        }
    }
}
