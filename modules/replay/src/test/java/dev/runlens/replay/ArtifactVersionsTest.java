package dev.runlens.replay;

import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Replay#artifactVersions} against stepping the cursor over every artifact event. */
class ArtifactVersionsTest {
    static List<String> realistic() throws IOException {
        return SampleBundles.realistic();
    }

    private static String key(TraceEvent e) {
        if (e instanceof ArtifactWritten w) return w.artifact().artifactKey();
        if (e instanceof ArtifactPatch p) return p.artifactKey();
        return null;
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void eachVersionIsTheStateJustAfterItsEvent(String file) {
        RunBundle b = SampleBundles.bundle(file);
        Replay replay = Replay.of(b);
        for (String k : replay.finalState().artifacts().keySet()) {
            List<Integer> events = new ArrayList<>();
            for (TraceEvent e : b.trace()) if (k.equals(key(e))) events.add(e.index());
            List<ArtifactVersion> versions = replay.artifactVersions(k, replay.size());
            assertEquals(events, versions.stream().map(ArtifactVersion::index).toList(), k);
            for (ArtifactVersion v : versions) {
                assertEquals(replay.stateAt(v.index() + 1).artifact(k).orElseThrow(), v.state(), k + "@" + v.index());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void versionsBeforeAPositionAreThoseOfItsEarlierEvents(String file) {
        Replay replay = Replay.of(SampleBundles.bundle(file));
        int middle = replay.size() / 2;
        for (Map.Entry<String, ArtifactState> e : replay.finalState().artifacts().entrySet()) {
            List<ArtifactVersion> early = replay.artifactVersions(e.getKey(), middle);
            assertTrue(early.stream().allMatch(v -> v.index() < middle));
            assertEquals(replay.stateAt(middle).artifact(e.getKey()),
                    early.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(early.get(early.size() - 1).state()));
        }
        assertEquals(List.of(), replay.artifactVersions("no such artifact", replay.size()));
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void theLatestVersionAtEveryPositionIsTheLastOfTheVersionsListedThere(String file) {
        Replay replay = Replay.of(SampleBundles.bundle(file));
        for (String k : replay.finalState().artifacts().keySet()) {
            for (int p = 0; p <= replay.size(); p++) {
                List<ArtifactVersion> listed = replay.artifactVersions(k, p);
                assertEquals(listed.isEmpty() ? Optional.empty() : Optional.of(listed.get(listed.size() - 1)),
                        replay.latestArtifactVersion(k, p), k + " at " + p);
            }
        }
        assertEquals(Optional.empty(), replay.latestArtifactVersion("no such artifact", replay.size()));
    }
}
