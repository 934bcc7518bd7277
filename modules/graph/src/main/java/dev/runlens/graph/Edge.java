package dev.runlens.graph;

import java.util.Objects;

/** A directed edge: {@code from} comes before {@code to}. */
public record Edge(String from, String to) {
    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
