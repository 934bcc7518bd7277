package dev.runlens.protocol.model;

import java.util.List;
import java.util.Set;

/** {@code annotation}: a free-text note in the trace. */
public record AnnotationEvent(EventHeader header, String text, List<String> tags) implements TraceEvent {
    public static final String TYPE = "annotation";
    static final Set<String> KEYS = EventHeader.keys("text", "tags");

    public AnnotationEvent {
        tags = Copy.list(tags);
    }

    @Override
    public String type() {
        return TYPE;
    }

    static AnnotationEvent read(int index, Node n) {
        return new AnnotationEvent(EventHeader.read(index, n, KEYS), n.str("text"), n.strings("tags"));
    }
}
