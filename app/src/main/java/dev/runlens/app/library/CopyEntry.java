package dev.runlens.app.library;

import dev.runlens.app.ui.PlainText;
import dev.runlens.audit.Difference;
import dev.runlens.workbench.library.CopyComparison;

import java.util.List;
import java.util.Locale;

/**
 * Another file with the selected run's id, and where it differs from the selected one (tampering
 * localisation), as text: {@code changed  trace[69].decision: "rejected" → "approved"}.
 */
public record CopyEntry(String source, String summary, List<String> differences) {
    /** The most differences listed per copy. */
    static final int MAX_LINES = 500;

    public CopyEntry {
        differences = List.copyOf(differences);
    }

    static CopyEntry of(CopyComparison c) {
        String source = PlainText.of(c.copy().sourcePath()) + " — " + IntegrityMark.of(c.copy()).label();
        if (c.problem().isPresent()) return new CopyEntry(source, "cannot compare: " + PlainText.of(c.problem().get()), List.of());
        int n = c.differences().size();
        String summary = n == 0 ? "same content" : String.format(Locale.ROOT, "%d difference%s (paths in the selected run)", n, n == 1 ? "" : "s");
        return new CopyEntry(source, summary, c.differences().stream().limit(MAX_LINES).map(CopyEntry::line).toList());
    }

    private static String line(Difference d) {
        return String.format(Locale.ROOT, "%-8s %s", d.kind().name().toLowerCase(Locale.ROOT), PlainText.of(d.toString()));
    }
}
