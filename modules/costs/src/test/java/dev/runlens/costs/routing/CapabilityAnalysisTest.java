package dev.runlens.costs.routing;

import dev.runlens.costs.Bundles;
import dev.runlens.costs.Money;
import dev.runlens.costs.Prices;
import dev.runlens.costs.TestPolicies;
import dev.runlens.costs.Tier;
import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.reprice.Repricer;
import dev.runlens.costs.rollup.RunCost;
import dev.runlens.costs.rollup.RunCosts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapabilityAnalysisTest {
    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static final Repricer CONTRACT = new Repricer(Prices.contractOverBundled(), RepriceMode.CONTRACT, LocalDate.parse("2026-11-23"));
    private static final Policies POLICIES = TestPolicies.of(TestPolicies.CLAIMS);
    private static final List<RunCost> RUNS = RunCosts.of(Bundles.samples(), CONTRACT, POLICIES);

    private static WorkflowCapability claims() {
        return new CapabilityAnalysis(CONTRACT, POLICIES, MechanicalThresholds.DEFAULT, NOW).analyse(RUNS).stream()
                .filter(w -> w.workflowId().equals("wf_claims_triage")).findFirst().orElseThrow();
    }

    private static StepUse step(WorkflowCapability w, String id) {
        return w.steps().stream().filter(s -> s.stepId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void flagsModelsAboveAndBelowTheTierTheirStepNeeds() {
        WorkflowCapability w = claims();
        for (ModelUse m : step(w, "check_coverage").models()) {
            assertEquals(Tier.FRONTIER, m.tier().orElseThrow(), m.model());
            assertEquals(Verdict.ABOVE_POLICY, m.verdict());
        }
        for (ModelUse m : step(w, "fraud_screen").models()) assertEquals(Verdict.BELOW_POLICY, m.verdict(), m.model());
        for (ModelUse m : step(w, "extract_facts").models()) assertEquals(Verdict.ON_POLICY, m.verdict(), m.model());
        assertTrue(w.steps().stream().noneMatch(s -> s.stepId().equals("notify_handler")), "a step without model calls has no use");
    }

    @Test
    void adherenceCountsEveryCallWithAStep() {
        WorkflowCapability w = claims();
        long calls = RUNS.stream().filter(r -> r.workflowId().equals("wf_claims_triage"))
                .flatMap(r -> r.pricing().receipts().stream()).filter(r -> r.stepId().isPresent()).count();
        Adherence a = w.adherence();
        assertEquals(calls, a.onPolicy() + a.above() + a.below() + a.noPolicy() + a.unknownTier());
        assertTrue(a.above() > 0 && a.below() > 0 && a.onPolicy() > 0);
        assertTrue(a.share() > 0 && a.share() < 1);
    }

    @Test
    void savingsPriceAboveTierCallsAtThePolicysTarget() {
        WorkflowCapability w = claims();
        ModelUse sonnet = step(w, "check_coverage").models().stream()
                .filter(m -> m.model().equals("claude-sonnet-4-5-20250929")).findFirst().orElseThrow();
        assertEquals("openai/gpt-4.1-mini-2025-04-14", sonnet.target().orElseThrow());
        assertTrue(sonnet.savings().get("USD").signum() > 0, "a frontier call costs more than the small target: " + sonnet.savings());
        ModelUse azure = step(w, "check_coverage").models().stream().filter(m -> m.provider().equals("azure-openai")).findFirst().orElseThrow();
        assertTrue(azure.savings().isEmpty(), "EUR calls cannot be compared with a USD target");
        assertTrue(azure.savingsNote().orElseThrow().contains("could not be priced"), azure.savingsNote().orElseThrow());
        Money sum = w.steps().stream().flatMap(s -> s.models().stream()).filter(m -> m.verdict() == Verdict.ABOVE_POLICY)
                .map(ModelUse::savings).reduce(Money.ZERO, Money::plus);
        assertEquals(sum, w.savings());
    }

    @Test
    void suggestsOnlyStepsThatLookMechanicalWithTheirEvidence() {
        List<WorkflowCapability> all = new CapabilityAnalysis(CONTRACT, Policies.NONE, MechanicalThresholds.DEFAULT, NOW).analyse(RUNS);
        List<Suggestion> suggestions = all.stream().flatMap(w -> w.suggestions().stream()).toList();
        assertFalse(suggestions.isEmpty());
        for (Suggestion s : suggestions) {
            Evidence e = s.evidence();
            assertTrue(e.outputPerInput() <= 0.25 && e.medianOutputTokens() <= 400, s.toString());
            assertEquals(0, e.toolCalls(), s.toString());
            assertEquals(0, e.reasoningTokens(), s.toString());
            assertTrue(e.observedTiers().stream().anyMatch(t -> t.compareTo(Tier.SMALL) > 0), s.toString());
        }
        assertTrue(suggestions.stream().noneMatch(s -> s.stepId().equals("check_coverage")),
                "check_coverage answers briefly on a frontier model but calls a tool");
    }

    @Test
    void aSuggestionAgainstAPolicyNamesTheRuleItWouldBreak() {
        Policies strict = TestPolicies.of("""
                {"format": "runlens-routing-policy/1", "workflowId": "wf_contract_review",
                 "steps": {"review_payment": {"tier": "frontier", "reason": "payment terms carry penalties"}}}
                """);
        WorkflowCapability w = new CapabilityAnalysis(CONTRACT, strict, MechanicalThresholds.DEFAULT, NOW).analyse(RUNS).stream()
                .filter(x -> x.workflowId().equals("wf_contract_review")).findFirst().orElseThrow();
        Suggestion s = w.suggestions().stream().filter(x -> x.stepId().equals("review_payment")).findFirst().orElseThrow();
        assertEquals("policy asks for frontier: payment terms carry penalties", s.policyConflict().orElseThrow());
    }

    @Test
    void policyStepsNoRunReachedAreListed() {
        Policies p = TestPolicies.of("""
                {"format": "runlens-routing-policy/1", "workflowId": "wf_meeting_digest",
                 "steps": {"summarize_meeting": {"tier": "small", "reason": "short digest"},
                           "translate_digest": {"tier": "small", "reason": "planned"}}}
                """);
        WorkflowCapability w = new CapabilityAnalysis(CONTRACT, p, MechanicalThresholds.DEFAULT, NOW).analyse(RUNS).stream()
                .filter(x -> x.workflowId().equals("wf_meeting_digest")).findFirst().orElseThrow();
        assertEquals(List.of("translate_digest"), w.policyStepsNotSeen());
        assertEquals(1.0, w.adherence().share());
    }
}
