package dev.runlens.signing.keys;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Strict decoding of ECDSA signatures: canonical DER only (short-form lengths, minimal positive
 * integers, nothing after the sequence) or exactly 64 bytes of {@code r || s}. The JDK and BC
 * parsers accept BER variants; this one names what is wrong instead.
 */
final class EcdsaSignatures {
    private EcdsaSignatures() {}

    record RS(BigInteger r, BigInteger s) {}

    /** Thrown with the reason the bytes are not a canonical encoding. */
    static final class Malformed extends Exception {
        Malformed(String m) {
            super(m);
        }
    }

    static RS p1363(byte[] sig) throws Malformed {
        if (sig.length != 64) throw new Malformed("a P1363 signature is 64 bytes (r || s), got " + sig.length);
        return new RS(new BigInteger(1, Arrays.copyOfRange(sig, 0, 32)), new BigInteger(1, Arrays.copyOfRange(sig, 32, 64)));
    }

    static RS der(byte[] sig) throws Malformed {
        if (sig.length < 8) throw new Malformed("DER signature too short (" + sig.length + " bytes)");
        if ((sig[0] & 0xFF) != 0x30) throw new Malformed("DER signature does not start with a SEQUENCE (0x30)");
        int len = sig[1] & 0xFF;
        if (len >= 0x80) throw new Malformed("DER signature uses a long-form or indefinite length (BER, not DER)");
        if (len + 2 < sig.length) throw new Malformed("DER signature has " + (sig.length - len - 2) + " trailing bytes after the SEQUENCE");
        if (len + 2 > sig.length) throw new Malformed("DER signature is truncated (SEQUENCE length " + len + ", " + (sig.length - 2) + " bytes follow)");
        int[] pos = {2};
        BigInteger r = integer(sig, pos, "r");
        BigInteger s = integer(sig, pos, "s");
        if (pos[0] != sig.length) throw new Malformed("DER signature has extra content inside the SEQUENCE after s");
        return new RS(r, s);
    }

    private static BigInteger integer(byte[] b, int[] pos, String name) throws Malformed {
        int p = pos[0];
        if (p + 2 > b.length) throw new Malformed("DER signature ends before " + name);
        if ((b[p] & 0xFF) != 0x02) throw new Malformed(name + " is not an INTEGER (tag 0x" + Integer.toHexString(b[p] & 0xFF) + ")");
        int len = b[p + 1] & 0xFF;
        if (len >= 0x80) throw new Malformed(name + " uses a long-form length (BER, not DER)");
        if (len == 0) throw new Malformed(name + " is an empty INTEGER");
        if (p + 2 + len > b.length) throw new Malformed(name + " runs past the end of the signature");
        byte first = b[p + 2];
        if ((first & 0x80) != 0) throw new Malformed(name + " is negative (a leading zero byte is missing)");
        if (first == 0 && len > 1 && (b[p + 3] & 0x80) == 0) throw new Malformed(name + " has a superfluous leading zero byte (not minimal DER)");
        pos[0] = p + 2 + len;
        return new BigInteger(1, Arrays.copyOfRange(b, p + 2, p + 2 + len));
    }
}
