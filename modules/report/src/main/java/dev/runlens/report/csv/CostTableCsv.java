package dev.runlens.report.csv;

import dev.runlens.costs.Money;
import dev.runlens.costs.rollup.CostRow;
import dev.runlens.costs.rollup.RunOutcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** A cost table as CSV: one record per group and currency (a group with no priced call has one record, currency empty). */
public final class CostTableCsv {
    public static final List<String> HEADER = List.of("period", "key", "version", "currency", "runs", "completed", "failed", "rejected",
            "cancelled", "open", "receipts", "input_tokens", "output_tokens", "cost", "waste", "retries", "cost_per_completed",
            "unit", "units", "cost_per_unit", "unpriced_receipts");

    private CostTableCsv() {}

    public static String render(List<CostRow> rows) {
        StringBuilder sb = new StringBuilder(Csv.record(HEADER));
        for (CostRow row : rows) {
            TreeSet<String> currencies = new TreeSet<>(row.cost().amounts().keySet());
            if (currencies.isEmpty()) currencies.add("");
            for (String cur : currencies) sb.append(Csv.record(cells(row, cur)));
        }
        return sb.toString();
    }

    private static List<String> cells(CostRow row, String cur) {
        List<String> c = new ArrayList<>();
        c.add(row.period());
        c.add(Csv.text(row.key()));
        c.add(row.version().map(String::valueOf).orElse(""));
        c.add(Csv.text(cur));
        c.add(String.valueOf(row.runs()));
        for (RunOutcome o : RunOutcome.values()) c.add(String.valueOf(row.outcomes().get(o)));
        c.add(String.valueOf(row.receipts()));
        c.add(String.valueOf(row.inputTokens()));
        c.add(String.valueOf(row.outputTokens()));
        c.add(amount(row.cost(), cur));
        c.add(amount(row.waste(), cur));
        c.add(amount(row.retries(), cur));
        c.add(row.costPerCompleted().map(m -> amount(m, cur)).orElse(""));
        c.add(Csv.text(row.unitName().orElse("")));
        c.add(row.units().map(Money::plain).orElse(""));
        c.add(row.costPerUnit().map(m -> amount(m, cur)).orElse(""));
        c.add(String.valueOf(row.unpriced()));
        return c;
    }

    static String amount(Money m, String cur) {
        if (cur.isEmpty()) return "";
        return Money.plain(Optional.ofNullable(m.amounts().get(cur)).orElse(BigDecimal.ZERO));
    }
}
