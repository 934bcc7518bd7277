package dev.runlens.signing.verify;

import dev.runlens.signing.fixtures.FixtureFolder;
import dev.runlens.signing.fixtures.LogFixtures;
import dev.runlens.signing.fixtures.SampleFacts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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
        FixtureFolder.assertRegeneratesByteForByte(LogFixtures.DIR, all);
        for (String bundle : List.of("final-bundle-d1-d2-handed-back.json", "live-grown.json", "live-moved-past-the-gate.json")) {
            assertEquals(SampleFacts.Integrity.VALID, LogFixtures.facts(bundle).integrity(), bundle + " is sealed");
        }
    }
}
