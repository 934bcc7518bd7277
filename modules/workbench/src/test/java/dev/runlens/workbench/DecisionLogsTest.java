package dev.runlens.workbench;

import dev.runlens.signing.decision.SigningRefusedException;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.verify.DecisionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.runlens.workbench.GateDecisionsTest.PASS;
import static dev.runlens.workbench.GateDecisionsTest.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decision-log checkpoints and audits (design B9, B7 step 12, (c) 46 and 47) through the workbench, on real bundles and the named fixtures. */
class DecisionLogsTest {
    private final GateDecisionsTest world = new GateDecisionsTest();
    private final DecisionLogs logs = new DecisionLogs(GateDecisionsTest.CLOCK);

    /** keys, trust list (alice, and the ingest checkpointer), and two decisions signed into out/<runId>.decisions.jsonl. */
    Path signedLog(Path dir) throws Exception {
        world.world(dir);
        world.decisions.generateKey(dir.resolve("keys"), "ingest", KeyAlgorithm.ECDSA_P256, Optional.empty(), PASS);
        Path trust = dir.resolve("trust-list.dsse.json");
        world.admin.addCheckpointer(trust, "ingest@example.org", dir.resolve("keys/ingest.pub.pem"), Duration.ofDays(365), Duration.ofDays(90));
        world.admin.sign(trust, dir.resolve("keys"), "root", PASS);
        GateDecisions.Signed first = null;
        for (String decision : List.of("rejected", "approved")) {
            GateDecisions.Signed s = world.decisions.sign(world.decisions.draft(world.request(dir, PENDING, decision, Optional.empty()),
                    dir.resolve("keys"), "alice"), dir.resolve("keys"), "alice", PASS, dir.resolve("out"));
            if (first == null) first = s;
        }
        return first.log();
    }

    GateDecisions.VerifyOptions opts(Path dir) {
        return world.options(dir, PENDING);
    }

    @Test
    void aCheckpointOfTheLogVerifiesAndDatesEveryEntry(@TempDir Path dir) throws Exception {
        Path log = signedLog(dir);
        DecisionLogs.Checkpointed cp = logs.checkpoint(log, dir.resolve("keys"), "ingest", PASS, Optional.empty());
        assertEquals(2, cp.checkpoint().size());
        assertEquals(log.resolveSibling(cp.checkpoint().runId() + ".checkpoint.2.dsse.json"), cp.file());
        DecisionLogs.LogVerification v = logs.verify(opts(dir), log, List.of(cp.file()));
        assertTrue(v.ok(), v.report().failures().toString());
        for (DecisionReport r : v.report().log().lines().values())
            assertEquals(Optional.of(Instant.parse("2026-09-17T08:00:00Z")), v.report().existedBy(r.entryDigest().orElseThrow()));
    }

    @Test
    void cuttingTheLastLineAfterTheCheckpointIsATailTruncation(@TempDir Path dir) throws Exception {
        Path log = signedLog(dir);
        DecisionLogs.Checkpointed cp = logs.checkpoint(log, dir.resolve("keys"), "ingest", PASS, Optional.of(dir.resolve("cp.json")));
        Files.write(log, Files.readAllLines(log).subList(0, 1));
        DecisionLogs.LogVerification v = logs.verify(opts(dir), log, List.of(cp.file()));
        assertFalse(v.ok());
        assertTrue(v.report().failures().stream().anyMatch(f -> f.contains("checkpoint-size: tail truncated: the log has 1 entries")), v.report().failures().toString());
    }

    @Test
    void aBrokenChainIsNotCheckpointed(@TempDir Path dir) throws Exception {
        Path log = signedLog(dir);
        Files.write(log, Files.readAllLines(log).subList(1, 2));
        SigningRefusedException e = assertThrows(SigningRefusedException.class,
                () -> logs.checkpoint(log, dir.resolve("keys"), "ingest", PASS, Optional.empty()));
        assertTrue(e.getMessage().contains("refusing to checkpoint a broken chain: line 1: DANGLING_PREV"), e.getMessage());
    }

    @Test
    void theNamedFixturesThroughTheReplayBackedFacts(@TempDir Path dir) throws Exception {
        Optional<String> finalBundle = Optional.of("final-bundle-d1-d2-handed-back.json");
        DecisionLogs.LogVerification complete = logs.verify(LogFixtureFiles.options(dir, finalBundle), LogFixtureFiles.file("log-complete.decisions.jsonl"),
                List.of(LogFixtureFiles.file("checkpoint-3.dsse.json")));
        assertTrue(complete.ok(), complete.report().failures().toString());
        DecisionLogs.LogVerification cut = logs.verify(LogFixtureFiles.options(dir, finalBundle),
                LogFixtureFiles.file("log-truncated-to-first.decisions.jsonl"), List.of());
        assertFalse(cut.ok());
        assertEquals(2, cut.report().failures().size(), cut.report().failures().toString());
        assertTrue(cut.report().failures().stream().anyMatch(f -> f.startsWith("later bundle: resolutions: #57 ")), cut.report().failures().toString());
        assertTrue(cut.report().failures().stream().anyMatch(f -> f.startsWith("later bundle: annotations: annotation #58 ")), cut.report().failures().toString());
        DecisionLogs.LogVerification replaced = logs.verify(LogFixtureFiles.options(dir, Optional.empty()),
                LogFixtureFiles.file("log-tail-replaced.decisions.jsonl"), List.of(LogFixtureFiles.file("checkpoint-3.dsse.json")));
        assertTrue(replaced.report().failures().stream().anyMatch(f -> f.contains("checkpoint-heads: heads mismatch")), replaced.report().failures().toString());
        assertEquals("run_5839b3d0-97fe-4131-9d98-141824363ec9", replaced.runId(), "without a bundle the run comes from the entries");
    }
}
