package dev.runlens.app.replay;

/** A version to compare the current one against: the trace index of the event that made it, and how to show it. */
public record VersionChoice(int index, long version, String label) {
    @Override
    public String toString() {
        return label;
    }
}
