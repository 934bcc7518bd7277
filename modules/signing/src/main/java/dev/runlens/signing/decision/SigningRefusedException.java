package dev.runlens.signing.decision;

/** Signing was refused: the bundle's integrity is not valid, the gate is not pending, the request is malformed. */
public final class SigningRefusedException extends Exception {
    public SigningRefusedException(String message) {
        super(message);
    }
}
