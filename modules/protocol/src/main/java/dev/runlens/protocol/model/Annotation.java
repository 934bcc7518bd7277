package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Set;

/** A note on the run ({@code run.annotations[]}); {@code at} as written. */
public record Annotation(String at, String text, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("at", "text");

    public Annotation {
        extras = Copy.map(extras);
    }

    static Annotation read(Node n) {
        return new Annotation(n.str("at"), n.str("text"), n.extras(KEYS));
    }
}
