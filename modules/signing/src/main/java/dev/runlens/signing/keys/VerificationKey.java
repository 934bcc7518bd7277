package dev.runlens.signing.keys;

import dev.runlens.signing.codec.Digests;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * A public key RunLens verifies with: P-256 (named curve, uncompressed point on the curve) or
 * Ed25519, read from canonical SPKI DER. Its id is {@code sha256:} + hex SHA-256 of the SPKI DER.
 * Verification is strict (design B7 step 6) and goes through Bouncy Castle, never the JDK provider.
 */
public final class VerificationKey {
    private final KeyAlgorithm algorithm;
    private final byte[] spki;
    private final String keyId;
    private final ECPublicKeyParameters ec;   // ECDSA_P256
    private final byte[] ed;                  // ED25519: the 32-byte public key
    private final boolean edFullyValid;

    private VerificationKey(KeyAlgorithm algorithm, byte[] spki, ECPublicKeyParameters ec, byte[] ed, boolean edFullyValid) {
        this.algorithm = algorithm;
        this.spki = spki;
        this.keyId = Digests.prefixed(spki);
        this.ec = ec;
        this.ed = ed;
        this.edFullyValid = edFullyValid;
    }

    /** Reads a {@code -----BEGIN PUBLIC KEY-----} block. */
    public static VerificationKey fromPem(String pem) throws KeyFormatException {
        return fromSpkiDer(Pem.read(pem, "PUBLIC KEY"));
    }

    /** Reads canonical DER SubjectPublicKeyInfo; refuses explicit curve parameters, other curves, compressed or off-curve points. */
    public static VerificationKey fromSpkiDer(byte[] der) throws KeyFormatException {
        try {
            return parse(der);
        } catch (RuntimeException e) {
            throw new KeyFormatException("public key is not usable SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
    }

    private static VerificationKey parse(byte[] der) throws KeyFormatException {
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
            if (!Arrays.equals(info.getEncoded(ASN1Encoding.DER), der))
                throw new KeyFormatException("public key is not canonical DER SubjectPublicKeyInfo");
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new KeyFormatException("public key is not DER SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
        AlgorithmIdentifier alg = info.getAlgorithm();
        ASN1ObjectIdentifier oid = alg.getAlgorithm();
        byte[] bits = info.getPublicKeyData().getBytes();
        if (info.getPublicKeyData().getPadBits() != 0) throw new KeyFormatException("public key BIT STRING has unused bits");
        if (oid.equals(Bc.EC_PUBLIC_KEY)) return ecKey(der, alg.getParameters(), bits);
        if (oid.equals(Bc.ED25519)) {
            if (alg.getParameters() != null) throw new KeyFormatException("Ed25519 key with algorithm parameters (RFC 8410 forbids them)");
            if (bits.length != 32) throw new KeyFormatException("Ed25519 public key must be 32 bytes, got " + bits.length);
            if (!Ed25519.validatePublicKeyPartial(bits, 0))
                throw new KeyFormatException("Ed25519 public key is not a valid point encoding");
            return new VerificationKey(KeyAlgorithm.ED25519, der.clone(), null, bits, Ed25519.validatePublicKeyFull(bits, 0));
        }
        throw new KeyFormatException("unsupported key algorithm " + oid.getId() + " (RunLens accepts ECDSA P-256 and Ed25519)");
    }

    private static VerificationKey ecKey(byte[] der, ASN1Encodable params, byte[] point) throws KeyFormatException {
        if (!(params instanceof ASN1ObjectIdentifier curve))
            throw new KeyFormatException("EC key with explicit curve parameters (only the named curve P-256 is accepted)");
        if (!curve.equals(Bc.P256))
            throw new KeyFormatException("EC key on curve " + curve.getId() + " (only P-256, 1.2.840.10045.3.1.7, is accepted)");
        if (point.length == 33 && (point[0] == 2 || point[0] == 3))
            throw new KeyFormatException("EC key with a compressed point (only uncompressed points are accepted)");
        if (point.length != 65 || point[0] != 4)
            throw new KeyFormatException("EC public key must be an uncompressed point (65 bytes, 0x04...), got " + point.length + " bytes");
        ECPoint q;
        try {
            q = Bc.P256_CURVE.getCurve().decodePoint(point);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException("EC public key is not a point on P-256: " + e.getMessage(), e);
        }
        if (q.isInfinity() || !q.isValid()) throw new KeyFormatException("EC public key is not a valid point on P-256");
        return new VerificationKey(KeyAlgorithm.ECDSA_P256, der.clone(), new ECPublicKeyParameters(q, Bc.P256_DOMAIN), null, true);
    }

    static VerificationKey ofEc(ECPoint q) {
        try {
            byte[] der = new SubjectPublicKeyInfo(new AlgorithmIdentifier(Bc.EC_PUBLIC_KEY, Bc.P256), q.getEncoded(false))
                    .getEncoded(ASN1Encoding.DER);
            return fromSpkiDer(der);
        } catch (IOException | KeyFormatException e) {
            throw new IllegalStateException("a generated P-256 key must encode", e);
        }
    }

    static VerificationKey ofEd25519(byte[] publicKey) {
        try {
            byte[] der = new SubjectPublicKeyInfo(new AlgorithmIdentifier(Bc.ED25519), publicKey).getEncoded(ASN1Encoding.DER);
            return fromSpkiDer(der);
        } catch (IOException | KeyFormatException e) {
            throw new IllegalStateException("a generated Ed25519 key must encode", e);
        }
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** {@code sha256:} + 64 hex characters. */
    public String keyId() {
        return keyId;
    }

    public byte[] spkiDer() {
        return spki.clone();
    }

    public String toPem() {
        return Pem.write("PUBLIC KEY", spki);
    }

    /** The key id's hex in groups of four, for reading aloud or comparing by eye (design B8). */
    public String fingerprint() {
        String hex = keyId.substring("sha256:".length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) sb.append(' ');
            sb.append(hex, i, i + 4);
        }
        return sb.toString();
    }

    /** Verifies {@code signature} over {@code message} under {@code policy}; never throws for bad input. */
    public SignatureCheck verify(byte[] message, byte[] signature, SignaturePolicy policy) {
        return algorithm == KeyAlgorithm.ED25519 ? verifyEd25519(message, signature, policy) : verifyEcdsa(message, signature, policy);
    }

    private SignatureCheck verifyEd25519(byte[] message, byte[] sig, SignaturePolicy policy) {
        if (sig.length != 64) return SignatureCheck.invalid("an Ed25519 signature is 64 bytes, got " + sig.length);
        if (policy.fullEd25519KeyCheck() && !edFullyValid)
            return SignatureCheck.invalid("Ed25519 public key has small or mixed order (refused)");
        boolean ok;
        try {
            ok = Ed25519.verify(sig, 0, ed, 0, message, 0, message.length);
        } catch (RuntimeException e) {
            return SignatureCheck.invalid("Ed25519 verification failed: " + e.getMessage());
        }
        return ok ? SignatureCheck.VALID : SignatureCheck.invalid("Ed25519 signature does not verify with key " + keyId);
    }

    private SignatureCheck verifyEcdsa(byte[] message, byte[] sig, SignaturePolicy policy) {
        EcdsaSignatures.RS rs = null;
        String why = null;
        if (policy.ecdsaFormats().contains(EcdsaFormat.DER)) {
            try {
                rs = EcdsaSignatures.der(sig);
            } catch (EcdsaSignatures.Malformed e) {
                why = e.getMessage();
            }
        }
        if (rs == null && policy.ecdsaFormats().contains(EcdsaFormat.P1363) && (why == null || sig.length == 64)) {
            try {
                rs = EcdsaSignatures.p1363(sig);
            } catch (EcdsaSignatures.Malformed e) {
                why = why == null ? e.getMessage() : why + "; " + e.getMessage();
            }
        }
        if (rs == null) return SignatureCheck.invalid(why);
        BigInteger r = rs.r(), s = rs.s();
        if (r.signum() <= 0 || r.compareTo(Bc.N) >= 0) return SignatureCheck.invalid("ECDSA r is outside 1..n-1");
        if (s.signum() <= 0 || s.compareTo(Bc.N) >= 0) return SignatureCheck.invalid("ECDSA s is outside 1..n-1");
        if (policy.requireLowS() && s.compareTo(Bc.HALF_N) > 0)
            return SignatureCheck.invalid("ECDSA s is high (s > n/2): the malleable twin of a signature is refused");
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, ec);
        SHA256Digest d = new SHA256Digest();
        d.update(message, 0, message.length);
        byte[] hash = new byte[32];
        d.doFinal(hash, 0);
        return verifier.verifySignature(hash, r, s) ? SignatureCheck.VALID
                : SignatureCheck.invalid("ECDSA signature does not verify with key " + keyId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerificationKey k && Arrays.equals(spki, k.spki);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId);
    }

    @Override
    public String toString() {
        return algorithm.id() + " " + keyId;
    }
}
