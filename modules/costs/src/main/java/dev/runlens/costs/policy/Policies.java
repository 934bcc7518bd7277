package dev.runlens.costs.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The routing policies in force, at most one per workflow. */
public record Policies(Map<String, RoutingPolicy> byWorkflow) {
    public static final Policies NONE = new Policies(Map.of());

    public Policies {
        byWorkflow = Collections.unmodifiableMap(new TreeMap<>(byWorkflow));
    }

    /**
     * @throws PolicyException when two policies name the same workflow
     */
    public static Policies of(Collection<RoutingPolicy> policies) throws PolicyException {
        TreeMap<String, RoutingPolicy> m = new TreeMap<>();
        for (RoutingPolicy p : policies) {
            if (m.put(p.workflowId(), p) != null) throw new PolicyException("two routing policies for workflow " + p.workflowId());
        }
        return new Policies(m);
    }

    public Optional<RoutingPolicy> forWorkflow(String workflowId) {
        return Optional.ofNullable(byWorkflow.get(workflowId));
    }
}
