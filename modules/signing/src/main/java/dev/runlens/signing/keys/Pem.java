package dev.runlens.signing.keys;

import java.util.Base64;

/** One PEM block ({@code -----BEGIN LABEL-----}), read strictly and written with 64-character lines. */
final class Pem {
    private Pem() {}

    static String write(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** The DER inside the one block labelled {@code label}; text around the block is ignored (as OpenSSL does). */
    static byte[] read(String text, String label) throws KeyFormatException {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = text.indexOf(begin);
        if (b < 0) {
            int other = text.indexOf("-----BEGIN ");
            if (other >= 0) {
                int close = text.indexOf("-----", other + 11);
                String found = close > 0 ? text.substring(other + 11, close) : "?";
                throw new KeyFormatException("expected a PEM \"" + label + "\" block, found \"" + found + "\"");
            }
            throw new KeyFormatException("not PEM: no \"" + begin + "\" line");
        }
        int e = text.indexOf(end, b);
        if (e < 0) throw new KeyFormatException("malformed PEM: no \"" + end + "\" line");
        if (text.indexOf(begin, b + begin.length()) >= 0) throw new KeyFormatException("more than one \"" + label + "\" block");
        String body = text.substring(b + begin.length(), e);
        StringBuilder clean = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r' || c == ' ' || c == '\t') continue;
            if (c == ':') throw new KeyFormatException("malformed PEM: headers (legacy \"Proc-Type\" encryption) are not supported");
            clean.append(c);
        }
        try {
            byte[] der = Base64.getDecoder().decode(clean.toString());
            if (der.length == 0) throw new KeyFormatException("malformed PEM: empty block");
            return der;
        } catch (IllegalArgumentException ex) {
            throw new KeyFormatException("malformed PEM: the body is not base64 (" + ex.getMessage() + ")");
        }
    }
}
