package dev.runlens.app.library;

import dev.runlens.app.ui.PlainText;
import dev.runlens.store.ImportResult;
import dev.runlens.store.ImportResult.Outcome;
import dev.runlens.store.ImportSummary;

import java.util.List;
import java.util.Locale;

/**
 * What an import did, in words: a headline with the counts (imported, already there, rejected) and
 * one line per rejected file naming it and saying why.
 */
public record ImportReport(String headline, List<String> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport of(String what, ImportSummary s) {
        long imported = s.count(Outcome.IMPORTED);
        long already = s.count(Outcome.ALREADY_IMPORTED);
        long kept = s.count(Outcome.IMPORTED_WITH_ERROR);
        long failed = s.count(Outcome.FAILED);
        String counts = String.format(Locale.ROOT, "%d imported, %d already there, %d rejected", imported, already, kept + failed);
        String headline = (s.cancelled() ? what + " cancelled after " + s.results().size() + " files: " : what + ": ") + counts + ".";
        List<String> problems = s.results().stream().filter(r -> r.outcome() == Outcome.IMPORTED_WITH_ERROR
                || r.outcome() == Outcome.FAILED).map(ImportReport::problem).toList();
        return new ImportReport(headline, problems);
    }

    static ImportReport failed(String what, Throwable t) {
        return new ImportReport(what + " failed: " + PlainText.of(String.valueOf(t.getMessage() == null ? t : t.getMessage())),
                List.of());
    }

    private static String problem(ImportResult r) {
        String why = PlainText.of(r.source()) + ": " + PlainText.of(r.message());
        return r.outcome() == Outcome.IMPORTED_WITH_ERROR ? why + " (kept in the library to show why)" : why;
    }
}
