package dev.runlens.cli;

import dev.runlens.costs.review.Drift;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WeekFigures;
import dev.runlens.costs.review.WorkflowReview;
import dev.runlens.costs.rollup.RunOutcome;
import dev.runlens.costs.routing.ModelUse;
import dev.runlens.costs.routing.StepUse;
import dev.runlens.costs.routing.Suggestion;
import dev.runlens.costs.routing.WorkflowCapability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code review} for people: a page a 15-minute review can read top to bottom. */
final class ReviewText {
    private ReviewText() {}

    static String render(Review r) {
        StringBuilder sb = new StringBuilder();
        sb.append("weekly review ").append(r.week()).append(" (").append(r.week().monday()).append(" .. ").append(r.week().sunday())
                .append(") against ").append(r.baseline()).append(", ").append(CostsText.basis(r.mode())).append('\n');
        sb.append("  runs ").append(r.runsThisWeek()).append(" (baseline ").append(r.runsBaseline()).append("), cost ")
                .append(Amounts.text(r.costThisWeek())).append(" (baseline ").append(Amounts.text(r.costBaseline())).append(")\n");
        if (r.adherence().judged() > 0) {
            sb.append(String.format(Locale.ROOT, "  capability split kept by %.0f%% of judged calls (%d on, %d above, %d below policy)%n",
                    100 * r.adherence().share(), r.adherence().onPolicy(), r.adherence().above(), r.adherence().below()));
        }
        sb.append(r.attention().isEmpty() ? "  nothing needs attention\n" : "attention\n");
        r.attention().forEach(a -> sb.append("  - ").append(Terminal.safe(a)).append('\n'));
        for (WorkflowReview w : r.workflows()) workflow(sb, w, r);
        return sb.toString().stripTrailing();
    }

    private static void workflow(StringBuilder sb, WorkflowReview w, Review r) {
        sb.append('\n').append(Terminal.safe(w.workflowId())).append('\n');
        sb.append("  this week  ").append(figures(w.thisWeek())).append('\n');
        sb.append("  baseline   ").append(figures(w.baseline())).append('\n');
        for (Drift d : w.drift()) {
            sb.append("  drift ").append(Terminal.safe(d.currency())).append("  ").append(signed(d.total())).append(" = price ")
                    .append(signed(d.price())).append(", volume ").append(signed(d.volume())).append(", mix ").append(signed(d.mix()))
                    .append(", retries ").append(signed(d.retries())).append(", other ").append(signed(d.other()));
            if (d.unpricedCalls() > 0) sb.append(" (").append(d.unpricedCalls()).append(" calls without a price change known)");
            sb.append('\n');
        }
        w.budget().ifPresent(b -> sb.append("  budget ").append(Amounts.text(b.budget())).append(", spent ").append(Amounts.text(b.actual()))
                .append(b.over().isEmpty() ? ", within budget" : ", OVER in " + String.join(", ", b.over())).append('\n'));
        WorkflowCapability cap = r.capability().stream().filter(c -> c.workflowId().equals(w.workflowId())).findFirst().orElse(null);
        if (cap == null) return;
        if (cap.policy().isPresent()) {
            sb.append(String.format(Locale.ROOT, "  policy: %d calls on, %d above, %d below, %d on steps without a rule",
                    w.adherence().onPolicy(), w.adherence().above(), w.adherence().below(), w.adherence().noPolicy()));
            if (!w.routingSavings().isZero()) sb.append("; routed per policy it would have cost ").append(Amounts.text(w.routingSavings()))
                    .append(" less");
            sb.append('\n');
        }
        for (StepUse s : cap.steps()) {
            if (!s.offPolicy()) continue;
            for (ModelUse m : s.models()) {
                if (m.verdict() != dev.runlens.costs.routing.Verdict.ABOVE_POLICY && m.verdict() != dev.runlens.costs.routing.Verdict.BELOW_POLICY) {
                    continue;
                }
                sb.append("    ").append(Terminal.safe(s.stepId())).append(": ").append(Terminal.safe(m.provider() + "/" + m.model()))
                        .append(" (").append(m.tier().map(t -> t.wire()).orElse("?")).append(") is ").append(m.verdict().wire())
                        .append(" (").append(s.rule().map(x -> x.tier().wire() + ": " + Terminal.safe(x.reason())).orElse("")).append("), ")
                        .append(m.receipts()).append(" calls");
                m.target().ifPresent(t -> sb.append(", on ").append(Terminal.safe(t)).append(" saves ").append(Amounts.text(m.savings())));
                m.savingsNote().ifPresent(n -> sb.append(" (").append(Terminal.safe(n)).append(')'));
                sb.append('\n');
            }
        }
        for (Suggestion s : cap.suggestions()) {
            sb.append(String.format(Locale.ROOT, "  looks mechanical: %s — %d calls, median %d in / %d out tokens (%.2f out per in), no tools, "
                            + "no reasoning; on %s it would save %s", Terminal.safe(s.stepId()), s.evidence().receipts(),
                    s.evidence().medianInputTokens(), s.evidence().medianOutputTokens(), s.evidence().outputPerInput(),
                    Terminal.safe(s.target().orElse("a small model")), Amounts.text(s.savings())));
            s.policyConflict().ifPresent(c -> sb.append(" (").append(Terminal.safe(c)).append(')'));
            sb.append('\n');
        }
        if (!cap.policyStepsNotSeen().isEmpty()) {
            sb.append("  policy steps no run reached: ").append(Terminal.safe(String.join(", ", cap.policyStepsNotSeen()))).append('\n');
        }
    }

    private static String figures(WeekFigures f) {
        if (f.runs() == 0) return "no runs";
        List<String> outcomes = new ArrayList<>();
        for (RunOutcome o : RunOutcome.values()) {
            int n = f.outcomes().getOrDefault(o, 0);
            if (n > 0) outcomes.add(n + " " + o.wire());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(f.runs()).append(f.runs() == 1 ? " run (" : " runs (").append(String.join(", ", outcomes)).append("), cost ")
                .append(Amounts.text(f.cost()));
        f.costPerRun().ifPresent(m -> sb.append(", per run ").append(Amounts.text(m)));
        f.costPerCompleted().ifPresent(m -> sb.append(", per completed ").append(Amounts.text(m)));
        f.costPerUnit().ifPresent(m -> sb.append(", per unit ").append(Amounts.text(m)));
        if (!f.waste().isEmpty()) sb.append(", waste ").append(Amounts.text(f.waste()));
        if (!f.retries().isEmpty()) sb.append(", retries ").append(Amounts.text(f.retries()));
        if (f.unpriced() > 0) sb.append(", ").append(f.unpriced()).append(" calls unpriced");
        return sb.toString();
    }

    private static String signed(java.math.BigDecimal a) {
        String s = Amounts.rounded(a);
        return a.signum() > 0 ? "+" + s : s;
    }
}
