package dev.runlens.workbench;

/** A price, contract or policy file given in {@link CostSettings} cannot be used; the message names it and the place. */
public final class CostSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    public CostSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
