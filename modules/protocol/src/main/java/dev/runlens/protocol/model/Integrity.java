package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Set;

/** The declared canonical hash ({@code integrity.sha256}), as written. */
public record Integrity(String sha256, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("sha256");

    public Integrity {
        extras = Copy.map(extras);
    }

    static Integrity read(Node n) {
        return new Integrity(n.str("sha256"), n.extras(KEYS));
    }
}
