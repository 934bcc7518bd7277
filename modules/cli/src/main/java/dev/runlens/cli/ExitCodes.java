package dev.runlens.cli;

/** The CLI's exit codes: a contract scripts rely on. */
public final class ExitCodes {
    private ExitCodes() {}

    /** Every file accepted and valid (and, with {@code --strict}, free of error findings). */
    public static final int OK = 0;
    /** Some integrity check failed. */
    public static final int INTEGRITY_FAILED = 1;
    /** Some file could not be read, is not JSON, or is rejected by the schema gate. */
    public static final int UNREADABLE_OR_REJECTED = 2;
    /** The command line itself is wrong (sysexits EX_USAGE). */
    public static final int USAGE = 64;
}
