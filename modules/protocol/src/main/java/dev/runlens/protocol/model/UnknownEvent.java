package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

/**
 * A trace entry that is not a valid protocol 1.0.0 event: a {@code type} the protocol does not
 * know, or (lenient models only) a known type that fails its schema, or not an object at all. It
 * keeps the raw value for display and findings; {@code type} is as written ({@code ""} when
 * missing or not a string), the header holds whatever base fields could be read.
 */
public record UnknownEvent(EventHeader header, String type, JsonValue raw) implements TraceEvent {

    static UnknownEvent read(int index, Node n) {
        JsonValue raw = n.raw() != null ? n.raw() : n.value();
        Node r = new Node(raw, raw);
        return new UnknownEvent(EventHeader.read(index, r, EventHeader.BASE_KEYS), r.str("type"),
                raw == null ? JsonValue.Null.INSTANCE : raw);
    }
}
