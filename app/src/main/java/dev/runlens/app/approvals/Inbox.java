package dev.runlens.app.approvals;

import dev.runlens.app.decisions.DecisionMark;
import dev.runlens.app.ui.PlainText;
import dev.runlens.store.RunFilter;
import dev.runlens.store.RunRow;
import dev.runlens.store.RunSort;
import dev.runlens.store.WorkflowGroup;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.GateReview;
import dev.runlens.workbench.library.RunLibrary;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the approval inbox: the library's runs that its index says are waiting at a gate, each
 * replayed from its kept original (the replay's gate states are the truth), one row per pending
 * gate, oldest request first. Blocking; run it on the executor.
 */
final class Inbox {
    private Inbox() {}

    /** What the inbox found: its rows, and the files it could not read as runs (with why). */
    record Loaded(List<InboxRow> rows, List<String> problems) {}

    /**
     * @param settings where decisions are kept and how they are verified (the trust list in use and the audience):
     *                 a gate signed here shows how its decision verifies
     */
    static Loaded load(RunLibrary library, GateDecisions decisions, GateDecisions.CheckSettings settings, Instant now) throws IOException {
        List<InboxRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, List<GateDecisions.Kept>> kept = new HashMap<>();
        for (WorkflowGroup g : library.runs(RunFilter.ALL.withPendingOnly(true), RunSort.NEWEST_FIRST)) {
            for (RunRow run : g.runs()) {
                if (!run.accepted()) continue;
                Path original = library.original(run);
                GateReview review;
                try {
                    review = decisions.review(original);
                } catch (IllegalArgumentException e) {
                    problems.add(PlainText.of(run.fileName() + ": " + e.getMessage()));
                    continue;
                }
                List<GateDecisions.Kept> signedHere = kept.containsKey(review.runId()) ? kept.get(review.runId())
                        : decisions.keptDecisions(settings.decisionsDir(), review.runId());
                kept.put(review.runId(), signedHere);
                Map<Integer, GateDecisions.Checked> checked = new HashMap<>();
                for (GateReview.PendingGate gate : review.gates()) {
                    Optional<GateDecisions.Kept> signed = signedHere.stream()
                            .filter(k -> k.statement().predicate().gate().requestEventId().equals(gate.requestEventId())
                                    && k.statement().subjectSha256().equals(run.computedSha()))
                            .reduce((first, last) -> last);
                    if (signed.isPresent() && checked.isEmpty()) {
                        decisions.checkDecisions(original, settings).forEach(c -> checked.put(c.line(), c));
                    }
                    Optional<GateDecisions.Checked> verified = signed.map(k -> checked.get(k.line()));
                    rows.add(new InboxRow(run.bundleId(), original, review, gate, signed, verified,
                            texts(run, review, gate, signed, verified, now)));
                }
            }
        }
        rows.sort(java.util.Comparator.comparing((InboxRow r) -> r.gate().requestedAt()).thenComparing(InboxRow::key));
        return new Loaded(rows, problems);
    }

    private static InboxRow.Texts texts(RunRow run, GateReview review, GateReview.PendingGate gate, Optional<GateDecisions.Kept> signed,
                                        Optional<GateDecisions.Checked> verified, Instant now) {
        String workflow = review.workflowId() + " v" + review.workflowVersion()
                + (run.workflowTitle() == null ? "" : " — " + run.workflowTitle());
        String state = signed.map(k -> InboxRow.AWAITING_HAND_BACK + " (" + k.statement().predicate().decision() + ")").orElse(InboxRow.PENDING);
        return new InboxRow.Texts(PlainText.of(workflow), PlainText.of(run.fileName() + " · " + review.runId()), PlainText.of(gate.stepId()),
                gate.gate(), PlainText.of(gate.requestedAt()), waiting(gate.requestedAt(), now), money(review.costSoFar()),
                integrity(review), state, verified.map(c -> DecisionMark.label(c.status())).orElse(signed.isPresent() ? "not checked" : ""),
                verified.map(c -> PlainText.of(c.reason())).orElse(""));
    }

    static String integrity(GateReview review) {
        return review.signable() ? review.integrity() : review.integrity() + " — cannot be signed";
    }

    /** {@code 2 d 03 h}, {@code 4 h 05 min}, {@code 12 min}; "—" when the time does not parse. */
    static String waiting(String requestedAt, Instant now) {
        Duration d;
        try {
            d = Duration.between(Instant.parse(requestedAt), now);
        } catch (DateTimeParseException e) {
            return "—";
        }
        if (d.isNegative()) return "requested in the future";
        long minutes = d.toMinutes();
        if (minutes < 60) return minutes + " min";
        if (minutes < 24 * 60) return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
        return String.format(Locale.ROOT, "%d d %02d h", minutes / (24 * 60), (minutes / 60) % 24);
    }

    /** Each currency's exact amount, never added across currencies: {@code EUR 0.005291 · USD 0.2}; "no cost" when none. */
    static String money(Map<String, BigDecimal> cost) {
        String s = new java.util.TreeMap<>(cost).entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> PlainText.of(e.getKey()) + " " + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(" · "));
        return s.isEmpty() ? "no cost" : s;
    }
}
