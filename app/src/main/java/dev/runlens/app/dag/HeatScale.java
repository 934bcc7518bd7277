package dev.runlens.app.dag;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cost heat on the run's own scale: for each currency the most any one step spent by the end of
 * the run. A step's heat is its largest share of that maximum over its currencies (currencies are
 * never added): none when it spent nothing, cold up to a third, warm up to two thirds, hot above.
 */
final class HeatScale {
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final Map<String, BigDecimal> max;

    HeatScale(Map<String, BigDecimal> maxStepCost) {
        TreeMap<String, BigDecimal> m = new TreeMap<>();
        maxStepCost.forEach((c, v) -> {
            if (v.signum() > 0) m.put(c, v);
        });
        this.max = Collections.unmodifiableMap(m);
    }

    /** The scale over these steps' costs (step id -> currency -> amount). */
    static HeatScale over(Iterable<Map<String, BigDecimal>> stepCosts) {
        Map<String, BigDecimal> max = new TreeMap<>();
        for (Map<String, BigDecimal> c : stepCosts) c.forEach((cur, v) -> max.merge(cur, v, BigDecimal::max));
        return new HeatScale(max);
    }

    /** Most expensive step's cost per currency (positive amounts only). */
    Map<String, BigDecimal> max() {
        return max;
    }

    Heat of(Map<String, BigDecimal> cost) {
        Heat h = Heat.NONE;
        for (var e : cost.entrySet()) {
            BigDecimal top = max.get(e.getKey());
            if (e.getValue().signum() <= 0) continue;
            Heat k = top == null ? Heat.HOT : bucket(e.getValue().multiply(THREE).divide(top, PRECISION));
            if (k.compareTo(h) > 0) h = k;
        }
        return h;
    }

    /** {@code thirds} is the share of the maximum times three. */
    private static Heat bucket(BigDecimal thirds) {
        if (thirds.compareTo(BigDecimal.ONE) <= 0) return Heat.COLD;
        if (thirds.compareTo(BigDecimal.valueOf(2)) <= 0) return Heat.WARM;
        return Heat.HOT;
    }

    /** The four buckets with their upper bounds per currency. */
    List<LegendEntry> legend() {
        List<LegendEntry> out = new ArrayList<>();
        out.add(new LegendEntry(Heat.NONE, max.isEmpty() ? "no model cost in this run" : "0"));
        for (Heat h : List.of(Heat.COLD, Heat.WARM, Heat.HOT)) {
            List<String> parts = new ArrayList<>();
            int thirds = h.ordinal();
            max.forEach((cur, top) -> parts.add("≤ " + Formats.money(cur,
                    top.multiply(BigDecimal.valueOf(thirds)).divide(THREE, PRECISION))));
            out.add(new LegendEntry(h, parts.isEmpty() ? "–" : String.join(" · ", parts)));
        }
        return out;
    }
}
