package dev.runlens.costs.policy;

import dev.runlens.costs.Money;
import dev.runlens.costs.TestPolicies;
import dev.runlens.costs.Tier;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyFileTest {

    @Test
    void readsEveryPartOfAPolicy() {
        RoutingPolicy p = TestPolicies.parse(TestPolicies.CLAIMS);
        assertEquals("wf_claims_triage", p.workflowId());
        assertEquals(Tier.SMALL, p.steps().get("check_coverage").tier());
        assertEquals(new Money(java.util.Map.of("USD", new BigDecimal("0.01"), "EUR", new BigDecimal("0.01"))), p.weeklyBudget().orElseThrow());
        assertEquals("openai/gpt-4.1-mini-2025-04-14", p.targets().get(Tier.SMALL).toString());
        assertEquals(Optional.empty(), p.ruleFor("notify_handler"), "no default tier");
    }

    @Test
    void writesOneCanonicalTextThatReadsBackAndDiffsLineByLine(@TempDir Path dir) throws Exception {
        RoutingPolicy p = TestPolicies.parse(TestPolicies.CLAIMS);
        String text = PolicyFile.write(p);
        Path f = dir.resolve("claims.policy.json");
        Files.writeString(f, text);
        RoutingPolicy back = PolicyFile.read(f);
        assertEquals(p, back);
        assertEquals(text, PolicyFile.write(back), "canonical: writing again changes nothing");
        assertTrue(text.lines().filter(l -> l.contains("\"tier\"")).count() == p.steps().size(), "one step per line:\n" + text);
        RoutingPolicy changed = new RoutingPolicy(p.workflowId(), p.owner(), p.defaultTier(), p.unit(), p.weeklyBudget(), p.targets(),
                new java.util.TreeMap<>(java.util.Map.of("check_coverage", new RoutingPolicy.StepRule(Tier.STANDARD, "x"),
                        "extract_facts", p.steps().get("extract_facts"), "fraud_screen", p.steps().get("fraud_screen"),
                        "route_claim", p.steps().get("route_claim"))));
        long changedLines = text.lines().filter(l -> !PolicyFile.write(changed).lines().toList().contains(l)).count();
        assertEquals(1, changedLines, "changing one step changes one line");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " => ", textBlock = """
            {"format": "runlens-routing-policy/1", "workflowId": "w", "steps": {"a": {"tier": "huge", "reason": "r"}}} => $.steps.a.tier: expected small, standard or frontier, got "huge"
            {"format": "runlens-routing-policy/1", "workflowId": "w", "steps": {"a": {"tier": "small", "reason": " "}}} => $.steps.a.reason: must not be empty
            {"format": "runlens-routing-policy/1", "workflowId": "w", "steps": {"a": {"tier": "small"}}} => $.steps.a.reason: expected a string, got nothing
            {"format": "runlens-routing-policy/1", "workflowId": "w", "steps": {}, "colour": "red"} => $.colour: unknown key
            {"format": "runlens-routing-policy/1", "workflowId": "w", "steps": {}, "budget": {"weekly": {"usd": 1}}} => $.budget.weekly.usd: expected a currency code
            {"format": "runlens-routing-policy/1", "workflowId": "w", "steps": {}, "budget": {"weekly": {"USD": -1}}} => $.budget.weekly.USD: expected a finite non-negative amount
            {"format": "runlens-routing-policy/1", "workflowId": "", "steps": {}} => $.workflowId: must not be empty
            {"format": "runlens-routing-policy/2", "workflowId": "w", "steps": {}} => $.format: expected "runlens-routing-policy/1"
            {"format": "runlens-routing-policy/1", "workflowId": "w"} => $.steps: expected an object, got nothing
            """)
    void namesThePlaceOfEveryMistake(String json, String message) throws Exception {
        JsonValue v = JsonReader.hardened().read(json.getBytes(StandardCharsets.UTF_8)).value();
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyFile.parse(v));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void theSchemaFileDescribesTheKeysTheReaderAccepts() throws Exception {
        JsonValue.Obj schema;
        try (InputStream in = PolicyFile.class.getResourceAsStream("routing-policy.schema.json")) {
            schema = (JsonValue.Obj) JsonReader.hardened().read(in.readAllBytes()).value();
        }
        JsonValue.Obj props = (JsonValue.Obj) schema.get("properties");
        assertEquals(new TreeSet<>(PolicyFile.KEYS), new TreeSet<>(props.members().keySet()));
        JsonValue.Obj step = (JsonValue.Obj) ((JsonValue.Obj) props.get("steps")).get("additionalProperties");
        assertEquals(Set.of("tier", "reason"), ((JsonValue.Obj) step.get("properties")).members().keySet());
        assertEquals(PolicyFile.FORMAT, ((JsonValue.Str) ((JsonValue.Obj) props.get("format")).get("const")).value());
    }

    @Test
    void twoPoliciesForOneWorkflowAreRefused() {
        RoutingPolicy p = TestPolicies.parse(TestPolicies.CLAIMS);
        assertThrows(PolicyException.class, () -> Policies.of(java.util.List.of(p, p)));
    }
}
