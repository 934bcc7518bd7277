package dev.runlens.signing.dsse;

/** Bytes that do not decode to a DSSE envelope, with the member and the reason. */
public final class EnvelopeFormatException extends Exception {
    public EnvelopeFormatException(String message) {
        super(message);
    }
}
