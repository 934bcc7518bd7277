package dev.runlens.protocol.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a document's root members start and end in its bytes, and each element of the array
 * members read element by element, with the line each starts on: recorded by the in-memory reader
 * while it parses, so that {@link JsonLocator} can locate a value inside one element by reading
 * that element alone instead of the whole file again.
 */
public final class Positions {
    /**
     * A value's bytes {@code [start, end)}, the 1-based line it starts on and the offset where that
     * line starts (lines end at {@code \n}, {@code \r\n} or {@code \r}, as the reader counts them).
     */
    public record Span(int start, int end, int line, int lineStart) {}

    private final Map<String, Span> members = new HashMap<>();
    private final Map<String, Elements> elements = new HashMap<>();

    Positions() {}

    void member(String key, Span span) {
        members.put(key, span);
    }

    void element(String key, int start, int end, int line, int lineStart) {
        elements.computeIfAbsent(key, k -> new Elements()).add(start, end, line, lineStart);
    }

    /** The root member {@code key}'s value, if the document has that member. */
    public Optional<Span> member(String key) {
        return Optional.ofNullable(members.get(key));
    }

    /** Element {@code index} of the root array member {@code key}, if it was read element by element and has it. */
    public Optional<Span> element(String key, int index) {
        Elements e = elements.get(key);
        return e == null || index < 0 || index >= e.size ? Optional.empty() : Optional.of(e.get(index));
    }

    /** Four growing int arrays rather than a {@link Span} per element: a trace has hundreds of thousands. */
    private static final class Elements {
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int[] lines = new int[64];
        private int[] lineStarts = new int[64];
        private int size;

        void add(int start, int end, int line, int lineStart) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                lineStarts = Arrays.copyOf(lineStarts, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            lines[size] = line;
            lineStarts[size] = lineStart;
            size++;
        }

        Span get(int i) {
            return new Span(starts[i], ends[i], lines[i], lineStarts[i]);
        }
    }
}
