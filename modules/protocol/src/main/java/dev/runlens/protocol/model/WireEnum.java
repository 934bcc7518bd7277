package dev.runlens.protocol.model;

import java.util.Optional;

/** An enum whose constants are spelled on the wire as {@link #wire()}. */
public interface WireEnum {

    /** The value as the protocol writes it, or null for a constant that has no wire form ({@code UNKNOWN}). */
    String wire();

    /** The constant of {@code type} spelled {@code text} on the wire. */
    static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, String text) {
        if (text == null) return Optional.empty();
        for (E e : type.getEnumConstants()) {
            if (text.equals(e.wire())) return Optional.of(e);
        }
        return Optional.empty();
    }
}
