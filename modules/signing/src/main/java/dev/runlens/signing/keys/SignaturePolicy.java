package dev.runlens.signing.keys;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a verifier accepts beyond the mathematics: which ECDSA encodings, whether a high {@code s}
 * (the malleable twin {@code (r, n-s)} of a valid signature) is refused, and whether an Ed25519
 * public key must pass full validation (no small-order or mixed-order points).
 *
 * @param ecdsaFormats      ECDSA encodings tried, in order (a 64-byte blob that is not DER is read as P1363 when both are allowed)
 * @param requireLowS       refuse ECDSA signatures with {@code s > n/2}
 * @param fullEd25519KeyCheck refuse Ed25519 keys of small or mixed order
 */
public record SignaturePolicy(Set<EcdsaFormat> ecdsaFormats, boolean requireLowS, boolean fullEd25519KeyCheck) {

    /** Gate decisions and trust lists (design B7 step 6): canonical DER, low S, fully validated keys. */
    public static final SignaturePolicy DECISIONS = new SignaturePolicy(EnumSet.of(EcdsaFormat.DER), true, true);

    /** Plain signature verification as Wycheproof and the DSSE spec define it: DER only, either S. */
    public static final SignaturePolicy PLAIN_DER = new SignaturePolicy(EnumSet.of(EcdsaFormat.DER), false, false);

    /** Plain verification of raw {@code r || s} signatures. */
    public static final SignaturePolicy PLAIN_P1363 = new SignaturePolicy(EnumSet.of(EcdsaFormat.P1363), false, false);

    /** Any DSSE envelope met in the wild: DER or {@code r || s}, either S. */
    public static final SignaturePolicy ANY_ENCODING = new SignaturePolicy(EnumSet.of(EcdsaFormat.DER, EcdsaFormat.P1363), false, false);

    public SignaturePolicy {
        if (ecdsaFormats.isEmpty()) throw new IllegalArgumentException("at least one ECDSA format");
        ecdsaFormats = Set.copyOf(ecdsaFormats);
    }

    public SignaturePolicy withLowS(boolean required) {
        return new SignaturePolicy(ecdsaFormats, required, fullEd25519KeyCheck);
    }
}
