package dev.runlens.app.governance;

import dev.runlens.app.ui.PlainText;
import dev.runlens.costs.Money;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.rollup.CostRow;
import dev.runlens.costs.rollup.RunCost;
import dev.runlens.report.Figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's table rows, made from the workbench's figures; every text from a bundle goes through {@link PlainText}. */
final class DashboardRows {
    static final String NONE = "—";

    private DashboardRows() {}

    /** Cost per outcome of one workflow version over the range. */
    record OutcomeRow(String workflow, String version, int runs, int completed, int waste, String cost, String wasteCost,
                      String perCompleted, String perUnit) {}

    /** One model's share of the calls and the cost. */
    record ModelRow(String model, int calls, int unpriced, String cost, String share) {}

    record MoverRow(String workflow, String currency, String recent, String previous, String change, String share) {}

    /** A run of the range; {@code bundleId} opens it. */
    record RunEntry(long bundleId, String day, String workflow, String outcome, String cost, int unpriced) {}

    /** Calls of one model that could not be priced, and why; the first such call's run and step open it. */
    record UnpricedRow(String model, String reason, int calls, long bundleId, String stepId) {}

    static List<OutcomeRow> outcomes(List<CostRow> byWorkflow) {
        return byWorkflow.stream().map(r -> new OutcomeRow(PlainText.of(r.key()), r.version().map(v -> "v" + v).orElse(""), r.runs(),
                r.completed(), r.outcomes().entrySet().stream().filter(e -> e.getKey().isWaste()).mapToInt(Map.Entry::getValue).sum(),
                money(r.cost(), r.unpriced()), Figures.money(r.waste()), r.costPerCompleted().map(Figures::money).orElse(NONE),
                r.costPerUnit().map(m -> Figures.money(m) + " per " + PlainText.of(r.unitName().orElse("unit"))).orElse(NONE))).toList();
    }

    static List<ModelRow> models(List<CostRow> byModel) {
        Money total = byModel.stream().map(CostRow::cost).reduce(Money.ZERO, Money::plus);
        return byModel.stream().map(r -> new ModelRow(PlainText.of(r.key()), r.receipts(), r.unpriced(), money(r.cost(), r.unpriced()),
                share(r.cost(), total))).toList();
    }

    static List<MoverRow> movers(List<TopMovers.Mover> movers) {
        return movers.stream().map(m -> new MoverRow(PlainText.of(m.workflowId()), PlainText.of(m.currency()), Figures.amount(m.recent()),
                Figures.amount(m.previous()), Figures.signed(m.change()),
                m.share().map(s -> (s.signum() > 0 ? "+" : "") + percent(s)).orElse("new"))).toList();
    }

    static List<RunEntry> runs(List<RunCost> runs, Map<String, Long> bundleIds) {
        return runs.stream().sorted((a, b) -> b.startedAt().compareTo(a.startedAt()))
                .map(r -> new RunEntry(bundleIds.getOrDefault(r.runId(), -1L), r.day().toString(), PlainText.of(r.workflowId()),
                        r.outcome().wire(), money(r.cost(), r.pricing().unpricedReceipts().size()), r.pricing().unpricedReceipts().size()))
                .toList();
    }

    static List<UnpricedRow> unpriced(List<ReceiptPrice> receipts, RepriceMode mode, Map<String, Long> bundleIds) {
        Map<List<String>, List<ReceiptPrice>> groups = new LinkedHashMap<>();
        for (ReceiptPrice r : receipts) {
            String model = r.provider().orElse("?") + "/" + r.model().orElse("(no model)");
            groups.computeIfAbsent(List.of(model, r.whyUnpriced(mode)), k -> new ArrayList<>()).add(r);
        }
        List<UnpricedRow> out = new ArrayList<>();
        groups.forEach((k, list) -> out.add(new UnpricedRow(PlainText.of(k.get(0)), PlainText.of(k.get(1)), list.size(),
                bundleIds.getOrDefault(list.get(0).runId(), -1L), list.get(0).stepId().orElse(null))));
        return out;
    }

    /** The priced cost, with the calls left out named: {@code 0.01 USD + 2 unpriced}. */
    static String money(Money cost, int unpriced) {
        if (unpriced == 0) return Figures.money(cost);
        return (cost.isEmpty() ? "" : Figures.money(cost) + " + ") + unpriced + " unpriced";
    }

    /** Each currency's share of that currency's total: {@code 42.1 % USD}. */
    static String share(Money part, Money total) {
        List<String> out = new ArrayList<>();
        part.amounts().forEach((cur, a) -> {
            BigDecimal t = total.get(cur);
            if (t.signum() != 0) out.add(percent(a.divide(t, MathContext.DECIMAL64)) + " " + PlainText.of(cur));
        });
        return out.isEmpty() ? NONE : String.join(" · ", out);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
