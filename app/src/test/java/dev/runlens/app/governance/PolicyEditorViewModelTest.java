package dev.runlens.app.governance;

import dev.runlens.costs.Tier;
import dev.runlens.costs.policy.PolicyFile;
import dev.runlens.costs.policy.RoutingPolicy;
import dev.runlens.workbench.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyEditorViewModelTest {
    @TempDir
    Path dir;

    private SeededLibrary seeded;
    private PolicyEditorViewModel model;

    @BeforeEach
    void open() {
        seeded = new SeededLibrary(dir, TaskExecutor.sameThread());
        model = new PolicyEditorViewModel(seeded.library, TaskExecutor.sameThread(), seeded.data.policies());
        model.start();
    }

    @AfterEach
    void close() {
        seeded.close();
    }

    private PolicyRow row(String step) {
        return model.rows().stream().filter(r -> r.stepId().equals(step)).findFirst().orElseThrow();
    }

    @Test
    void aWorkflowWithoutAPolicyListsItsStepsWithoutRules() {
        assertEquals(List.of("wf_claims_triage", "wf_contract_review", "wf_invoice_extraction", "wf_meeting_digest",
                "wf_vendor_due_diligence"), model.workflows());
        model.workflowProperty().set("wf_claims_triage");
        assertEquals(seeded.library.workflowSteps("wf_claims_triage"), model.rows().stream().map(PolicyRow::stepId).toList());
        assertTrue(model.rows().stream().allMatch(r -> r.tierProperty().get() == null));
        assertTrue(model.validProperty().get());
        assertTrue(model.changedProperty().get(), "nothing is saved yet");
        assertTrue(model.fileProperty().get().endsWith("wf_claims_triage.json"));
    }

    @Test
    void aTierNeedsAReasonAndTheProblemIsSaidWhileEditing() {
        model.workflowProperty().set("wf_claims_triage");
        String step = model.rows().get(0).stepId();
        row(step).tierProperty().set(Tier.SMALL);
        assertFalse(model.validProperty().get());
        assertEquals(List.of(step + ": a tier needs a reason."), model.problems());
        row(step).reasonProperty().set("lookup against a fixed schedule");
        assertTrue(model.validProperty().get());
        assertTrue(model.problems().isEmpty());
        assertTrue(model.diffProperty().get().contains("+ " + "    \"" + step + "\": {\"tier\": \"small\", \"reason\": \"lookup against a fixed schedule\"}"),
                model.diffProperty().get());
    }

    @Test
    void savingWritesThePlainJsonFileAndTheDiffIsThenEmpty() throws Exception {
        model.workflowProperty().set("wf_claims_triage");
        row("route_claim").tierProperty().set(Tier.FRONTIER);
        row("route_claim").reasonProperty().set("routing decisions are reviewed by a handler");
        model.ownerProperty().set("claims-ops@example.com");
        model.save();
        Path file = seeded.data.policies().resolve("wf_claims_triage.json");
        RoutingPolicy saved = PolicyFile.read(file);
        assertEquals(new RoutingPolicy.StepRule(Tier.FRONTIER, "routing decisions are reviewed by a handler"), saved.steps().get("route_claim"));
        assertEquals(1, saved.steps().size());
        assertEquals("claims-ops@example.com", saved.owner().orElseThrow());
        assertFalse(model.changedProperty().get());
        assertEquals("", model.diffProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Saved to "));
    }

    @Test
    void aSavedPolicyKeepsWhatTheEditorDoesNotShowAndTheDiffShowsOnlyTheChange() throws Exception {
        Files.createDirectories(seeded.data.policies());
        Files.writeString(seeded.data.policies().resolve("claims-policy.json"), """
                {"format": "runlens-routing-policy/1", "workflowId": "wf_claims_triage",
                 "unit": {"name": "claims", "metadataKey": "claimsInBatch"}, "budget": {"weekly": {"USD": 25}},
                 "steps": {"route_claim": {"tier": "frontier", "reason": "reviewed"}}}
                """);
        assertEquals("wf_claims_triage", model.workflowProperty().get(), "the first workflow is open");
        model.revert(); // reads the file written since
        assertEquals(Tier.FRONTIER, row("route_claim").tierProperty().get());
        assertTrue(model.fileProperty().get().endsWith("claims-policy.json"), "the file that holds the workflow's policy");
        model.save(); // canonical form of the same policy
        row("route_claim").reasonProperty().set("reviewed by a handler");
        String diff = model.diffProperty().get();
        assertTrue(diff.contains("-     \"route_claim\": {\"tier\": \"frontier\", \"reason\": \"reviewed\"}"), diff);
        assertTrue(diff.contains("+     \"route_claim\": {\"tier\": \"frontier\", \"reason\": \"reviewed by a handler\"}"), diff);
        assertEquals(2, diff.lines().filter(l -> l.startsWith("+ ") || l.startsWith("- ")).count(), diff);
        model.save();
        RoutingPolicy saved = PolicyFile.read(seeded.data.policies().resolve("claims-policy.json"));
        assertEquals("claimsInBatch", saved.unit().orElseThrow().metadataKey());
        assertTrue(saved.weeklyBudget().isPresent());
    }
}
