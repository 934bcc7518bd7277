package dev.runlens.signing.keys;

/** Key material that cannot be used: malformed PEM or DER, an algorithm or curve RunLens refuses, an invalid point. */
public class KeyFormatException extends Exception {
    public KeyFormatException(String message) {
        super(message);
    }

    public KeyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
