package dev.runlens.workbench;

/** A file whose canonical form cannot be produced: unreadable, or not JSON. Names the file and the place. */
public final class CanonicalFormException extends Exception {
    public CanonicalFormException(String message) {
        super(message);
    }
}
