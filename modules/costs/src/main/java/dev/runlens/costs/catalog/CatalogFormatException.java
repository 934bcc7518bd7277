package dev.runlens.costs.catalog;

/** A price file that cannot be read: the message names the file (when known) and the JSON path. */
public final class CatalogFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public CatalogFormatException(String message) {
        super(message);
    }

    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
