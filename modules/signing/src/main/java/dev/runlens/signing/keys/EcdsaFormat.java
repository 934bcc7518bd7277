package dev.runlens.signing.keys;

/** How an ECDSA signature's {@code (r, s)} is written. */
public enum EcdsaFormat {
    /** ASN.1 DER {@code SEQUENCE { INTEGER r, INTEGER s }}, canonical (what RunLens writes). */
    DER,
    /** IEEE P1363: {@code r || s}, exactly 64 bytes (the DSSE spec's own example uses it). */
    P1363
}
