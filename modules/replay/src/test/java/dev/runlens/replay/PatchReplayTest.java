package dev.runlens.replay;

import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Patch replay against the manifest's {@code patchReplay} (fast-json-patch 3.1.1, the runtime's flags). */
class PatchReplayTest {
    static List<String> withPatchReplay() {
        return Corpus.files(o -> o.has("patchReplay"));
    }

    @ParameterizedTest
    @MethodSource("withPatchReplay")
    void appliedOrFailedAndEqualityAgreeWithTheManifest(String file) {
        Replay r = Corpus.replay(file);
        Map<String, PatchOutcome> outcomes = r.patchOutcomes().stream()
                .collect(Collectors.toMap(PatchOutcome::eventId, Function.identity()));
        Map<String, ArtifactCheck> checks = r.artifactChecks().stream()
                .collect(Collectors.toMap(ArtifactCheck::artifactKey, Function.identity()));
        List<JsonValue> expected = J.arr(Corpus.entry(file), "patchReplay");
        assertEquals(expected.size(), outcomes.size());
        for (JsonValue p : expected) {
            PatchOutcome o = outcomes.get(J.str(p, "eventId").orElseThrow());
            boolean applied = J.str(p, "result").orElseThrow().equals("applied");
            assertEquals(applied, o.applied(), o.toString());
            Optional<JsonValue> matches = J.path(p, "matchesArtifactsEntry");
            ArtifactCheck.Verdict v = checks.get(o.artifactKey()).verdict();
            if (matches.orElseThrow() instanceof JsonValue.Bool b) {
                assertEquals(b.value(), v == ArtifactCheck.Verdict.MATCH, v.toString());
            } else {
                assertEquals(ArtifactCheck.Verdict.REPLAY_FAILED, v);
            }
        }
    }

    @Test
    void anUnreplayablePatchFallsBackToTheStoredVersion() {
        Replay r = Corpus.replay("p32-meeting-digest-patch-not-replayable.json");
        PatchOutcome o = r.patchOutcomes().get(0);
        assertFalse(o.applied());
        assertTrue(o.error().orElseThrow().contains("draft"), o.error().get());
        ArtifactState a = r.finalState().artifact("meeting.digest").orElseThrow();
        assertEquals(ArtifactState.Origin.STORED, a.origin());
        assertEquals(2, a.version());
        assertEquals(r.bundle().artifacts().stream().filter(x -> x.artifactKey().equals("meeting.digest"))
                .findFirst().orElseThrow().data(), a.data());
    }

    @Test
    void beforeThePatchTheFirstVersionIsCurrent() {
        Replay r = Corpus.replay("p01-contract-review-completed.json");
        PatchOutcome o = r.patchOutcomes().get(0);
        ArtifactState before = r.stateAt(o.index()).artifact(o.artifactKey()).orElseThrow();
        ArtifactState after = r.stateAt(o.index() + 1).artifact(o.artifactKey()).orElseThrow();
        assertEquals(1, before.version());
        assertEquals(ArtifactState.Origin.WRITTEN, before.origin());
        assertEquals(2, after.version());
        assertEquals(ArtifactState.Origin.PATCHED, after.origin());
        assertTrue(J.path(after.data().orElseThrow(), "review").isPresent());
        assertTrue(J.path(before.data().orElseThrow(), "review").isEmpty());
    }

    @ParameterizedTest
    @MethodSource("dev.runlens.replay.FinalStateTest#untampered")
    void everyUntamperedFilesArtifactsMatchTheStoredOnes(String file) {
        for (ArtifactCheck c : Corpus.replay(file).artifactChecks()) {
            if (file.startsWith("p32")) continue;
            assertEquals(ArtifactCheck.Verdict.MATCH, c.verdict(), c.toString());
        }
    }
}
