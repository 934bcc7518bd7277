package dev.runlens.replay.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The fields a display filter can compare, with their names (the first is canonical, others are
 * aliases), their kind and how each is read from {@link TraceFacts}. An event that lacks a field
 * matches no comparison on it except {@code !=}.
 */
public enum Field {
    TYPE(text((f, i) -> Optional.of(f.event(i).type())), "event type as written (model_io, tool_call...)", "type"),
    FAMILY(text((f, i) -> Optional.of(f.family(i).wire())), "model, tool, gate, artifact, step, span, error or run", "family"),
    ID(text((f, i) -> Optional.of(f.event(i).id())), "event id", "id"),
    INDEX(number((f, i) -> OptionalDouble.of(i)), "position in the trace, from 0", "index"),
    STEP(text((f, i) -> f.event(i).stepId()), "step id", "step"),
    CORRELATION(text((f, i) -> f.event(i).correlationId()), "correlation id", "correlation", "cid"),
    MODEL(text(TraceFacts::model), "model of a model_io (else of its call)", "model"),
    PROVIDER(text(TraceFacts::provider), "provider of a model_io (else of its call)", "provider"),
    DIRECTION(text(TraceFacts::direction), "request, response or stream_chunk", "direction"),
    COST(number(TraceFacts::cost), "reported cost amount, any currency", "cost"),
    CURRENCY(text(TraceFacts::currency), "currency of the reported cost", "currency"),
    TOKENS(number((f, i) -> number(f.tokens(i))), "total tokens (else input + output)", "tokens"),
    INPUT_TOKENS(number((f, i) -> number(f.inputTokens(i))), "input tokens", "tokens.in", "input_tokens"),
    OUTPUT_TOKENS(number((f, i) -> number(f.outputTokens(i))), "output tokens", "tokens.out", "output_tokens"),
    DURATION(new Reader(Kind.DURATION, null, TraceFacts::durationMs),
            "reported duration of a model_io or span_ended: 500, 500ms, 2s, 1.5m, 1h", "duration"),
    GATE(text(TraceFacts::gate), "PAUSE_BEFORE, PAUSE_AFTER or CHECKPOINT", "gate"),
    DECISION(text(TraceFacts::decision), "approved, rejected or edited", "decision"),
    ARTIFACT(text(TraceFacts::artifact), "artifact key written or patched", "artifact"),
    TOOL(text(TraceFacts::tool), "tool name of a tool_call", "tool"),
    SPAN(text(TraceFacts::span), "name of the span opened or closed", "span"),
    STATUS(text(TraceFacts::status), "run status, span status, or ok / failed for step_completed", "status"),
    TEXT(new Reader(Kind.TEXT, null, null), "any string value the event carries", "text");

    /** What values a field holds, which decides the operators it takes and how values are read. */
    public enum Kind { TEXT, NUMBER, DURATION }

    private final Reader reader;
    private final String description;
    private final List<String> names;

    Field(Reader reader, String description, String... names) {
        this.reader = reader;
        this.description = description;
        this.names = List.of(names);
    }

    public Kind kind() {
        return reader.kind;
    }

    public String description() {
        return description;
    }

    /** The canonical name, then aliases. */
    public List<String> names() {
        return names;
    }

    public String canonicalName() {
        return names.get(0);
    }

    /** The field called {@code name} (case-insensitive), if any. */
    public static Optional<Field> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Field f : values()) if (f.names.contains(n)) return Optional.of(f);
        return Optional.empty();
    }

    /** Every field name and alias, in declaration order. */
    public static List<String> allNames() {
        List<String> all = new ArrayList<>();
        for (Field f : values()) all.addAll(f.names);
        return all;
    }

    Optional<String> text(TraceFacts facts, int index) {
        return reader.text.read(facts, index);
    }

    OptionalDouble number(TraceFacts facts, int index) {
        return reader.number.read(facts, index);
    }

    private static Reader text(TextReader r) {
        return new Reader(Kind.TEXT, r, null);
    }

    private static Reader number(NumberReader r) {
        return new Reader(Kind.NUMBER, null, r);
    }

    private static OptionalDouble number(OptionalLong l) {
        return l.isPresent() ? OptionalDouble.of(l.getAsLong()) : OptionalDouble.empty();
    }

    private record Reader(Kind kind, TextReader text, NumberReader number) {}

    @FunctionalInterface
    private interface TextReader {
        Optional<String> read(TraceFacts facts, int index);
    }

    @FunctionalInterface
    private interface NumberReader {
        OptionalDouble read(TraceFacts facts, int index);
    }
}
