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

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code runlens review --week 2026-W40 [--baseline W] [--json] FILES...} */
@Command(name = "review",
        description = {"The weekly cost review: per workflow, blended cost per run this week",
                "against a baseline week (the week before unless --baseline), cost per",
                "outcome, drift split into price, volume, model mix, retries and the rest,",
                "capability-split adherence and routing savings (with --policy), budget",
                "against actual, and what needs attention.",
                "Exit codes: 0 reviewed, 1 a workflow is over its weekly budget or made",
                "calls off its routing policy, 2 a named file or a price or policy file",
                "cannot be used, 64 usage error."},
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

    @Mixin
    CostOptions options;

    @Parameters(paramLabel = "FILES", arity = "1..*", description = "Run bundle files or folders of them (*.json, not recursive).")
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
        RunSet set = workbench.loadRuns(inputs);
        Review r;
        try {
            r = workbench.review(set, settings, w, b);
        } catch (CostSetupException e) {
            err.println("runlens review: " + e.getMessage());
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
