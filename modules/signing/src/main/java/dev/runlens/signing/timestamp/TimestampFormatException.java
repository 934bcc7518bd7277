package dev.runlens.signing.timestamp;

/** A time-stamp token, response or TSA certificate that cannot be read, with the reason. */
public final class TimestampFormatException extends Exception {
    public TimestampFormatException(String message) {
        super(message);
    }

    public TimestampFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
