package dev.runlens.signing.verify;

import dev.runlens.signing.fixtures.LogFixtures;
import dev.runlens.signing.fixtures.SampleFacts;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed log, checkpoint, decision and bundle fixtures of cases 46, 47 and 51 are exactly what
 * {@link LogFixtures} makes ({@code -Drunlens.regenerateFixtures=true} rewrites them), and the later
 * copies of the run are sealed.
 */
class LogFixturesTest {

    @Test
    void everyLogFixtureIsPinnedAndRegeneratesByteForByte() throws Exception {
        Map<String, byte[]> all = LogFixtures.all();
        boolean regenerate = Boolean.getBoolean("runlens.regenerateFixtures");
        if (regenerate) Files.createDirectories(LogFixtures.DIR);
        Set<String> onDisk = new TreeSet<>();
        try (var files = Files.list(LogFixtures.DIR)) {
            files.forEach(p -> onDisk.add(p.getFileName().toString()));
        }
        for (Map.Entry<String, byte[]> e : all.entrySet()) {
            Path p = LogFixtures.DIR.resolve(e.getKey());
            if (regenerate) Files.write(p, e.getValue());
            assertArrayEquals(e.getValue(), Files.readAllBytes(p), p + " is what the generator makes");
            onDisk.remove(e.getKey());
        }
        assertTrue(onDisk.isEmpty(), "fixtures without a generator: " + onDisk);
        for (String bundle : List.of("final-bundle-d1-d2-handed-back.json", "live-grown.json", "live-moved-past-the-gate.json")) {
            assertEquals(SampleFacts.Integrity.VALID, LogFixtures.facts(bundle).integrity(), bundle + " is sealed");
        }
    }
}
