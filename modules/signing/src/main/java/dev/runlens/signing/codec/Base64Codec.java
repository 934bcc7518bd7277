package dev.runlens.signing.codec;

import java.util.Base64;
import java.util.Optional;

/**
 * Base64 as DSSE wants it: standard with padding on output; on input the standard or the URL-safe
 * alphabet, padded or not, and nothing else (no whitespace, no MIME line breaks, no mixed alphabets).
 */
public final class Base64Codec {
    private Base64Codec() {}

    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The decoded bytes, or empty when the text is neither standard nor URL-safe base64. */
    public static Optional<byte[]> decode(String text) {
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException standard) {
            try {
                return Optional.of(Base64.getUrlDecoder().decode(text));
            } catch (IllegalArgumentException urlSafe) {
                return Optional.empty();
            }
        }
    }
}
