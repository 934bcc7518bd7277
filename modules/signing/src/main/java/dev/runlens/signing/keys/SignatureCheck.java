package dev.runlens.signing.keys;

/** The outcome of one signature verification: valid, or the precise reason it is not. */
public record SignatureCheck(boolean valid, String reason) {
    public static final SignatureCheck VALID = new SignatureCheck(true, "signature verifies");

    public static SignatureCheck invalid(String reason) {
        return new SignatureCheck(false, reason);
    }
}
