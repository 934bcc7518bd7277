package dev.runlens.report.pdf;

import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WorkflowReview;
import dev.runlens.costs.routing.ModelUse;
import dev.runlens.costs.routing.StepUse;
import dev.runlens.costs.routing.Suggestion;
import dev.runlens.costs.routing.Verdict;
import dev.runlens.costs.routing.WorkflowCapability;
import dev.runlens.report.Figures;
import dev.runlens.report.ReviewDocument;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The review PDF's audit sections: data sources, capability-split adherence, and the runs of both weeks. */
final class ReviewSections {
    private ReviewSections() {}

    static void sources(PdfLayout pdf, ReviewDocument d) throws IOException {
        pdf.heading("Data sources and integrity");
        pdf.paragraph("Integrity verdicts are the reference runtime's (verifyRunBundleIntegrity): valid, mismatch (content changed "
                + "after it was hashed), missing (no hash) or error. Each run counts once, from the first file that holds it.");
        PdfTable t = new PdfTable(List.of("source", "kind", "runs", "integrity", "files left out"),
                new float[] {3.2f, 0.8f, 0.6f, 1.6f, 0.8f}, new boolean[] {false, false, true, false, true});
        for (ReviewDocument.DataSource s : d.sources()) {
            t.row(s.location(), s.kind(), String.valueOf(s.runs()), verdicts(s.integrity()), String.valueOf(s.filesLeftOut()));
        }
        pdf.table(t);
    }

    static String verdicts(Map<String, Integer> v) {
        if (v.isEmpty()) return "—";
        return new TreeMap<>(v).entrySet().stream().map(e -> e.getValue() + " " + e.getKey().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    static void adherence(PdfLayout pdf, Review r) throws IOException {
        pdf.heading("Capability split (routing policy adherence)");
        PdfTable t = new PdfTable(List.of("workflow", "on policy", "above", "below", "no rule", "kept", "saved if routed per policy"),
                new float[] {2.2f, 0.7f, 0.6f, 0.6f, 0.6f, 0.6f, 1.9f}, new boolean[] {false, true, true, true, true, true, true});
        for (WorkflowReview w : r.workflows()) {
            var a = w.adherence();
            t.row(w.workflowId(), String.valueOf(a.onPolicy()), String.valueOf(a.above()), String.valueOf(a.below()),
                    String.valueOf(a.noPolicy()), a.judged() == 0 ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * a.share()),
                    Figures.money(w.routingSavings()));
        }
        pdf.table(t);
        for (WorkflowCapability cap : r.capability()) {
            for (StepUse s : cap.steps()) {
                if (!s.offPolicy()) continue;
                for (ModelUse m : s.models()) {
                    if (m.verdict() != Verdict.ABOVE_POLICY && m.verdict() != Verdict.BELOW_POLICY) continue;
                    pdf.paragraph(cap.workflowId() + " / " + s.stepId() + ": " + m.provider() + "/" + m.model() + " ("
                            + m.tier().map(x -> x.wire()).orElse("?") + ") is " + m.verdict().wire() + " ("
                            + s.rule().map(x -> x.tier().wire() + ": " + x.reason()).orElse("") + "), " + m.receipts() + " calls"
                            + m.target().map(x -> ", on " + x + " saves " + Figures.money(m.savings())).orElse("")
                            + m.savingsNote().map(n -> " (" + n + ")").orElse(""));
                }
            }
            for (Suggestion s : cap.suggestions()) {
                pdf.paragraph(String.format(Locale.ROOT, "%s / %s looks mechanical: %d calls, median %d in / %d out tokens, no tools, no "
                                + "reasoning; on %s it would save %s", cap.workflowId(), s.stepId(), s.evidence().receipts(),
                        s.evidence().medianInputTokens(), s.evidence().medianOutputTokens(), s.target().orElse("a small model"),
                        Figures.money(s.savings())) + s.policyConflict().map(c -> " (" + c + ")").orElse(""));
            }
        }
    }

    static void runs(PdfLayout pdf, ReviewDocument d) throws IOException {
        pdf.heading("Runs reviewed");
        PdfTable t = new PdfTable(List.of("week", "run", "workflow", "started", "outcome", "integrity", "SHA-256", "source"),
                new float[] {0.7f, 1.45f, 1.4f, 1.3f, 0.8f, 0.7f, 1.85f, 1.9f},
                new boolean[] {false, false, false, false, false, false, false, false}).small();
        for (ReviewDocument.ReviewedRun r : d.runs()) {
            t.row(r.week(), r.runId(), r.workflowId() + " v" + r.version(), r.startedAt(), r.outcome(),
                    r.integrity().toLowerCase(Locale.ROOT), r.sha256() == null ? "—" : r.sha256(), r.source());
        }
        if (d.runs().isEmpty()) pdf.paragraph("No runs in either week.");
        else pdf.table(t);
    }
}
