package dev.runlens.app.library;

import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.store.RunRow;
import dev.runlens.store.RunStats;
import dev.runlens.store.WorkflowGroup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How the library shows runs and workflows: the rows of its tree, as text. */
final class RunText {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    RunText(ZoneId zone) {
        this.zone = zone;
    }

    LibraryRow workflow(WorkflowGroup g) {
        if (g.workflowId() == null) {
            return LibraryRow.workflow("Files with no readable run (" + g.count() + ")", count(g.count()),
                    "Files the reader could not read as a run");
        }
        String title = g.title() != null ? g.title() : g.workflowId();
        String version = g.version() == null ? "" : " v" + g.version();
        return LibraryRow.workflow(PlainText.of(title + version) + " (" + g.count() + ")", count(g.count()),
                PlainText.of(g.workflowId() + version));
    }

    LibraryRow run(RunRow r) {
        RunStats s = r.stats();
        boolean known = r.indexed() && r.workflowId() != null;
        return new LibraryRow(LibraryRow.Kind.RUN, r.bundleId(), PlainText.of(r.fileName()), started(r),
                r.status() == null ? "—" : PlainText.of(r.status()), IntegrityMark.of(r),
                known ? Integer.toString(s.stepCount()) : "", known ? String.format(Locale.ROOT, "%,d", s.totalTokens()) : "",
                known ? cost(s.cost(), s.unpricedReceipts()) : "", known ? duration(s.durationMs()) : "",
                s.pendingGates() > 0 ? Integer.toString(s.pendingGates()) : "", findings(s), worst(s),
                r.hasOtherCopies(), tooltip(r));
    }

    private String started(RunRow r) {
        if (r.startedEpochMs() == null) return r.startedAt() == null ? "—" : PlainText.of(r.startedAt());
        return STARTED.format(Instant.ofEpochMilli(r.startedEpochMs()).atZone(zone));
    }

    private static String tooltip(RunRow r) {
        String base = PlainText.of(r.sourcePath()) + (r.runId() == null ? "" : "\nrun " + PlainText.of(r.runId()));
        if (!r.accepted()) base += "\n" + PlainText.of(r.errorCode() + ": " + r.errorMessage());
        if (r.hasOtherCopies()) base += "\n" + r.copies() + " files carry this run id";
        if (!r.indexed()) base += "\nindexed by an older RunLens: figures appear after re-indexing";
        return base;
    }

    static String count(int n) {
        return n + (n == 1 ? " run" : " runs");
    }

    /** {@code EUR 0.00021 · USD 0.014034}, plus unpriced receipts; currencies are never added together. */
    static String cost(Map<String, BigDecimal> cost, int unpriced) {
        List<String> parts = new ArrayList<>();
        cost.forEach((c, a) -> parts.add(PlainText.of(c) + " " + a.stripTrailingZeros().toPlainString()));
        if (unpriced > 0) parts.add(unpriced + " unpriced");
        return parts.isEmpty() ? "—" : String.join(" · ", parts);
    }

    static String duration(Double ms) {
        if (ms == null) return "—";
        if (ms < 0) return "negative";
        if (ms < 60_000) return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        Duration d = Duration.ofMillis(ms.longValue());
        if (d.toHours() == 0) return String.format(Locale.ROOT, "%dm %02ds", d.toMinutesPart(), d.toSecondsPart());
        return String.format(Locale.ROOT, "%dh %02dm", d.toHours(), d.toMinutesPart());
    }

    static String findings(RunStats s) {
        if (s.errors() + s.warnings() + s.notes() == 0) return "none";
        List<String> parts = new ArrayList<>();
        if (s.errors() > 0) parts.add(s.errors() + " E");
        if (s.warnings() > 0) parts.add(s.warnings() + " W");
        if (s.notes() > 0) parts.add(s.notes() + " N");
        return String.join(" ", parts);
    }

    static Optional<Severity> worst(RunStats s) {
        if (s.errors() > 0) return Optional.of(Severity.ERROR);
        if (s.warnings() > 0) return Optional.of(Severity.WARNING);
        if (s.notes() > 0) return Optional.of(Severity.NOTE);
        return Optional.empty();
    }
}
