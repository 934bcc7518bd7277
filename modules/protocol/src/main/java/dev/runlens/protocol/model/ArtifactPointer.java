package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Where an artifact's bytes live and what they hash to. {@code payloadHash} and {@code byteLength}
 * are declared by the producer; the runtime never checks them.
 */
public record ArtifactPointer(PointerKind kind, Optional<String> ref, Optional<String> payloadHash,
                              Optional<String> sha256, OptionalLong byteLength, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("kind", "ref", "payloadHash", "sha256", "byteLength");

    public ArtifactPointer {
        extras = Copy.map(extras);
    }

    static ArtifactPointer read(Node n) {
        return new ArtifactPointer(n.enumOr("kind", PointerKind.class, PointerKind.UNKNOWN), n.optStr("ref"),
                n.optStr("payloadHash"), n.optStr("sha256"), n.optLong("byteLength"), n.extras(KEYS));
    }

    /** The runtime's {@code getArtifactPayloadHash}: {@code payloadHash ?? sha256}. */
    public Optional<String> effectivePayloadHash() {
        return payloadHash.or(() -> sha256);
    }
}
