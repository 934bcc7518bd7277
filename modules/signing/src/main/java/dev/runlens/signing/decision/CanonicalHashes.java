package dev.runlens.signing.decision;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Digests;

import java.util.List;

/** The two content hashes of design B13 that decisions carry, computed the runtime's way. */
public final class CanonicalHashes {
    private CanonicalHashes() {}

    /** {@code payloadHash}: SHA-256 of the artifact canonical form (array-index keys first). */
    public static String artifactPayload(JsonValue data) {
        return Digests.sha256Hex(CanonicalJson.toBytes(data, CanonicalJson.Form.ARTIFACT_PAYLOAD));
    }

    /** {@code tracePrefixSha256}: SHA-256 of the JCS of the array of the first {@code length} events. */
    public static String tracePrefix(List<JsonValue> events, int length) {
        return Digests.sha256Hex(CanonicalJson.toBytes(new JsonValue.Arr(events.subList(0, length)), CanonicalJson.Form.INTEGRITY));
    }
}
