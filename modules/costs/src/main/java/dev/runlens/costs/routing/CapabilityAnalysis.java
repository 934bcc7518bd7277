package dev.runlens.costs.routing;

import dev.runlens.costs.Money;
import dev.runlens.costs.Tier;
import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.policy.RoutingPolicy;
import dev.runlens.costs.reprice.Pricing;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.Repricer;
import dev.runlens.costs.rollup.RunCost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Capability matching: every step's calls against the tier its workflow's routing policy asks for,
 * with models tiered by the price book ({@link dev.runlens.costs.catalog.PriceBook#tier}); savings
 * if above-policy calls had gone to the policy's target for the tier (else the most used model of
 * that tier in scope, same provider first), priced at the repricer's basis; and steps that look
 * mechanical, with their evidence. Calls without a step are not routable and are left out.
 */
public final class CapabilityAnalysis {
    private final Repricer repricer;
    private final Policies policies;
    private final MechanicalThresholds thresholds;
    private final Instant tierAsOf;

    public CapabilityAnalysis(Repricer repricer, Policies policies, MechanicalThresholds thresholds, Instant tierAsOf) {
        this.repricer = repricer;
        this.policies = policies;
        this.thresholds = thresholds;
        this.tierAsOf = tierAsOf;
    }

    /** One receipt with what the analysis needs to know about it. */
    private record Call(RunCost run, ReceiptPrice receipt, Optional<Tier> tier) {
        String modelKey() {
            return receipt.provider().orElse("") + "/" + receipt.model().orElse("");
        }
    }

    public List<WorkflowCapability> analyse(List<RunCost> runs) {
        Map<String, Map<String, List<Call>>> byWorkflow = new TreeMap<>();
        List<Call> fleet = new ArrayList<>();
        Map<String, Optional<Tier>> tiers = new HashMap<>();
        for (RunCost r : runs) {
            for (ReceiptPrice rp : r.pricing().receipts()) {
                Optional<Tier> tier = rp.model().isEmpty() ? Optional.empty() : tiers.computeIfAbsent(
                        rp.provider().orElse("") + "/" + rp.model().get(), k -> repricer.book().tier(rp.provider(), rp.model().get(), tierAsOf));
                Call c = new Call(r, rp, tier);
                fleet.add(c);
                if (rp.stepId().isEmpty()) continue;
                byWorkflow.computeIfAbsent(r.workflowId(), k -> new TreeMap<>()).computeIfAbsent(rp.stepId().get(), k -> new ArrayList<>()).add(c);
            }
        }
        for (String wf : policies.byWorkflow().keySet()) byWorkflow.computeIfAbsent(wf, k -> new TreeMap<>());
        List<WorkflowCapability> out = new ArrayList<>();
        byWorkflow.forEach((wf, steps) -> out.add(workflow(wf, steps, fleet)));
        return out;
    }

    private WorkflowCapability workflow(String wf, Map<String, List<Call>> steps, List<Call> fleet) {
        Optional<RoutingPolicy> policy = policies.forWorkflow(wf);
        List<StepUse> uses = new ArrayList<>();
        List<Suggestion> suggestions = new ArrayList<>();
        Adherence adherence = Adherence.NONE;
        Money savings = Money.ZERO;
        for (Map.Entry<String, List<Call>> s : steps.entrySet()) {
            Optional<RoutingPolicy.StepRule> rule = policy.flatMap(p -> p.ruleFor(s.getKey()));
            Map<String, List<Call>> byModel = new TreeMap<>();
            for (Call c : s.getValue()) byModel.computeIfAbsent(c.modelKey(), k -> new ArrayList<>()).add(c);
            List<ModelUse> models = new ArrayList<>();
            for (List<Call> calls : byModel.values()) {
                ModelUse m = use(calls, rule, policy, fleet);
                models.add(m);
                adherence = adherence.plus(adherence(m));
                if (m.verdict() == Verdict.ABOVE_POLICY) savings = savings.plus(m.savings());
            }
            uses.add(new StepUse(wf, s.getKey(), rule, models));
            suggestion(wf, s.getKey(), s.getValue(), rule, policy, fleet).ifPresent(suggestions::add);
        }
        List<String> notSeen = policy.map(p -> p.steps().keySet().stream().filter(id -> !steps.containsKey(id)).toList()).orElse(List.of());
        return new WorkflowCapability(wf, policy, uses, adherence, savings, suggestions, notSeen);
    }

    private ModelUse use(List<Call> calls, Optional<RoutingPolicy.StepRule> rule, Optional<RoutingPolicy> policy, List<Call> fleet) {
        Call first = calls.get(0);
        Optional<Tier> tier = first.tier();
        Verdict v = rule.isEmpty() ? Verdict.NO_POLICY : tier.isEmpty() ? Verdict.UNKNOWN_TIER
                : tier.get().compareTo(rule.get().tier()) > 0 ? Verdict.ABOVE_POLICY
                : tier.get().compareTo(rule.get().tier()) < 0 ? Verdict.BELOW_POLICY : Verdict.ON_POLICY;
        long in = 0;
        long out = 0;
        long reasoning = 0;
        int unpriced = 0;
        Money cost = Money.ZERO;
        for (Call c : calls) {
            in += c.receipt().tokens().map(t -> t.promptTokens()).orElse(0L);
            out += c.receipt().tokens().map(t -> t.output() + t.reasoning()).orElse(0L);
            reasoning += c.receipt().tokens().map(t -> t.reasoning()).orElse(0L);
            Optional<ReceiptPrice.Line> l = c.receipt().cost(c.run().pricing().mode());
            if (l.isPresent()) cost = cost.plus(l.get().currency(), l.get().amount());
            else unpriced++;
        }
        Optional<String> target = Optional.empty();
        Money saved = Money.ZERO;
        Optional<String> note = Optional.empty();
        if (v == Verdict.ABOVE_POLICY) {
            Optional<RoutingPolicy.ModelRef> ref = target(rule.get().tier(), first.receipt().provider(), policy, fleet);
            target = ref.map(RoutingPolicy.ModelRef::toString);
            Savings s = ref.map(r -> savings(calls, r)).orElse(new Savings(Money.ZERO, calls.size()));
            saved = s.amount();
            if (ref.isEmpty()) note = Optional.of("no " + rule.get().tier().wire() + " model to route to: add one to the policy's targets");
            else if (s.unknown() > 0) note = Optional.of(s.unknown() + " of " + calls.size() + " calls could not be priced on " + ref.get());
        }
        return new ModelUse(first.receipt().provider().orElse(""), first.receipt().model().orElse(""), tier, v, calls.size(), in, out,
                reasoning, cost, unpriced, target, saved, note);
    }

    private static Adherence adherence(ModelUse m) {
        int n = m.receipts();
        return switch (m.verdict()) {
            case ON_POLICY -> new Adherence(n, 0, 0, 0, 0, m.cost(), Money.ZERO, Money.ZERO);
            case ABOVE_POLICY -> new Adherence(0, n, 0, 0, 0, Money.ZERO, m.cost(), Money.ZERO);
            case BELOW_POLICY -> new Adherence(0, 0, n, 0, 0, Money.ZERO, Money.ZERO, m.cost());
            case NO_POLICY -> new Adherence(0, 0, 0, n, 0, Money.ZERO, Money.ZERO, Money.ZERO);
            case UNKNOWN_TIER -> new Adherence(0, 0, 0, 0, n, Money.ZERO, Money.ZERO, Money.ZERO);
        };
    }

    /** The policy's target for {@code tier}, else the most used model of that tier in scope (same provider first). */
    private static Optional<RoutingPolicy.ModelRef> target(Tier tier, Optional<String> provider, Optional<RoutingPolicy> policy,
                                                           List<Call> fleet) {
        Optional<RoutingPolicy.ModelRef> declared = policy.map(p -> p.targets().get(tier));
        if (declared.isPresent()) return declared;
        Map<String, Integer> sameProvider = new TreeMap<>();
        Map<String, Integer> any = new TreeMap<>();
        Map<String, RoutingPolicy.ModelRef> refs = new HashMap<>();
        for (Call c : fleet) {
            if (c.tier().filter(t -> t == tier).isEmpty() || c.receipt().model().isEmpty() || c.receipt().provider().isEmpty()) continue;
            String k = c.modelKey();
            refs.putIfAbsent(k, new RoutingPolicy.ModelRef(c.receipt().provider().get(), c.receipt().model().get()));
            any.merge(k, 1, Integer::sum);
            if (c.receipt().provider().equals(provider)) sameProvider.merge(k, 1, Integer::sum);
        }
        Map<String, Integer> pool = sameProvider.isEmpty() ? any : sameProvider;
        return pool.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(e -> refs.get(e.getKey()));
    }

    private record Savings(Money amount, int unknown) {}

    /** Current cost − cost on {@code target}, over the calls where both are known in one currency. */
    private Savings savings(List<Call> calls, RoutingPolicy.ModelRef target) {
        Money m = Money.ZERO;
        int unknown = 0;
        for (Call c : calls) {
            Optional<ReceiptPrice.Line> now = c.receipt().cost(c.run().pricing().mode());
            Optional<Pricing> then = c.receipt().tokens().flatMap(t -> repricer.priceAs(Optional.of(target.provider()), target.model(), t,
                    c.receipt().at()));
            if (now.isEmpty() || then.isEmpty() || !now.get().currency().equals(then.get().currency())) {
                unknown++;
                continue;
            }
            m = m.plus(now.get().currency(), now.get().amount().subtract(then.get().amount()));
        }
        return new Savings(m, unknown);
    }

    private Optional<Suggestion> suggestion(String wf, String step, List<Call> calls, Optional<RoutingPolicy.StepRule> rule,
                                            Optional<RoutingPolicy> policy, List<Call> fleet) {
        Set<Tier> observed = EnumSet.noneOf(Tier.class);
        calls.forEach(c -> c.tier().ifPresent(observed::add));
        List<Call> above = calls.stream().filter(c -> c.tier().filter(t -> t.compareTo(Tier.SMALL) > 0).isPresent()).toList();
        if (above.isEmpty()) return Optional.empty();
        List<Long> ins = new ArrayList<>();
        List<Long> outs = new ArrayList<>();
        long sumIn = 0;
        long sumOut = 0;
        long reasoning = 0;
        int tools = 0;
        Set<String> runs = new LinkedHashSet<>();
        for (Call c : calls) {
            long in = c.receipt().tokens().map(t -> t.promptTokens()).orElse(0L);
            long out = c.receipt().tokens().map(t -> t.output() + t.reasoning()).orElse(0L);
            ins.add(in);
            outs.add(out);
            sumIn += in;
            sumOut += out;
            reasoning += c.receipt().tokens().map(t -> t.reasoning()).orElse(0L);
            tools += c.receipt().toolCalls();
            if (runs.add(c.run().runId())) tools += c.run().toolCallsByStep().getOrDefault(step, 0);
        }
        double ratio = sumIn == 0 ? Double.POSITIVE_INFINITY : (double) sumOut / sumIn;
        long medianOut = median(outs);
        if (ratio > thresholds.maxOutputPerInput() || medianOut > thresholds.maxMedianOutput() || tools > 0 || reasoning > 0) {
            return Optional.empty();
        }
        Evidence ev = new Evidence(calls.size(), runs.size(), median(ins), medianOut, ratio, tools, reasoning, observed);
        Optional<RoutingPolicy.ModelRef> ref = target(Tier.SMALL, above.get(0).receipt().provider(), policy, fleet);
        Money saved = ref.map(r -> savings(above, r).amount()).orElse(Money.ZERO);
        Optional<String> conflict = rule.filter(r -> r.tier().compareTo(Tier.SMALL) > 0)
                .map(r -> "policy asks for " + r.tier().wire() + ": " + r.reason());
        return Optional.of(new Suggestion(wf, step, Tier.SMALL, ev, ref.map(RoutingPolicy.ModelRef::toString), saved, conflict));
    }

    private static long median(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        s.sort(Long::compare);
        int n = s.size();
        if (n == 0) return 0;
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** The workflows' adherence added up. */
    public static Adherence total(List<WorkflowCapability> workflows) {
        Adherence a = Adherence.NONE;
        for (WorkflowCapability w : workflows) a = a.plus(w.adherence());
        return a;
    }

    /** Steps grouped for display: off-policy first, then by id. */
    public static Map<String, List<StepUse>> offPolicySteps(List<WorkflowCapability> workflows) {
        Map<String, List<StepUse>> m = new LinkedHashMap<>();
        for (WorkflowCapability w : workflows) {
            List<StepUse> off = w.steps().stream().filter(StepUse::offPolicy).toList();
            if (!off.isEmpty()) m.put(w.workflowId(), off);
        }
        return m;
    }
}
