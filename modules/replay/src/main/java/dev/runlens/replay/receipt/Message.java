package dev.runlens.replay.receipt;

/**
 * One message of a model request for display: its role as written ({@code system},
 * {@code user}, {@code assistant}, {@code developer}, {@code tool}, {@code model}...), or
 * {@code summary} when only the event's summary was logged, or {@code payload} for a payload of
 * no known shape (then {@code text} is its compact JSON).
 */
public record Message(String role, String text) {}
