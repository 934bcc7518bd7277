package dev.runlens.store;

/** A library that cannot be opened, migrated or written; the message names the file concerned. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
