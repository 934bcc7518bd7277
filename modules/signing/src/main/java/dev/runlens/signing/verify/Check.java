package dev.runlens.signing.verify;

/**
 * One check of the verification algorithm (design B7), with its step number and a precise reason.
 * {@link Status#WARN} never rejects; {@link Status#SKIPPED} says a check could not run (e.g. no bundle).
 */
public record Check(int step, String name, Status status, String reason) {
    public enum Status { PASS, FAIL, WARN, SKIPPED }

    public boolean failed() {
        return status == Status.FAIL;
    }

    @Override
    public String toString() {
        return status + " [" + step + " " + name + "] " + reason;
    }
}
