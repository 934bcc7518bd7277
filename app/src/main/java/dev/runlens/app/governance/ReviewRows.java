package dev.runlens.app.governance;

import dev.runlens.app.ui.PlainText;
import dev.runlens.costs.review.Drift;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WorkflowReview;
import dev.runlens.costs.rollup.RunOutcome;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Timestamps;
import dev.runlens.report.Figures;
import dev.runlens.workbench.RunSet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The weekly review screen's rows, from the workbench's review; bundle text through {@link PlainText}. */
final class ReviewRows {
    private ReviewRows() {}

    record WorkflowRow(String workflow, int runs, int baselineRuns, String cost, String baselineCost, String change,
                       String perCompleted, String waste, String budget, String policy) {}

    record DriftRow(String workflow, String currency, String change, String price, String volume, String mix, String retries,
                    String other) {}

    /** A run of the reviewed or the baseline week; {@code bundleId} opens it. */
    record RunRow(long bundleId, String week, String day, String workflow, String outcome, String integrity) {}

    static List<WorkflowRow> workflows(Review r) {
        return r.workflows().stream().map(w -> new WorkflowRow(PlainText.of(w.workflowId()), w.thisWeek().runs(), w.baseline().runs(),
                DashboardRows.money(w.thisWeek().cost(), w.thisWeek().unpriced()), Figures.money(w.baseline().cost()),
                Figures.money(w.change()), w.thisWeek().costPerCompleted().map(Figures::money).orElse(DashboardRows.NONE),
                Figures.money(w.thisWeek().waste()), budget(w), policy(w))).toList();
    }

    private static String budget(WorkflowReview w) {
        return w.budget().map(b -> (b.over().isEmpty() ? "within " : "OVER ") + Figures.money(b.budget())).orElse(DashboardRows.NONE);
    }

    private static String policy(WorkflowReview w) {
        var a = w.adherence();
        if (a.judged() == 0) return a.noPolicy() > 0 ? a.noPolicy() + " calls without a rule" : DashboardRows.NONE;
        return String.format(Locale.ROOT, "%d on, %d above, %d below", a.onPolicy(), a.above(), a.below());
    }

    static List<DriftRow> drift(Review r) {
        List<DriftRow> out = new ArrayList<>();
        for (WorkflowReview w : r.workflows()) {
            for (Drift d : w.drift()) {
                out.add(new DriftRow(PlainText.of(w.workflowId()), PlainText.of(d.currency()), Figures.signed(d.total()),
                        Figures.signed(d.price()), Figures.signed(d.volume()), Figures.signed(d.mix()), Figures.signed(d.retries()),
                        Figures.signed(d.other())));
            }
        }
        return out;
    }

    static List<RunRow> runs(Review r, RunSet set) {
        List<RunRow> out = new ArrayList<>();
        for (RunSet.Loaded l : set.runs()) {
            RunBundle b = l.bundle();
            LocalDate day = Timestamps.parse(b.run().startedAt()).orElse(Instant.EPOCH).atOffset(ZoneOffset.UTC).toLocalDate();
            String week = r.week().contains(day) ? r.week().toString() : r.baseline().contains(day) ? r.baseline().toString() : null;
            if (week == null) continue;
            out.add(new RunRow(l.bundleId(), week, day.toString(), PlainText.of(b.run().workflowId()), RunOutcome.of(b).wire(),
                    l.integrity() == null ? "?" : l.integrity().name().toLowerCase(Locale.ROOT)));
        }
        out.sort((a, b) -> b.day().compareTo(a.day()));
        return out;
    }

    /** Runs and cost both weeks, and how well the capability split held. */
    static String summary(Review r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.week()).append(" (").append(r.week().monday()).append(" to ").append(r.week().sunday()).append("): ")
                .append(r.runsThisWeek()).append(" runs, ").append(Figures.money(r.costThisWeek())).append("; ").append(r.baseline())
                .append(": ").append(r.runsBaseline()).append(" runs, ").append(Figures.money(r.costBaseline())).append('.');
        if (r.adherence().judged() > 0) {
            sb.append(String.format(Locale.ROOT, " Capability split kept by %.0f%% of judged calls.", 100 * r.adherence().share()));
        }
        return sb.toString();
    }
}
