package dev.runlens.cli;

import dev.runlens.costs.catalog.Provenance;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.rollup.CostRow;
import dev.runlens.costs.rollup.Period;
import dev.runlens.costs.rollup.RunOutcome;
import dev.runlens.workbench.CostReport;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@code costs} for people: one line per group, then totals, unpriced calls and price sources. */
final class CostsText {
    private CostsText() {}

    static String render(CostReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("costs by ").append(r.by().wire())
                .append(r.period() == Period.DAY ? ", daily" : r.period() == Period.WEEK ? ", weekly" : "")
                .append(", ").append(basis(r.mode())).append(", ").append(r.runs().size()).append(r.runs().size() == 1 ? " run" : " runs")
                .append('\n');
        int width = Math.min(60, Math.max(12, r.rows().stream().mapToInt(x -> Terminal.safe(x.key()).length()).max().orElse(0)));
        String line = "%-" + (r.period() == Period.ALL ? 1 : 10) + "s %-" + width + "s %4s %5s %5s %5s %5s %6s  %s";
        if (!r.rows().isEmpty()) {
            sb.append(String.format(Locale.ROOT, line, r.period() == Period.ALL ? "" : "period", r.by().wire(), "ver", "runs", "done",
                    "waste", "open", "calls", "cost").stripTrailing()).append('\n');
        }
        for (CostRow row : r.rows()) {
            int waste = row.outcomes().get(RunOutcome.FAILED) + row.outcomes().get(RunOutcome.REJECTED) + row.outcomes().get(RunOutcome.CANCELLED);
            sb.append(String.format(Locale.ROOT, line, row.period(), Terminal.safe(row.key()), row.version().map(v -> "v" + v).orElse(""),
                    row.runs(), row.completed(), waste, row.outcomes().get(RunOutcome.OPEN), row.receipts(),
                    row.cost().isEmpty() && row.unpriced() > 0 ? "unpriced" : Amounts.text(row.cost())));
            if (!row.waste().isEmpty()) sb.append("; waste ").append(Amounts.text(row.waste()));
            if (!row.retries().isEmpty()) sb.append("; retries ").append(Amounts.text(row.retries()));
            row.costPerCompleted().ifPresent(m -> sb.append("; per completed run ").append(Amounts.text(m)));
            row.costPerUnit().ifPresent(m -> sb.append("; per ").append(Terminal.safe(row.unitName().orElse("unit"))).append(' ')
                    .append(Amounts.text(m)));
            if (row.unpriced() > 0) sb.append("; ").append(row.unpriced()).append(" calls UNPRICED (not counted)");
            sb.append('\n');
        }
        sb.append("total ").append(Amounts.text(r.total()));
        if (r.mode() != RepriceMode.RECORDED) sb.append("  (recomputed − recorded: ").append(Amounts.text(r.gap())).append(')');
        sb.append('\n');
        if (!r.unpriced().isEmpty()) {
            sb.append(r.unpriced().size()).append(" calls could not be priced and are not in the figures above:\n");
            Map<String, Long> reasons = r.unpriced().stream().collect(Collectors.groupingBy(u -> u.whyUnpriced(r.mode()), TreeMap::new,
                    Collectors.counting()));
            reasons.forEach((why, n) -> sb.append("  ").append(n).append(" × ").append(Terminal.safe(why)).append('\n'));
        }
        if (r.mode() != RepriceMode.RECORDED) {
            sb.append("prices: ").append(r.sources().stream().map(Provenance::label).map(Terminal::safe).collect(Collectors.joining("; ")))
                    .append('\n');
        }
        return sb.toString().stripTrailing();
    }

    static String basis(RepriceMode m) {
        return switch (m) {
            case RECORDED -> "recorded costs";
            case AS_OF -> "repriced at each call's day";
            case TODAY -> "repriced at today's prices";
            case CONTRACT -> "repriced at contract rates";
        };
    }
}
