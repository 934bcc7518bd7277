package dev.runlens.protocol.model;

import java.util.Optional;
import java.util.Set;

/** {@code error}: an error; {@code fatal} as written (absent is not the same as false in the file). */
public record ErrorEvent(EventHeader header, String message, Optional<String> code,
                         Optional<Boolean> fatal) implements TraceEvent {
    public static final String TYPE = "error";
    static final Set<String> KEYS = EventHeader.keys("message", "code", "fatal");

    @Override
    public String type() {
        return TYPE;
    }

    static ErrorEvent read(int index, Node n) {
        return new ErrorEvent(EventHeader.read(index, n, KEYS), n.str("message"), n.optStr("code"), n.optBool("fatal"));
    }
}
