package dev.runlens.costs.rollup;

import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.policy.RoutingPolicy;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.Repricer;
import dev.runlens.costs.reprice.RunPricing;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.GateDecision;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.Timestamps;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds {@link RunCost}s from bundles. */
public final class RunCosts {
    private RunCosts() {}

    public static RunCost of(RunBundle b, Repricer repricer, Policies policies) {
        RunPricing pricing = repricer.price(b);
        Optional<RoutingPolicy.OutputUnit> unit = policies.forWorkflow(b.run().workflowId()).flatMap(RoutingPolicy::unit);
        Optional<BigDecimal> units = Optional.empty();
        Optional<String> problem = Optional.empty();
        if (unit.isPresent()) {
            JsonValue v = at(b.run().metadata(), unit.get().metadataKey());
            if (v instanceof JsonValue.Num n && Double.isFinite(n.value()) && n.value() >= 0) {
                units = Optional.of(new BigDecimal(JsNumber.format(n.value() + 0.0)));
            } else {
                problem = Optional.of(v == null ? "run.metadata has no " + unit.get().metadataKey()
                        : "run.metadata." + unit.get().metadataKey() + " is not a non-negative number");
            }
        }
        Instant started = Timestamps.parse(b.run().startedAt()).orElse(Instant.EPOCH);
        return new RunCost(b.run().id(), b.run().workflowId(), b.run().workflowVersion(), started, b.run().subject(),
                RunOutcome.of(b), units, problem, pricing, retries(b, pricing.receipts()), toolCalls(b));
    }

    public static List<RunCost> of(List<RunBundle> bundles, Repricer repricer, Policies policies) {
        List<RunCost> out = new ArrayList<>(bundles.size());
        for (RunBundle b : bundles) out.add(of(b, repricer, policies));
        return out;
    }

    /** {@code metadata} at a dotted key path ({@code batch.documents}); the whole key first, so keys with dots work. */
    static JsonValue at(JsonValue metadata, String key) {
        if (!(metadata instanceof JsonValue.Obj o)) return null;
        if (o.has(key)) return o.get(key);
        int dot = key.indexOf('.');
        while (dot > 0) {
            JsonValue head = o.get(key.substring(0, dot));
            if (head != null) {
                JsonValue found = at(head, key.substring(dot + 1));
                if (found != null) return found;
            }
            dot = key.indexOf('.', dot + 1);
        }
        return null;
    }

    /**
     * Receipts whose work the step did again: a receipt is superseded when, after it, its step
     * started again (a retry) or a reviewer rejected the step's gate (rework), and the step made
     * more calls after that. A rejection that ends the run supersedes nothing (the run is waste).
     */
    static Set<String> retries(RunBundle b, List<ReceiptPrice> receipts) {
        Map<String, List<Integer>> boundaries = new HashMap<>();
        for (TraceEvent e : b.trace()) {
            boolean redo = e instanceof StepStarted
                    || e instanceof HumanGateResolved g && g.decision() == GateDecision.REJECTED;
            if (redo) boundaries.computeIfAbsent(e.stepId().orElse(""), k -> new ArrayList<>()).add(e.index());
        }
        Map<String, Integer> lastCall = new HashMap<>();
        for (ReceiptPrice r : receipts) lastCall.merge(r.stepId().orElse(""), r.traceIndex(), Math::max);
        Set<String> out = new HashSet<>();
        for (ReceiptPrice r : receipts) {
            String step = r.stepId().orElse("");
            Optional<Integer> next = boundaries.getOrDefault(step, List.of()).stream().filter(i -> i > r.traceIndex()).findFirst();
            if (next.isPresent() && lastCall.get(step) > next.get()) out.add(r.eventId());
        }
        return out;
    }

    static Map<String, Integer> toolCalls(RunBundle b) {
        Map<String, Integer> m = new HashMap<>();
        for (ToolCall t : b.events(ToolCall.class)) m.merge(t.stepId().orElse(""), 1, Integer::sum);
        return m;
    }
}
