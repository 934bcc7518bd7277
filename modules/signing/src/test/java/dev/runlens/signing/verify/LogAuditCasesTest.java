package dev.runlens.signing.verify;

import dev.runlens.signing.fixtures.LogFixtures;
import dev.runlens.signing.fixtures.SampleFacts;
import dev.runlens.signing.log.DecisionLog;
import dev.runlens.signing.log.LogProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Design (c) 46 (chain, regression) and 47 (tail truncation) on the named log fixtures: checkpoints,
 * and a later bundle's gate resolutions, against logs cut and rewritten on the real pending sample run.
 */
class LogAuditCasesTest {
    static final String RUN = LogFixtures.D1.statement().runId();
    static final SampleFacts FINAL = LogFixtures.facts("final-bundle-d1-d2-handed-back.json");

    static LogAuditReport audit(String log, List<String> checkpoints, boolean withFinalBundle) throws Exception {
        LogAudit a = LogAudit.of(RUN, t -> {
            DecisionVerifier.Builder b = LogFixtures.verifier(FINAL);
            t.ifPresent(b::trustedTime);
            return b.build();
        });
        if (!checkpoints.isEmpty()) {
            a = a.withCheckpoints(LogFixtures.checkpoints(), checkpoints.stream()
                    .map(n -> new LogAudit.CheckpointFile(n, bytes(n))).toList());
        }
        if (withFinalBundle) a = a.withLaterBundle(FINAL.gates());
        return a.verify(DecisionLog.read(LogFixtures.DIR.resolve(log)));
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(LogFixtures.DIR.resolve(name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Check> failed(List<Check> checks, String name) {
        return checks.stream().filter(c -> c.failed() && c.name().equals(name)).toList();
    }

    // ------------------------------------------------------------------ case 46 (regression)

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            log-complete.decisions.jsonl,               ''
            log-reordered.decisions.jsonl,              ''
            log-interior-entry-removed.decisions.jsonl, DANGLING_PREV
            log-relinked-seq.decisions.jsonl,           SEQ_INCONSISTENT
            """)
    void theChainFindsRemovedAndRelinkedEntriesAndIgnoresLineOrder(String log, String problem) throws Exception {
        LogAuditReport r = audit(log, List.of(), false);
        assertEquals(problem.isEmpty() ? List.of() : List.of(LogProblem.Kind.valueOf(problem)),
                r.log().problems().stream().map(LogProblem::kind).toList(), r.failures().toString());
        if (problem.isEmpty()) assertEquals(List.of(LogFixtures.D3.entryDigest()), r.log().chain().heads().stream().map(e -> e.entryDigest()).toList());
    }

    // ------------------------------------------------------------------ case 47: checkpoints

    @Test
    void theCompleteLogMatchesItsCheckpointAndEachEntryExistedByTheCheckpoint() throws Exception {
        LogAuditReport r = audit("log-complete.decisions.jsonl", List.of("checkpoint-3.dsse.json"), true);
        assertTrue(r.intact(), r.failures().toString());
        assertEquals("signed by checkpointer ingest@example.org with " + dev.runlens.signing.fixtures.TestKeys.INGEST.publicKey().keyId(),
                r.checkpoints().get(0).report().summary());
        for (DecisionReport d : r.log().lines().values()) {
            assertEquals(DecisionReport.Verdict.ACCEPTED, d.verdict(), d.failures().toString());
            assertEquals(Instant.parse("2026-09-17T09:30:00Z"), r.existedBy(d.entryDigest().orElseThrow()).orElseThrow());
            assertTrue(d.checks().stream().anyMatch(c -> c.name().equals("key-validity") && c.reason().contains("trusted time 2026-09-17T09:30:00Z")),
                    "the checkpoint anchors the key validity: " + d.checks());
            assertTrue(d.warnings().stream().noneMatch(c -> c.name().equals("unanchored-time")), d.warnings().toString());
        }
    }

    @Test
    void aLogShorterThanTheCheckpointIsATailTruncation() throws Exception {
        LogAuditReport r = audit("log-tail-truncated.decisions.jsonl", List.of("checkpoint-3.dsse.json"), false);
        assertTrue(r.log().intact(), "the chain alone cannot see it: " + r.log().problems());
        assertFalse(r.intact());
        List<Check> size = failed(r.checkpoints().get(0).consistency(), "checkpoint-size");
        assertEquals(List.of("tail truncated: the log has 2 entries, but the checkpoint of 2026-09-17T09:30:00Z covers 3"),
                size.stream().map(Check::reason).toList());
        assertEquals(List.of("1 entry the checkpoint of 2026-09-17T09:30:00Z lists is not in the log (removed or replaced): "
                + LogFixtures.D3.entryDigest()), failed(r.checkpoints().get(0).consistency(), "checkpoint-entries").stream().map(Check::reason).toList());
    }

    @Test
    void aReplacedTailKeepsTheSizeButNotTheHeads() throws Exception {
        LogAuditReport r = audit("log-tail-replaced.decisions.jsonl", List.of("checkpoint-3.dsse.json"), false);
        assertTrue(r.log().intact(), r.log().problems().toString());
        List<Check> consistency = r.checkpoints().get(0).consistency();
        assertTrue(failed(consistency, "checkpoint-size").isEmpty(), "same size");
        assertEquals(List.of("heads mismatch: the checkpoint of 2026-09-17T09:30:00Z names heads [" + LogFixtures.D3.entryDigest()
                        + "], the log's heads are [" + LogFixtures.D3_REPLACED.entryDigest() + "]"),
                failed(consistency, "checkpoint-heads").stream().map(Check::reason).toList());
    }

    @Test
    void aCheckpointSignedByAReviewerKeyIsNotACheckpoint() throws Exception {
        LogAuditReport r = audit("log-complete.decisions.jsonl", List.of("checkpoint-3-signed-by-reviewer.dsse.json"), false);
        CheckpointReport cp = r.checkpoints().get(0).report();
        assertFalse(cp.accepted());
        assertEquals("signature", cp.failures().get(0).name());
        assertTrue(cp.failures().get(0).reason().contains("is reviewer alice@example.org's key, and reviewers cannot sign checkpoints"),
                cp.failures().toString());
        assertTrue(r.existedBy().isEmpty(), "an unverified checkpoint anchors nothing");
        assertFalse(r.intact());
    }

    // ------------------------------------------------------------------ case 47: the final bundle

    @Test
    void aDecisionCutFromTheLogIsCaughtByTheFinalBundlesResolutions() throws Exception {
        LogAuditReport r = audit("log-truncated-to-first.decisions.jsonl", List.of(), true);
        assertTrue(r.log().intact(), "one entry is a valid chain: " + r.log().problems());
        List<String> resolutions = failed(r.resolutions(), "resolutions").stream().map(Check::reason).toList();
        assertEquals(1, resolutions.size(), r.resolutions().toString());
        assertTrue(resolutions.get(0).startsWith("#57 (evt_00000000-0000-4000-8000-000000000903) resolves notify_handler PAUSE_BEFORE as approved, "
                + "but no accepted decision of the log answers request evt_c689b896-5639-4f3c-9ca7-ca7b48fa8051 that way"), resolutions.get(0));
        assertEquals(List.of("annotation #58 (evt_00000000-0000-4000-8000-000000000904) links decision " + LogFixtures.D2.entryDigest()
                        + ", which is not an accepted entry of the log: it was removed from the log, or does not verify"),
                failed(r.resolutions(), "annotations").stream().map(Check::reason).toList());
    }

    @Test
    void withoutTheHandBacksAnnotationsTheResolutionAloneCatchesTheCut() throws Exception {
        RunGates g = FINAL.gates();
        RunGates bare = new RunGates(g.runId(), g.requests(), g.resolutions(), List.of(), g.engine());
        LogAuditReport r = LogAudit.of(RUN, t -> LogFixtures.verifier(FINAL).build()).withLaterBundle(bare)
                .verify(DecisionLog.read(LogFixtures.DIR.resolve("log-truncated-to-first.decisions.jsonl")));
        assertEquals(1, failed(r.resolutions(), "resolutions").size(), r.resolutions().toString());
    }

    @Test
    void theCompleteLogAccountsForEveryResolutionAfterItsFirstSnapshot() throws Exception {
        LogAuditReport r = audit("log-complete.decisions.jsonl", List.of(), true);
        assertTrue(r.intact(), r.failures().toString());
        assertEquals(List.of("2 resolution(s) from event #55 on each answer accepted decisions; 2 of 3 accepted decision(s) handed back; "
                + "1 resolution(s) before the log's first reviewed snapshot are not the log's to account for"),
                r.resolutions().stream().filter(c -> c.name().equals("resolutions")).map(Check::reason).toList());
    }

    @Test
    void aResolutionHandedBackTwiceIsFound() throws Exception {
        RunGates g = FINAL.gates();
        List<RunGates.Resolution> twice = new java.util.ArrayList<>(g.resolutions());
        RunGates.Resolution approved = twice.get(twice.size() - 1);
        twice.add(new RunGates.Resolution("evt_again", approved.index() + 10, approved.stepId(), approved.gate(), approved.decision(),
                approved.note(), approved.requestEventId()));
        ResolutionCrossCheck.Result r = ResolutionCrossCheck.check(new RunGates(g.runId(), g.requests(), twice, g.links(), g.engine()), RUN,
                List.copyOf(audit("log-complete.decisions.jsonl", List.of(), false).log().lines().values()));
        assertTrue(r.checks().stream().anyMatch(c -> c.failed() && c.reason().contains("accounts for 2 resolutions") && c.reason().contains("handed back more than once")),
                r.checks().toString());
    }
}
