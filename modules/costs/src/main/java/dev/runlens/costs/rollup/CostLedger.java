package dev.runlens.costs.rollup;

import dev.runlens.costs.Money;
import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.policy.RoutingPolicy;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.protocol.model.Subject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Cost tables: costed runs grouped by a dimension and a period. */
public final class CostLedger {
    /** Key of runs or receipts that have no value for the dimension (no subject, no step, no provider). */
    public static final String NONE = "(none)";

    private CostLedger() {}

    public static List<CostRow> rollup(List<RunCost> runs, Dimension by, Period period, Policies policies) {
        Map<List<Object>, Acc> groups = new TreeMap<>(Comparator.comparing((List<Object> k) -> (String) k.get(0))
                .thenComparing(k -> (String) k.get(1)).thenComparing(k -> (Long) k.get(2)));
        for (RunCost r : runs) {
            String p = period.of(r);
            if (by.byReceipt()) {
                for (ReceiptPrice rp : r.pricing().receipts()) {
                    groups.computeIfAbsent(List.of(p, receiptKey(by, r, rp), -1L), k -> new Acc()).add(r, List.of(rp));
                }
            } else {
                long version = by == Dimension.WORKFLOW ? r.workflowVersion() : -1L;
                groups.computeIfAbsent(List.of(p, runKey(by, r), version), k -> new Acc()).add(r, r.pricing().receipts());
            }
        }
        List<CostRow> out = new ArrayList<>();
        groups.forEach((k, acc) -> {
            Optional<RoutingPolicy.OutputUnit> unit = by == Dimension.WORKFLOW
                    ? policies.forWorkflow((String) k.get(1)).flatMap(RoutingPolicy::unit) : Optional.empty();
            long v = (Long) k.get(2);
            out.add(acc.row((String) k.get(1), v < 0 ? Optional.empty() : Optional.of(v), (String) k.get(0), unit));
        });
        return out;
    }

    static String runKey(Dimension by, RunCost r) {
        Function<Subject, Optional<String>> field = switch (by) {
            case USER -> Subject::userId;
            case TENANT -> Subject::tenantId;
            case PLAN -> Subject::planId;
            default -> s -> Optional.empty();
        };
        if (by == Dimension.WORKFLOW) return r.workflowId();
        return r.subject().flatMap(field).orElse(NONE);
    }

    static String receiptKey(Dimension by, RunCost r, ReceiptPrice rp) {
        return switch (by) {
            case STEP -> r.workflowId() + "/" + rp.stepId().orElse(NONE);
            case MODEL -> rp.provider().orElse(NONE) + "/" + rp.model().orElse(NONE);
            case PROVIDER -> rp.provider().orElse(NONE);
            default -> throw new IllegalArgumentException(by + " groups runs");
        };
    }

    /** Running sums of one group. */
    private static final class Acc {
        private final Set<String> runIds = new LinkedHashSet<>();
        private final Map<RunOutcome, Integer> outcomes = new EnumMap<>(RunOutcome.class);
        private int receipts;
        private long in;
        private long out;
        private Money cost = Money.ZERO;
        private Money waste = Money.ZERO;
        private Money retries = Money.ZERO;
        private int unpriced;
        private BigDecimal units = BigDecimal.ZERO;
        private boolean anyUnits;

        void add(RunCost r, List<ReceiptPrice> receiptsOfRun) {
            if (runIds.add(r.runId())) {
                outcomes.merge(r.outcome(), 1, Integer::sum);
                if (r.outcome() == RunOutcome.COMPLETED && r.units().isPresent()) {
                    units = units.add(r.units().get());
                    anyUnits = true;
                }
            }
            for (ReceiptPrice rp : receiptsOfRun) {
                receipts++;
                in += rp.tokens().map(t -> t.uncachedInput() + t.cachedInput() + t.cacheWrite()).orElse(0L);
                out += rp.tokens().map(t -> t.output() + t.reasoning()).orElse(0L);
                Optional<ReceiptPrice.Line> line = rp.cost(r.pricing().mode());
                if (line.isEmpty()) {
                    unpriced++;
                    continue;
                }
                Money m = Money.of(line.get().currency(), line.get().amount());
                cost = cost.plus(m);
                if (r.outcome().isWaste()) waste = waste.plus(m);
                if (r.isRetry(rp)) retries = retries.plus(m);
            }
        }

        CostRow row(String key, Optional<Long> version, String period, Optional<RoutingPolicy.OutputUnit> unit) {
            int completed = outcomes.getOrDefault(RunOutcome.COMPLETED, 0);
            Optional<Money> perCompleted = completed == 0 || cost.isEmpty() ? Optional.empty()
                    : Optional.of(cost.dividedBy(BigDecimal.valueOf(completed)));
            Optional<BigDecimal> u = unit.isPresent() && anyUnits ? Optional.of(units) : Optional.empty();
            Optional<Money> perUnit = u.filter(x -> x.signum() > 0).map(cost::dividedBy);
            return new CostRow(key, version, period, runIds.size(), outcomes, receipts, in, out, cost, waste, retries, unpriced,
                    unit.map(RoutingPolicy.OutputUnit::name), u, perCompleted, perUnit);
        }
    }
}
