package dev.runlens.app.governance;

import dev.runlens.costs.rollup.CostRow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which workflows' cost moved most: per workflow and currency, the last seven days of the range
 * against the seven before them, largest absolute change first.
 */
final class TopMovers {
    static final int DAYS = 7;
    static final int LIMIT = 8;

    private TopMovers() {}

    /** {@code recent} and {@code previous} are the two windows' costs; {@code share} the change over previous (empty from zero). */
    record Mover(String workflowId, String currency, BigDecimal recent, BigDecimal previous, BigDecimal change,
                 Optional<BigDecimal> share) {}

    static List<Mover> of(List<CostRow> daily, LocalDate to) {
        LocalDate recentFrom = to.minusDays(DAYS - 1);
        LocalDate previousFrom = recentFrom.minusDays(DAYS);
        Map<List<String>, BigDecimal[]> sums = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (CostRow r : daily) {
            LocalDate day = LocalDate.parse(r.period());
            if (day.isBefore(previousFrom) || day.isAfter(to)) continue;
            int slot = day.isBefore(recentFrom) ? 1 : 0;
            r.cost().amounts().forEach((cur, a) -> {
                BigDecimal[] v = sums.computeIfAbsent(List.of(r.key(), cur), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                v[slot] = v[slot].add(a);
            });
        }
        List<Mover> out = new ArrayList<>();
        sums.forEach((k, v) -> {
            BigDecimal change = v[0].subtract(v[1]);
            if (change.signum() == 0) return;
            Optional<BigDecimal> share = v[1].signum() == 0 ? Optional.empty() : Optional.of(change.divide(v[1], MathContext.DECIMAL64));
            out.add(new Mover(k.get(0), k.get(1), v[0], v[1], change, share));
        });
        out.sort(Comparator.comparing((Mover m) -> m.change().abs()).reversed().thenComparing(Mover::workflowId));
        return out.size() > LIMIT ? out.subList(0, LIMIT) : out;
    }
}
