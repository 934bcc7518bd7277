package dev.runlens.report.pdf;

import dev.runlens.costs.Money;
import dev.runlens.costs.catalog.Provenance;
import dev.runlens.costs.review.BudgetCheck;
import dev.runlens.costs.review.Drift;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WeekFigures;
import dev.runlens.costs.review.WorkflowReview;
import dev.runlens.costs.rollup.RunOutcome;
import dev.runlens.report.Figures;
import dev.runlens.report.ReviewDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The weekly review as a PDF to keep: title, week, generated-at, cost basis; summary and attention
 * list; data sources with their integrity verdicts and the runs of both weeks; per-workflow
 * figures; the drift split; capability-split adherence; budgets; price data with attribution;
 * page numbers. Fonts are embedded (DejaVu Sans), amounts rounded to 8 decimals per currency.
 */
public final class ReviewPdf {
    private ReviewPdf() {}

    public static void write(ReviewDocument d, OutputStream out) throws IOException {
        Review r = d.review();
        String title = "Weekly cost review " + r.week();
        String generated = DateTimeFormatter.ISO_INSTANT.format(d.generatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        try (PdfLayout pdf = new PdfLayout(title, "RunLens weekly cost review, " + r.week() + " against " + r.baseline(),
                PdfLayout.utc(d.generatedAt()))) {
            pdf.title(title);
            pdf.paragraph("Week " + r.week() + ": " + r.week().monday() + " to " + r.week().sunday() + " (UTC), against "
                    + r.baseline() + ": " + r.baseline().monday() + " to " + r.baseline().sunday() + ".");
            pdf.paragraph("Generated at " + generated + " by " + d.generator() + ".");
            pdf.paragraph("Cost basis: " + basis(r) + ". Amounts are per currency (currencies are never added together), rounded to"
                    + " 8 decimals; calls that could not be priced are counted apart, never as 0.");
            summary(pdf, r);
            ReviewSections.sources(pdf, d);
            workflows(pdf, r);
            drift(pdf, r);
            ReviewSections.adherence(pdf, r);
            budgets(pdf, r);
            prices(pdf, d);
            ReviewSections.runs(pdf, d);
            pdf.save("RunLens " + title + " · generated " + generated, out);
        }
    }

    static String basis(Review r) {
        return switch (r.mode()) {
            case RECORDED -> "recorded costs (as each receipt reports them)";
            case AS_OF -> "repriced at the catalog price of each call's day";
            case TODAY -> "repriced at today's catalog prices";
            case CONTRACT -> "repriced at contract rates (catalog price of the day where no contract covers a model)";
        };
    }

    private static void summary(PdfLayout pdf, Review r) throws IOException {
        pdf.heading("Summary");
        PdfTable t = PdfTable.figures(List.of("", "this week " + r.week(), "baseline " + r.baseline()), 0.3f);
        t.row("runs", String.valueOf(r.runsThisWeek()), String.valueOf(r.runsBaseline()));
        t.row("cost", Figures.money(r.costThisWeek()), Figures.money(r.costBaseline()));
        pdf.table(t);
        if (r.adherence().judged() > 0) {
            pdf.paragraph(String.format(Locale.ROOT, "Capability split kept by %.0f%% of judged calls (%d on, %d above, %d below policy).",
                    100 * r.adherence().share(), r.adherence().onPolicy(), r.adherence().above(), r.adherence().below()));
        }
        pdf.subheading(r.attention().isEmpty() ? "Nothing needs attention." : "Needs attention");
        for (String a : r.attention()) pdf.paragraph("• " + a);
    }

    private static void workflows(PdfLayout pdf, Review r) throws IOException {
        pdf.heading("Per workflow");
        for (WorkflowReview w : r.workflows()) {
            pdf.subheading(w.workflowId());
            PdfTable t = PdfTable.figures(List.of("", "this week", "baseline"), 0.3f);
            row(t, "runs", w, f -> String.valueOf(f.runs()));
            row(t, "outcomes", w, ReviewPdf::outcomes);
            row(t, "cost", w, f -> Figures.money(f.cost()));
            row(t, "cost per run", w, f -> f.costPerRun().map(Figures::money).orElse("—"));
            row(t, "cost per completed run", w, f -> f.costPerCompleted().map(Figures::money).orElse("—"));
            row(t, "cost per unit", w, f -> f.costPerUnit().map(Figures::money).orElse("—"));
            row(t, "waste (failed, rejected, cancelled)", w, f -> Figures.money(f.waste()));
            row(t, "retries", w, f -> Figures.money(f.retries()));
            row(t, "calls not priced", w, f -> String.valueOf(f.unpriced()));
            t.row("change", Figures.money(w.change()), "");
            pdf.table(t);
        }
        if (r.workflows().isEmpty()) pdf.paragraph("No runs in either week.");
    }

    private static void row(PdfTable t, String label, WorkflowReview w, Function<WeekFigures, String> f) {
        t.row(label, f.apply(w.thisWeek()), f.apply(w.baseline()));
    }

    static String outcomes(WeekFigures f) {
        List<String> parts = new ArrayList<>();
        for (RunOutcome o : RunOutcome.values()) {
            int n = f.outcomes().getOrDefault(o, 0);
            if (n > 0) parts.add(n + " " + o.wire());
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    private static void drift(PdfLayout pdf, Review r) throws IOException {
        pdf.heading("Drift: why cost changed");
        pdf.paragraph("Per workflow and currency, change = price + volume + model mix + retries + other (calls per run, tokens per call).");
        PdfTable t = new PdfTable(List.of("workflow", "currency", "change", "price", "volume", "mix", "retries", "other"),
                new float[] {1.9f, 0.75f, 1.1f, 1, 1.1f, 1, 1, 1}, new boolean[] {false, false, true, true, true, true, true, true}).small();
        for (WorkflowReview w : r.workflows()) {
            for (Drift d : w.drift()) {
                t.row(w.workflowId(), d.currency(), Figures.signed(d.total()), Figures.signed(d.price()), Figures.signed(d.volume()),
                        Figures.signed(d.mix()), Figures.signed(d.retries()), Figures.signed(d.other()));
            }
        }
        pdf.table(t);
    }

    private static void budgets(PdfLayout pdf, Review r) throws IOException {
        pdf.heading("Budgets");
        PdfTable t = new PdfTable(List.of("workflow", "weekly budget", "spent", "remaining", "status"),
                new float[] {2, 1.4f, 1.4f, 1.4f, 1}, new boolean[] {false, true, true, true, false});
        boolean any = false;
        for (WorkflowReview w : r.workflows()) {
            Optional<BudgetCheck> b = w.budget();
            if (b.isEmpty()) continue;
            any = true;
            BudgetCheck c = b.get();
            t.row(w.workflowId(), Figures.money(c.budget()), Figures.money(c.actual()), Figures.money(c.remaining()),
                    c.over().isEmpty() ? "within budget" : "OVER in " + String.join(", ", c.over()));
        }
        if (any) pdf.table(t);
        else pdf.paragraph("No routing policy declares a weekly budget for these workflows.");
    }

    private static void prices(PdfLayout pdf, ReviewDocument d) throws IOException {
        pdf.heading("Price data");
        if (d.review().mode() == dev.runlens.costs.reprice.RepriceMode.RECORDED) {
            pdf.paragraph("Costs are as recorded by the runs; the price data below is used for tiers and routing savings only.");
        }
        for (Provenance p : d.prices()) {
            pdf.paragraph(p.label() + p.licence().map(l -> ", licence " + l).orElse("") + p.source().map(s -> ", " + s).orElse("")
                    + ", SHA-256 " + p.sha256());
        }
        if (d.prices().isEmpty()) pdf.paragraph("No price data was used.");
        if (!d.policies().isEmpty()) {
            pdf.subheading("Routing policies read");
            for (String p : d.policies()) pdf.paragraph(p);
        }
    }

}
