package dev.runlens.costs.review;

import dev.runlens.costs.Money;
import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.policy.RoutingPolicy;
import dev.runlens.costs.reprice.Pricing;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.Repricer;
import dev.runlens.costs.rollup.RunCost;
import dev.runlens.costs.rollup.RunOutcome;
import dev.runlens.costs.routing.Adherence;
import dev.runlens.costs.routing.CapabilityAnalysis;
import dev.runlens.costs.routing.MechanicalThresholds;
import dev.runlens.costs.routing.WorkflowCapability;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the weekly review from costed runs. */
public final class WeeklyReview {
    private static final MathContext MC = MathContext.DECIMAL128;

    private final Repricer repricer;
    private final Policies policies;
    private final MechanicalThresholds thresholds;
    private final Instant tierAsOf;

    public WeeklyReview(Repricer repricer, Policies policies, MechanicalThresholds thresholds, Instant tierAsOf) {
        this.repricer = repricer;
        this.policies = policies;
        this.thresholds = thresholds;
        this.tierAsOf = tierAsOf;
    }

    /** The review of {@code week} against {@code baseline} (the week before it when empty). */
    public Review build(List<RunCost> runs, IsoWeek week, Optional<IsoWeek> baseline) {
        IsoWeek base = baseline.orElse(week.previous());
        List<RunCost> now = runs.stream().filter(r -> week.contains(r.day())).toList();
        List<RunCost> before = runs.stream().filter(r -> base.contains(r.day())).toList();
        List<WorkflowCapability> capability = new CapabilityAnalysis(repricer, policies, thresholds, tierAsOf).analyse(now);
        TreeSet<String> workflows = new TreeSet<>();
        now.forEach(r -> workflows.add(r.workflowId()));
        before.forEach(r -> workflows.add(r.workflowId()));
        List<WorkflowReview> out = new ArrayList<>();
        long shift = week.daysAfter(base);
        for (String wf : workflows) {
            List<RunCost> a = now.stream().filter(r -> r.workflowId().equals(wf)).toList();
            List<RunCost> b = before.stream().filter(r -> r.workflowId().equals(wf)).toList();
            Optional<RoutingPolicy> policy = policies.forWorkflow(wf);
            WeekFigures fa = figures(a, policy);
            WeekFigures fb = figures(b, policy);
            Optional<WorkflowCapability> cap = capability.stream().filter(c -> c.workflowId().equals(wf)).findFirst();
            out.add(new WorkflowReview(wf, fa, fb, fa.cost().minus(fb.cost()), drift(a, b, shift),
                    cap.map(WorkflowCapability::adherence).orElse(Adherence.NONE),
                    policy.flatMap(RoutingPolicy::weeklyBudget).map(budget -> BudgetCheck.of(budget, fa.cost())),
                    cap.map(WorkflowCapability::savings).orElse(Money.ZERO), cap.map(c -> c.suggestions().size()).orElse(0)));
        }
        Money costNow = now.stream().map(RunCost::cost).reduce(Money.ZERO, Money::plus);
        Money costBefore = before.stream().map(RunCost::cost).reduce(Money.ZERO, Money::plus);
        return new Review(week, base, repricer.mode(), out, costNow, costBefore, now.size(), before.size(),
                CapabilityAnalysis.total(capability), capability, attention(out));
    }

    static WeekFigures figures(List<RunCost> runs, Optional<RoutingPolicy> policy) {
        Map<RunOutcome, Integer> outcomes = new EnumMap<>(RunOutcome.class);
        Money cost = Money.ZERO;
        Money waste = Money.ZERO;
        Money retries = Money.ZERO;
        int unpriced = 0;
        BigDecimal units = BigDecimal.ZERO;
        boolean anyUnits = false;
        TreeSet<Long> versions = new TreeSet<>();
        for (RunCost r : runs) {
            outcomes.merge(r.outcome(), 1, Integer::sum);
            cost = cost.plus(r.cost());
            if (r.outcome().isWaste()) waste = waste.plus(r.cost());
            retries = retries.plus(r.retryCost());
            unpriced += r.pricing().unpricedReceipts().size();
            versions.add(r.workflowVersion());
            if (r.outcome() == RunOutcome.COMPLETED && r.units().isPresent()) {
                units = units.add(r.units().get());
                anyUnits = true;
            }
        }
        int completed = outcomes.getOrDefault(RunOutcome.COMPLETED, 0);
        Optional<BigDecimal> u = policy.flatMap(RoutingPolicy::unit).isPresent() && anyUnits ? Optional.of(units) : Optional.empty();
        Money c = cost;
        return new WeekFigures(runs.size(), outcomes, cost, waste, retries, unpriced,
                runs.isEmpty() ? Optional.empty() : Optional.of(cost.dividedBy(BigDecimal.valueOf(runs.size()))),
                completed == 0 ? Optional.empty() : Optional.of(cost.dividedBy(BigDecimal.valueOf(completed))), u,
                u.filter(x -> x.signum() > 0).map(c::dividedBy), versions);
    }

    /** One call's cost this week and at the prices of {@code shift} days earlier (empty when either is unknown). */
    private record Call(String currency, String model, boolean retry, BigDecimal cost, Optional<BigDecimal> priceEffect) {}

    private List<Call> calls(List<RunCost> runs, long shift) {
        List<Call> out = new ArrayList<>();
        for (RunCost r : runs) {
            for (ReceiptPrice rp : r.pricing().receipts()) {
                Optional<ReceiptPrice.Line> line = rp.cost(r.pricing().mode());
                if (line.isEmpty()) continue;
                Optional<BigDecimal> effect = Optional.empty();
                if (shift > 0 && rp.model().isPresent() && rp.tokens().isPresent()) {
                    Optional<Pricing> at = repricer.priceAs(rp.provider(), rp.model().get(), rp.tokens().get(), rp.at());
                    Optional<Pricing> then = repricer.priceAs(rp.provider(), rp.model().get(), rp.tokens().get(),
                            rp.at().minusSeconds(shift * 86_400L));
                    if (at.isPresent() && then.isPresent() && at.get().currency().equals(then.get().currency())) {
                        effect = Optional.of(at.get().amount().subtract(then.get().amount()));
                    }
                }
                out.add(new Call(line.get().currency(), rp.provider().orElse("") + "/" + rp.model().orElse(""), r.isRetry(rp),
                        line.get().amount(), effect));
            }
        }
        return out;
    }

    private List<Drift> drift(List<RunCost> now, List<RunCost> before, long shift) {
        List<Call> a = calls(now, shift);
        List<Call> b = calls(before, shift);
        TreeSet<String> currencies = new TreeSet<>();
        a.forEach(c -> currencies.add(c.currency()));
        b.forEach(c -> currencies.add(c.currency()));
        List<Drift> out = new ArrayList<>();
        BigDecimal n1 = BigDecimal.valueOf(now.size());
        BigDecimal n0 = BigDecimal.valueOf(before.size());
        for (String cur : currencies) {
            List<Call> ca = a.stream().filter(c -> c.currency().equals(cur)).toList();
            List<Call> cb = b.stream().filter(c -> c.currency().equals(cur)).toList();
            BigDecimal c1 = sum(ca, false, false);
            BigDecimal c0 = sum(cb, false, false);
            BigDecimal total = c1.subtract(c0);
            BigDecimal price = ca.stream().map(c -> c.priceEffect().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
            int unpriced = (int) ca.stream().filter(c -> c.priceEffect().isEmpty()).count();
            if (shift <= 0) unpriced = 0;
            BigDecimal volume;
            BigDecimal mix = BigDecimal.ZERO;
            BigDecimal retries = BigDecimal.ZERO;
            if (now.isEmpty() || before.isEmpty()) {
                volume = total.subtract(price);
            } else {
                BigDecimal scale = n1.divide(n0, MC);
                BigDecimal b0 = sum(cb, true, false);
                volume = b0.multiply(scale.subtract(BigDecimal.ONE), MC);
                retries = atBaselinePrices(ca, true).subtract(sum(cb, false, true).multiply(scale, MC));
                mix = mix(ca.stream().filter(c -> !c.retry()).toList(), cb.stream().filter(c -> !c.retry()).toList());
            }
            BigDecimal other = total.subtract(price).subtract(volume).subtract(mix).subtract(retries);
            out.add(new Drift(cur, total, price, volume, mix, retries, other, unpriced));
        }
        return out;
    }

    /** Sum of costs: all calls, first attempts only, or retries only. */
    private static BigDecimal sum(List<Call> calls, boolean firstAttemptsOnly, boolean retriesOnly) {
        return calls.stream().filter(c -> !firstAttemptsOnly || !c.retry()).filter(c -> !retriesOnly || c.retry())
                .map(Call::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Cost of the (retry or first-attempt) calls at the prices of the baseline. */
    private static BigDecimal atBaselinePrices(List<Call> calls, boolean retries) {
        return calls.stream().filter(c -> c.retry() == retries).map(c -> c.cost().subtract(c.priceEffect().orElse(BigDecimal.ZERO)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ_m (share1_m − share0_m) × calls1 × baseline cost per call of m (this week's, at baseline prices, for new models). */
    private static BigDecimal mix(List<Call> now, List<Call> before) {
        if (now.isEmpty() || before.isEmpty()) return BigDecimal.ZERO;
        Map<String, BigDecimal[]> m = new TreeMap<>(); // n1, cost1 at baseline prices, n0, cost0
        for (Call c : now) {
            BigDecimal[] v = m.computeIfAbsent(c.model(), k -> zeros());
            v[0] = v[0].add(BigDecimal.ONE);
            v[1] = v[1].add(c.cost().subtract(c.priceEffect().orElse(BigDecimal.ZERO)));
        }
        for (Call c : before) {
            BigDecimal[] v = m.computeIfAbsent(c.model(), k -> zeros());
            v[2] = v[2].add(BigDecimal.ONE);
            v[3] = v[3].add(c.cost());
        }
        BigDecimal k1 = BigDecimal.valueOf(now.size());
        BigDecimal k0 = BigDecimal.valueOf(before.size());
        BigDecimal mix = BigDecimal.ZERO;
        for (BigDecimal[] v : m.values()) {
            BigDecimal perCall = v[2].signum() > 0 ? v[3].divide(v[2], MC) : v[1].divide(v[0], MC);
            BigDecimal shareChange = v[0].divide(k1, MC).subtract(v[2].divide(k0, MC));
            mix = mix.add(shareChange.multiply(k1, MC).multiply(perCall, MC));
        }
        return mix;
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static List<String> attention(List<WorkflowReview> workflows) {
        List<String> out = new ArrayList<>();
        for (WorkflowReview w : workflows) {
            w.budget().filter(b -> !b.over().isEmpty()).ifPresent(b -> out.add(w.workflowId() + ": over its weekly budget in "
                    + String.join(", ", b.over())));
            if (w.adherence().above() > 0) out.add(w.workflowId() + ": " + w.adherence().above() + " calls above the policy's tier");
            if (w.adherence().below() > 0) out.add(w.workflowId() + ": " + w.adherence().below() + " calls below the policy's tier");
            int unpriced = w.thisWeek().unpriced();
            if (unpriced > 0) out.add(w.workflowId() + ": " + unpriced + " calls could not be priced (not counted in its cost)");
            if (w.mechanicalSteps() > 0) out.add(w.workflowId() + ": " + w.mechanicalSteps() + " steps look mechanical");
            w.change().amounts().forEach((cur, delta) -> {
                BigDecimal was = w.baseline().cost().get(cur);
                if (was.signum() > 0 && delta.compareTo(was.divide(BigDecimal.valueOf(4), MC)) > 0) {
                    out.add(w.workflowId() + ": " + cur + " cost up " + delta.multiply(BigDecimal.valueOf(100)).divide(was, 0, RoundingMode.HALF_UP)
                            + "% on the baseline week");
                }
            });
        }
        return out;
    }
}
