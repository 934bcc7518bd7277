package dev.runlens.replay;

import dev.runlens.protocol.json.JsonValue;

import java.util.Optional;

/**
 * One RFC 6902 operation that turns one JSON value into another: {@code add}, {@code remove} or
 * {@code replace} at {@code path} (a JSON Pointer). {@code oldValue} is what was there (remove,
 * replace), {@code value} what is there now (add, replace).
 */
public record JsonChange(Op op, String path, Optional<JsonValue> oldValue, Optional<JsonValue> value) {

    public enum Op {
        ADD("add"), REMOVE("remove"), REPLACE("replace");

        private final String wire;

        Op(String wire) {
            this.wire = wire;
        }

        /** The operation as RFC 6902 spells it. */
        public String wire() {
            return wire;
        }
    }
}
