package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who the run was for ({@code run.subject}). The schema is strict, so {@code extras} is only ever
 * non-empty in lenient models of rejected files.
 */
public record Subject(Optional<String> userId, Optional<String> tenantId, Optional<String> accountId,
                      Optional<String> planId, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("userId", "tenantId", "accountId", "planId");

    public Subject {
        extras = Copy.map(extras);
    }

    static Subject read(Node n) {
        return new Subject(n.optStr("userId"), n.optStr("tenantId"), n.optStr("accountId"), n.optStr("planId"),
                n.extras(KEYS));
    }
}
