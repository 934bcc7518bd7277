package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A rule of a rule set; {@code payload} is host-defined JSON (required, may be {@code null}). */
public record Rule(String id, long priority, boolean enabled, Optional<String> label, JsonValue payload,
                   Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("id", "priority", "enabled", "label", "payload");

    public Rule {
        extras = Copy.map(extras);
    }

    static Rule read(Node n) {
        return new Rule(n.str("id"), n.lng("priority"), n.bool("enabled"), n.optStr("label"),
                n.json("payload").orElse(JsonValue.Null.INSTANCE), n.extras(KEYS));
    }
}
