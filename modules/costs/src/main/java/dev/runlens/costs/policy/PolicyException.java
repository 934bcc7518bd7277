package dev.runlens.costs.policy;

/** A routing policy file that does not follow the schema: the message names the file and the JSON path. */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }
}
