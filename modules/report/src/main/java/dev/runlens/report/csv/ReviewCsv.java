package dev.runlens.report.csv;

import dev.runlens.costs.Money;
import dev.runlens.costs.review.BudgetCheck;
import dev.runlens.costs.review.Drift;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WeekFigures;
import dev.runlens.costs.review.WorkflowReview;
import dev.runlens.costs.rollup.RunOutcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The weekly review as CSV (RFC 4180, formula-safe): one record per workflow and currency with the
 * week's and the baseline's figures, the drift split, budget and capability-split adherence. A
 * workflow with no amount in any currency has one record with the currency empty. Amounts are exact.
 */
public final class ReviewCsv {
    public static final List<String> HEADER = List.of("week", "baseline", "basis", "workflow", "currency", "runs", "baseline_runs",
            "completed", "failed", "rejected", "cancelled", "open", "cost", "baseline_cost", "change", "cost_per_run",
            "cost_per_completed", "cost_per_unit", "waste", "retries", "unpriced_receipts", "drift_price", "drift_volume",
            "drift_mix", "drift_retries", "drift_other", "budget", "budget_remaining", "over_budget", "calls_on_policy",
            "calls_above_policy", "calls_below_policy", "routing_savings");

    private ReviewCsv() {}

    public static String render(Review r) {
        StringBuilder sb = new StringBuilder(Csv.record(HEADER));
        for (WorkflowReview w : r.workflows()) {
            TreeSet<String> currencies = new TreeSet<>(w.thisWeek().cost().amounts().keySet());
            currencies.addAll(w.baseline().cost().amounts().keySet());
            w.budget().ifPresent(b -> currencies.addAll(b.budget().amounts().keySet()));
            if (currencies.isEmpty()) currencies.add("");
            for (String cur : currencies) sb.append(Csv.record(cells(r, w, cur)));
        }
        return sb.toString();
    }

    private static List<String> cells(Review r, WorkflowReview w, String cur) {
        WeekFigures a = w.thisWeek();
        List<String> c = new ArrayList<>(List.of(r.week().toString(), r.baseline().toString(), r.mode().wire(), Csv.text(w.workflowId()),
                Csv.text(cur), String.valueOf(a.runs()), String.valueOf(w.baseline().runs())));
        for (RunOutcome o : RunOutcome.values()) c.add(String.valueOf(a.outcomes().getOrDefault(o, 0)));
        c.add(amount(a.cost(), cur));
        c.add(amount(w.baseline().cost(), cur));
        c.add(amount(w.change(), cur));
        c.add(optional(a.costPerRun(), cur));
        c.add(optional(a.costPerCompleted(), cur));
        c.add(optional(a.costPerUnit(), cur));
        c.add(amount(a.waste(), cur));
        c.add(amount(a.retries(), cur));
        c.add(String.valueOf(a.unpriced()));
        Optional<Drift> d = w.drift().stream().filter(x -> x.currency().equals(cur)).findFirst();
        for (java.util.function.Function<Drift, BigDecimal> part : List.<java.util.function.Function<Drift, BigDecimal>>of(
                Drift::price, Drift::volume, Drift::mix, Drift::retries, Drift::other)) {
            c.add(d.map(part).map(Money::plain).orElse(""));
        }
        Optional<BudgetCheck> b = w.budget();
        c.add(b.map(x -> optionalAmount(x.budget(), cur)).orElse(""));
        c.add(b.map(x -> optionalAmount(x.remaining(), cur)).orElse(""));
        c.add(b.map(x -> x.over().contains(cur) ? "yes" : "no").orElse(""));
        c.add(String.valueOf(w.adherence().onPolicy()));
        c.add(String.valueOf(w.adherence().above()));
        c.add(String.valueOf(w.adherence().below()));
        c.add(amount(w.routingSavings(), cur));
        return c;
    }

    private static String amount(Money m, String cur) {
        return CostTableCsv.amount(m, cur);
    }

    private static String optional(Optional<Money> m, String cur) {
        return m.map(x -> optionalAmount(x, cur)).orElse("");
    }

    /** The amount in {@code cur}, or empty when the money has none in it. */
    private static String optionalAmount(Money m, String cur) {
        BigDecimal a = m.amounts().get(cur);
        return a == null ? "" : Money.plain(a);
    }
}
