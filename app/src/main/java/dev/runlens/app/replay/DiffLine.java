package dev.runlens.app.replay;

/** One line of a line diff: kept, added, removed, or a run of unchanged lines left out. */
public record DiffLine(Kind kind, String text) {

    public enum Kind {
        SAME(' '), ADDED('+'), REMOVED('-'), SKIPPED('⋯');

        private final char sign;

        Kind(char sign) {
            this.sign = sign;
        }

        public char sign() {
            return sign;
        }
    }

    /** The line as a unified diff would print it. */
    @Override
    public String toString() {
        return kind.sign() + " " + text;
    }
}
