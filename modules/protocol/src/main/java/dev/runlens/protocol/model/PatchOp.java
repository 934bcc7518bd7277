package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.Optional;

/**
 * One RFC 6902 operation of an {@code artifact_patch}: {@code from} for move/copy, {@code value}
 * for add/replace/test (strict schema: no extras). The recorded value may not be replayable
 * (design note, surprise #21).
 */
public record PatchOp(PatchOpKind op, String path, Optional<String> from, Optional<JsonValue> value) {

    static PatchOp read(Node n) {
        return new PatchOp(n.need("op", PatchOpKind.class), n.str("path"), n.optStr("from"), n.json("value"));
    }
}
