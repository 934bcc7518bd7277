package dev.runlens.signing.codec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 helpers and the {@code sha256:<hex>} digest notation of key ids and log links. */
public final class Digests {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PREFIXED = Pattern.compile("sha256:[0-9a-f]{64}");

    private Digests() {}

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    /** {@code "sha256:" + hex}. */
    public static String prefixed(byte[] bytes) {
        return "sha256:" + sha256Hex(bytes);
    }

    /** 64 lower-case hex characters. */
    public static boolean isHex64(String s) {
        return s != null && HEX64.matcher(s).matches();
    }

    /** {@code sha256:} and 64 lower-case hex characters. */
    public static boolean isPrefixed(String s) {
        return s != null && PREFIXED.matcher(s).matches();
    }
}
