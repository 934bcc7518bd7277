package dev.runlens.app.costs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the bar chart shows: one category per row (plain text, unique, in row order) and one
 * series per currency with a bar for each row that cost something in it. Unpriced calls get no bar.
 */
public record CostChart(List<String> categories, List<Series> series) {
    static final int MAX_LABEL = 40;
    public static final CostChart EMPTY = new CostChart(List.of(), List.of());

    public CostChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** The bars of one currency. */
    public record Series(String currency, List<Bar> bars) {
        public Series {
            bars = List.copyOf(bars);
        }
    }

    public record Bar(String category, double value) {}

    static CostChart of(List<CostRow> rows, Set<String> currencies) {
        List<String> categories = categories(rows);
        List<Series> series = new ArrayList<>();
        for (String cur : currencies) {
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).amounts().containsKey(cur)) bars.add(new Bar(categories.get(i), CostText.value(rows.get(i).amounts(), cur)));
            }
            series.add(new Series(cur, bars));
        }
        return new CostChart(categories, series);
    }

    /** Row names (a model's with its provider), clipped, made unique with a counter. */
    private static List<String> categories(List<CostRow> rows) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CostRow r : rows) {
            String name = r.by() == dev.runlens.replay.analysis.RunCosts.By.MODEL && !r.detail().isEmpty()
                    ? r.name() + " · " + r.detail() : r.name();
            if (name.length() > MAX_LABEL) name = name.substring(0, MAX_LABEL - 1) + "…";
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) unique = name + " (" + n + ")";
            out.add(unique);
        }
        return out;
    }
}
