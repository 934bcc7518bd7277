package dev.runlens.cli;

import dev.runlens.costs.review.IsoWeek;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WorkflowReview;
import dev.runlens.workbench.CostSetupException;
import dev.runlens.workbench.RunSet;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code runlens review --week 2026-W40 [--baseline W] [--json] [--pdf F] [--csv F] [--library DIR] LIBRARY-or-FILES...} */
@Command(name = "review",
        description = {"The weekly cost review: per workflow, blended cost per run this week",
                "against a baseline week (the week before unless --baseline), cost per",
                "outcome, drift split into price, volume, model mix, retries and the rest,",
                "capability-split adherence and routing savings (with --policy), budget",
                "against actual, and what needs attention. --pdf writes it as a PDF to",
                "keep (data sources with their integrity verdicts, the runs of both weeks,",
                "price data attribution, page numbers), --csv as CSV per workflow and",
                "currency.",
                "Exit codes: 0 reviewed, 1 a workflow is over its weekly budget or made",
                "calls off its routing policy, 2 a named file or a price or policy file",
                "cannot be used or an export cannot be written, 64 usage error."},
        mixinStandardHelpOptions = true)
final class ReviewCommand implements Callable<Integer> {
    private final Workbench workbench;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "YYYY-Www", description = "The ISO week to review, e.g. 2026-W40.")
    String week;

    @Option(names = "--baseline", paramLabel = "YYYY-Www", description = "The week to compare with (default: the week before).")
    String baseline;

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the review as a PDF.")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the review as CSV (RFC 4180), one record per workflow and currency.")
    Path csv;

    @Mixin
    CostOptions options;

    @Parameters(paramLabel = "LIBRARY-or-FILES", arity = "0..*",
            description = "Run bundle files, folders of them (*.json, not recursive), or a RunLens library folder.")
    List<Path> inputs;

    ReviewCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public Integer call() {
        IsoWeek w = week(week, "--week");
        Optional<IsoWeek> b = Optional.ofNullable(baseline).map(x -> week(x, "--baseline"));
        var settings = options.settings(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        RunSet set = options.runs(spec.commandLine(), workbench, inputs);
        Review r;
        try {
            r = workbench.review(set, settings, w, b);
        } catch (CostSetupException e) {
            err.println("runlens review: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
        try {
            if (pdf != null) workbench.writeReviewPdf(workbench.reviewDocument(set, settings, r, Instant.now()), pdf);
            if (csv != null) workbench.writeReviewCsv(r, csv);
        } catch (IOException | CostSetupException e) {
            err.println("runlens review: cannot write the export: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.line(ReviewJson.of(r)) : ReviewText.render(r));
        out.flush();
        if (!json) set.skipped().forEach(s -> err.println("runlens review: skipped " + s.file() + ": " + Terminal.safe(s.reason())));
        if (set.namedFileUnusable()) return ExitCodes.UNREADABLE_OR_REJECTED;
        return r.workflows().stream().anyMatch(ReviewCommand::needsAction) ? ExitCodes.INTEGRITY_FAILED : ExitCodes.OK;
    }

    private IsoWeek week(String text, String option) {
        return IsoWeek.parse(text).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                option + " must be an ISO week such as 2026-W40, not '" + text + "'"));
    }

    /** Over the weekly budget, or calls off the routing policy. */
    static boolean needsAction(WorkflowReview w) {
        return w.adherence().above() + w.adherence().below() > 0 || w.budget().filter(bc -> !bc.over().isEmpty()).isPresent();
    }
}
