package dev.runlens.protocol.integrity;

import dev.runlens.protocol.json.ByteSink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as a {@link ByteSink}, rendered as lower-case hex (the runtime's {@code bufferToHex}). */
public final class Sha256 implements ByteSink {
    private final MessageDigest md;

    public Sha256() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        md.update(bytes, offset, length);
    }

    void ascii(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(b, 0, b.length);
    }

    public String hex() {
        return HexFormat.of().formatHex(md.digest());
    }

    public static String hex(byte[] bytes) {
        Sha256 s = new Sha256();
        s.write(bytes, 0, bytes.length);
        return s.hex();
    }
}
