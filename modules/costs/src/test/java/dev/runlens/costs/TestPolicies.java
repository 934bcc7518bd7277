package dev.runlens.costs;

import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.policy.PolicyFile;
import dev.runlens.costs.policy.RoutingPolicy;
import dev.runlens.protocol.json.JsonReader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Routing policies for tests, written as the JSON a user would keep. */
public final class TestPolicies {
    private TestPolicies() {}

    public static RoutingPolicy parse(String json) {
        try {
            return PolicyFile.parse(JsonReader.hardened().read(json.getBytes(StandardCharsets.UTF_8)).value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Policies of(String... json) {
        List<RoutingPolicy> list = new ArrayList<>();
        for (String j : json) list.add(parse(j));
        try {
            return Policies.of(list);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A claims-triage policy that the sample runs partly break. */
    public static final String CLAIMS = """
            {"format": "runlens-routing-policy/1", "workflowId": "wf_claims_triage", "owner": "claims-ops@example.com",
             "budget": {"weekly": {"USD": 0.01, "EUR": 0.01}},
             "targets": {"small": {"provider": "openai", "model": "gpt-4.1-mini-2025-04-14"}},
             "steps": {
               "check_coverage": {"tier": "small", "reason": "coverage lookup against a fixed policy schedule"},
               "extract_facts": {"tier": "small", "reason": "form extraction"},
               "fraud_screen": {"tier": "standard", "reason": "pattern judgement on free text"},
               "route_claim": {"tier": "frontier", "reason": "routing decisions are reviewed by a handler"}
             }}
            """;
}
