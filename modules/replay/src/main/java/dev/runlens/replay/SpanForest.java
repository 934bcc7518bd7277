package dev.runlens.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spans started up to one trace position, in start order, as a forest: a span whose parent
 * never started (or started later) is a root. Immutable; equal when the spans are.
 */
public final class SpanForest {
    private final List<SpanView> spans;
    private volatile Map<String, SpanView> byId;

    public SpanForest(List<SpanView> spans) {
        this(spans, true);
    }

    private SpanForest(List<SpanView> spans, boolean copy) {
        this.spans = copy ? List.copyOf(spans) : Collections.unmodifiableList(spans);
    }

    /** Wraps a list nobody else holds, without copying it. */
    static SpanForest owning(List<SpanView> fresh) {
        return new SpanForest(fresh, false);
    }

    public List<SpanView> spans() {
        return spans;
    }

    public int size() {
        return spans.size();
    }

    public Optional<SpanView> span(String spanId) {
        return Optional.ofNullable(index().get(spanId));
    }

    /** Spans started and not ended, in start order. */
    public List<SpanView> open() {
        return spans.stream().filter(SpanView::open).toList();
    }

    public List<SpanView> roots() {
        return spans.stream().filter(s -> parentOf(s).isEmpty()).toList();
    }

    public List<SpanView> children(String spanId) {
        List<SpanView> out = new ArrayList<>();
        for (SpanView s : spans) {
            if (s.parentSpanId().filter(spanId::equals).isPresent() && parentOf(s).isPresent()) out.add(s);
        }
        return out;
    }

    /** The parent, when it started before this span. */
    public Optional<SpanView> parentOf(SpanView s) {
        return s.parentSpanId().map(index()::get).filter(p -> p.startIndex() < s.startIndex());
    }

    private Map<String, SpanView> index() {
        Map<String, SpanView> m = byId;
        if (m == null) {
            m = new HashMap<>(spans.size() * 2);
            for (SpanView s : spans) m.putIfAbsent(s.spanId(), s);
            byId = m;
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpanForest f && spans.equals(f.spans);
    }

    @Override
    public int hashCode() {
        return spans.hashCode();
    }

    @Override
    public String toString() {
        return "SpanForest" + spans;
    }
}
