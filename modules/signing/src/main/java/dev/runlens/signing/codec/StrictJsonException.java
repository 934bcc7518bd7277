package dev.runlens.signing.codec;

/** Signed JSON that is not strict I-JSON, with the place and the rule it breaks. */
public final class StrictJsonException extends Exception {
    public StrictJsonException(String message) {
        super(message);
    }
}
