package dev.runlens.app.governance;

import dev.runlens.app.ui.PlainText;
import dev.runlens.costs.rollup.CostRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The daily cost by workflow: one panel per currency (currencies are never added or drawn on one
 * axis), each with the days of the range and one series per workflow (its versions together).
 */
public record DailyChart(List<LocalDate> days, List<Panel> panels) {
    public static final DailyChart EMPTY = new DailyChart(List.of(), List.of());

    public DailyChart {
        days = List.copyOf(days);
        panels = List.copyOf(panels);
    }

    public record Panel(String currency, List<Series> series) {
        public Panel {
            series = List.copyOf(series);
        }
    }

    /** One workflow's cost per day in one currency (exact; the chart draws doubles). */
    public record Series(String workflowId, Map<LocalDate, BigDecimal> byDay) {
        public Series {
            byDay = Map.copyOf(byDay);
        }

        public BigDecimal on(LocalDate day) {
            return byDay.getOrDefault(day, BigDecimal.ZERO);
        }
    }

    /** Points are (day, workflow, currency, amount); days run from {@code from} to {@code to}, every day. */
    static DailyChart of(List<Point> points, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to) && days.size() < 3_700; d = d.plusDays(1)) days.add(d);
        Map<String, Map<String, Map<LocalDate, BigDecimal>>> byCurrency = new TreeMap<>();
        for (Point p : points) {
            byCurrency.computeIfAbsent(p.currency(), c -> new TreeMap<>()).computeIfAbsent(PlainText.of(p.workflowId()), w -> new TreeMap<>())
                    .merge(p.day(), p.amount(), BigDecimal::add);
        }
        List<Panel> panels = new ArrayList<>();
        byCurrency.forEach((cur, workflows) -> {
            List<Series> series = new ArrayList<>();
            workflows.forEach((wf, byDay) -> series.add(new Series(wf, byDay)));
            panels.add(new Panel(PlainText.of(cur), series));
        });
        return new DailyChart(days, panels);
    }

    /** From the daily cost table (period = day, key = workflow id). */
    static List<Point> points(List<CostRow> daily) {
        List<Point> out = new ArrayList<>();
        for (CostRow r : daily) {
            LocalDate day = LocalDate.parse(r.period());
            r.cost().amounts().forEach((cur, a) -> out.add(new Point(day, r.key(), cur, a)));
        }
        return out;
    }

    record Point(LocalDate day, String workflowId, String currency, BigDecimal amount) {}
}
