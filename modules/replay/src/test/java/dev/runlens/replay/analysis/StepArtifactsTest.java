package dev.runlens.replay.analysis;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.WorkflowStep;
import dev.runlens.replay.Inline;
import dev.runlens.replay.Replay;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepArtifactsTest {
    private static String started(String step) {
        return "{\"type\":\"step_started\",\"stepId\":\"" + step + "\"}";
    }

    private static String completed(String step) {
        return "{\"type\":\"step_completed\",\"stepId\":\"" + step + "\",\"ok\":true}";
    }

    private static String written(String key, int version) {
        return "{\"type\":\"artifact_written\",\"artifact\":{\"artifactKey\":\"" + key + "\",\"typeId\":\"t\",\"version\":"
                + version + ",\"createdAt\":\"2025-01-01T00:00:00.000Z\",\"data\":{\"v\":" + version + "}}}";
    }

    private static String patched(String key, int from) {
        return "{\"type\":\"artifact_patch\",\"artifactKey\":\"" + key + "\",\"fromVersion\":" + from + ",\"toVersion\":"
                + (from + 1) + ",\"patch\":[{\"op\":\"replace\",\"path\":\"/v\",\"value\":9}]}";
    }

    private static String resolved(String step, String decision) {
        return "{\"type\":\"human_gate_resolved\",\"stepId\":\"" + step + "\",\"gate\":\"PAUSE_BEFORE\",\"decision\":\""
                + decision + "\"}";
    }

    private static ArtifactWrite only(Replay r) {
        List<ArtifactWrite> all = StepArtifacts.of(r).all();
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void theOnlyRunningStepIsCredited() {
        ArtifactWrite w = only(Replay.of(Inline.bundle("a b", "a>b", started("a"), written("x", 1), completed("a"))));
        assertEquals(Optional.of("a"), w.stepId());
        assertEquals(ArtifactWrite.Basis.ONLY_RUNNING, w.basis());
        assertEquals(ArtifactWrite.Kind.WRITTEN, w.kind());
        assertEquals(1, w.eventIndex());
    }

    @Test
    void aStepNamedOnTheEventWins() {
        String withStep = written("x", 1).replace("{\"type\"", "{\"stepId\":\"b\",\"type\"");
        ArtifactWrite w = only(Replay.of(Inline.bundle("a b", "", started("a"), withStep)));
        assertEquals(Optional.of("b"), w.stepId());
        assertEquals(ArtifactWrite.Basis.EVENT_STEP, w.basis());
    }

    @Test
    void declaredOutputsTellConcurrentStepsApart() {
        ArtifactWrite w = only(Replay.of(Inline.bundle("a:AUTO:y b:AUTO:x+z", "", started("a"), started("b"), written("x", 1))));
        assertEquals(Optional.of("b"), w.stepId());
        assertEquals(ArtifactWrite.Basis.DECLARED_OUTPUT, w.basis());
    }

    @Test
    void concurrentStepsWithoutDeclarationsCreditNobody() {
        ArtifactWrite w = only(Replay.of(Inline.bundle("a b", "", started("a"), started("b"), written("x", 1))));
        assertEquals(Optional.empty(), w.stepId());
        assertEquals(ArtifactWrite.Basis.NONE, w.basis());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            edited,   b,  REVIEWER_EDIT
            approved,   , NONE
            """)
    void aPatchBetweenStepsGoesToTheReviewerWhoEditedNext(String decision, String step, ArtifactWrite.Basis basis) {
        Replay r = Replay.of(Inline.bundle("a b:PAUSE_BEFORE", "a>b", started("a"), written("x", 1), completed("a"),
                patched("x", 1), resolved("b", decision), started("b")));
        ArtifactWrite patch = StepArtifacts.of(r).all().get(1);
        assertEquals(ArtifactWrite.Kind.PATCHED, patch.kind());
        assertEquals(2, patch.version());
        assertEquals(Optional.ofNullable(step), patch.stepId());
        assertEquals(basis, patch.basis());
    }

    @Test
    void aPatchFollowedByAStepStartIsNotAnEdit() {
        Replay r = Replay.of(Inline.bundle("a b c", "", started("a"), written("x", 1), completed("a"),
                patched("x", 1), started("c"), resolved("b", "edited")));
        assertEquals(Optional.empty(), StepArtifacts.of(r).all().get(1).stepId());
    }

    @Test
    void everyWriteOfTheFortyStepSampleGoesToAStepThatDeclaresIt() {
        RunBundle b = sample("2026-09-24-vendor-due-diligence-completed.json");
        StepArtifacts artifacts = StepArtifacts.of(Replay.of(b));
        assertEquals(b.events(ArtifactWritten.class).size()
                + b.events(ArtifactPatch.class).size(), artifacts.all().size());
        for (ArtifactWrite w : artifacts.all()) {
            assertTrue(w.stepId().isPresent(), "credited: " + w);
            WorkflowStep step = b.run().workflowSnapshot().step(w.stepId().get()).orElseThrow();
            assertTrue(step.outputs().contains(w.artifactKey()) || w.basis() == ArtifactWrite.Basis.REVIEWER_EDIT,
                    "declared by " + step.id() + ": " + w);
        }
        assertEquals(List.of("vdd.case"), artifacts.forStep("open_case").stream().map(ArtifactWrite::artifactKey).toList());
    }

    private static RunBundle sample(String name) {
        BundleReader.Loaded l = BundleReader.loader().read(ProjectFolder.sampleBundles().resolve(name));
        return BundleModel.from(l.normalizedTree(), l.rawTree());
    }
}
