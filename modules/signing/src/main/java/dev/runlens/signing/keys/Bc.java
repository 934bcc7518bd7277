package dev.runlens.signing.keys;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

import java.math.BigInteger;

/** Bouncy Castle constants shared by the key classes. Package-private: no BC type leaves this package. */
final class Bc {
    private Bc() {}

    static final ASN1ObjectIdentifier EC_PUBLIC_KEY = X9ObjectIdentifiers.id_ecPublicKey;
    static final ASN1ObjectIdentifier P256 = SECObjectIdentifiers.secp256r1;
    static final ASN1ObjectIdentifier ED25519 = EdECObjectIdentifiers.id_Ed25519;

    static final X9ECParameters P256_CURVE = CustomNamedCurves.getByOID(P256);
    static final ECDomainParameters P256_DOMAIN = new ECDomainParameters(P256_CURVE);
    static final BigInteger N = P256_CURVE.getN();
    static final BigInteger HALF_N = N.shiftRight(1);

    /** The canonical DER of {@code SEQUENCE { INTEGER r, INTEGER s }}. */
    static byte[] derSignature(BigInteger r, BigInteger s) {
        try {
            return new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[]{new ASN1Integer(r), new ASN1Integer(s)})
                    .getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] unsigned32(BigInteger v) {
        byte[] out = new byte[32];
        byte[] b = v.toByteArray();
        int from = Math.max(0, b.length - 32);
        System.arraycopy(b, from, out, 32 - (b.length - from), b.length - from);
        return out;
    }
}
