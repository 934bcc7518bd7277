package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The error of a failed step or span ({@code {message, code?}}). */
public record StepError(String message, Optional<String> code, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("message", "code");

    public StepError {
        extras = Copy.map(extras);
    }

    static StepError read(Node n) {
        return new StepError(n.str("message"), n.optStr("code"), n.extras(KEYS));
    }
}
