package dev.runlens.signing.log;

import dev.runlens.signing.decision.DecisionSigner;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SignedDecision;
import dev.runlens.signing.fixtures.Decisions;
import dev.runlens.signing.fixtures.TestKeys;
import dev.runlens.signing.keys.SigningKey;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.signing.verify.GateApprovals;
import dev.runlens.signing.verify.LogReport;
import dev.runlens.signing.verify.LogVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hash-linked per-run log and its tamper cases (design (c) 46, 48, 49, 50). */
class DecisionLogTest {
    private static final String RUN = "run_5839b3d0-97fe-4131-9d98-141824363ec9";

    /** Three chained decisions on the pending gate: alice approves, bob approves, alice (Ed25519) approves. */
    static List<SignedDecision> chain(int n) throws Exception {
        List<SignedDecision> out = new ArrayList<>();
        SigningKey[] keys = {TestKeys.ALICE, TestKeys.BOB, TestKeys.ALICE_ED25519};
        String[] who = {"alice@example.org", "bob@example.org", "alice@example.org"};
        DecisionStatement.LogLink link = DecisionStatement.LogLink.first();
        for (int i = 0; i < n; i++) {
            var req = Decisions.request(who[i], "approved", Optional.empty());
            req = new dev.runlens.signing.decision.DecisionRequest(req.stepId(), req.gate(), req.checkpointId(), req.decision(), req.note(),
                    req.edit(), req.audience(), req.principal(), req.trustList(), link, "00000000-0000-4000-8000-00000000000" + i,
                    req.decidedAt().plusSeconds(i), req.producer());
            SignedDecision d = DecisionSigner.sign(DecisionSigner.draft(Decisions.pending(), req, keys[i].publicKey()), keys[i]);
            out.add(d);
            link = new DecisionStatement.LogLink(link.seq() + 1, List.of(d.entryDigest()));
        }
        return out;
    }

    static Path write(Path dir, List<SignedDecision> ds) throws Exception {
        Path f = dir.resolve(DecisionLog.fileName(RUN));
        Files.deleteIfExists(f);
        for (SignedDecision d : ds) DecisionLog.append(f, d);
        return f;
    }

    static LogReport verify(Path f) throws Exception {
        return LogVerifier.verify(RUN, DecisionLog.read(f), Decisions.verifier(Decisions.pending()).build());
    }

    @Test
    void aChainedLogIsIntactAndItsHeadIsTheLastEntry(@TempDir Path dir) throws Exception {
        List<SignedDecision> ds = chain(3);
        LogReport r = verify(write(dir, ds));
        assertTrue(r.intact(), r.problems().toString());
        assertEquals(List.of(ds.get(2).entryDigest()), r.chain().heads().stream().map(LogEntry::entryDigest).toList());
        assertEquals(new DecisionStatement.LogLink(4, List.of(ds.get(2).entryDigest())), r.chain().nextLink());
        assertEquals(List.of(1, 2, 3), List.copyOf(r.lines().keySet()), "reports are listed in line order");
    }

    @Test
    void removingAnInteriorEntryLeavesADanglingPrev(@TempDir Path dir) throws Exception {
        List<SignedDecision> ds = chain(3);
        LogReport r = verify(write(dir, List.of(ds.get(0), ds.get(2))));
        assertEquals(List.of(LogProblem.Kind.DANGLING_PREV), r.problems().stream().map(LogProblem::kind).toList());
        assertEquals(2, r.problems().get(0).line());
    }

    @Test
    void reorderedLinesChangeNothing(@TempDir Path dir) throws Exception {
        List<SignedDecision> ds = new ArrayList<>(chain(3));
        Collections.reverse(ds);
        LogReport r = verify(write(dir, ds));
        assertTrue(r.intact(), r.problems().toString());
        assertEquals(1, r.chain().heads().size());
    }

    @Test
    void anIdenticalDuplicateIsMergedAndAConflictingDecisionIdIsFound(@TempDir Path dir) throws Exception {
        List<SignedDecision> ds = chain(2);
        assertTrue(verify(write(dir, List.of(ds.get(0), ds.get(1), ds.get(1)))).intact(), "identical payload twice: deduplicated");
        DecisionStatement other = Decisions.statement(TestKeys.ALICE, "alice@example.org"); // same decisionId, other payload
        SignedDecision conflicting = Decisions.sign(new DecisionStatement(other.subjectName(), other.subjectSha256(), other.predicateType(),
                withDecisionId(other.predicate(), ds.get(0).statement().predicate().decisionId())), TestKeys.ALICE);
        LogReport r = verify(write(dir, List.of(ds.get(0), ds.get(1), conflicting)));
        assertTrue(r.problems().stream().anyMatch(p -> p.kind() == LogProblem.Kind.DECISION_ID_CONFLICT), r.problems().toString());
    }

    @Test
    void relinkedSeqIsFound() {
        List<LogEntry> entries = List.of(new LogEntry(1, "sha256:" + "a".repeat(64), "d1", RUN, 1, List.of()),
                new LogEntry(2, "sha256:" + "b".repeat(64), "d2", RUN, 5, List.of("sha256:" + "a".repeat(64))));
        assertEquals(List.of(LogProblem.Kind.SEQ_INCONSISTENT), LogChain.check(RUN, entries).problems().stream().map(LogProblem::kind).toList());
    }

    @Test
    void aCycleInPrevIsFound() {
        String a = "sha256:" + "a".repeat(64), b = "sha256:" + "b".repeat(64);
        List<LogEntry> entries = List.of(new LogEntry(1, a, "d1", RUN, 1, List.of(b)), new LogEntry(2, b, "d2", RUN, 2, List.of(a)));
        assertTrue(LogChain.check(RUN, entries).problems().stream().anyMatch(p -> p.kind() == LogProblem.Kind.CYCLE));
    }

    @Test
    void anEntryOfAnotherRunIsFound() {
        List<LogEntry> entries = List.of(new LogEntry(1, "sha256:" + "a".repeat(64), "d1", "run_other", 1, List.of()));
        assertEquals(LogProblem.Kind.OTHER_RUN, LogChain.check(RUN, entries).problems().get(0).kind());
    }

    @Test
    void aLineThatIsNotADecisionIsReported(@TempDir Path dir) throws Exception {
        Path f = write(dir, chain(1));
        Files.writeString(f, "{\"not\":\"a decision\"}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        LogReport r = verify(f);
        assertEquals(LogProblem.Kind.UNREADABLE_ENTRY, r.problems().get(0).kind());
        assertEquals(2, r.problems().get(0).line());
    }

    @Test
    void twoKeysOfOnePrincipalCountOnceAndALaterRejectionBlocks() throws Exception {
        List<SignedDecision> ds = chain(3);
        var verifier = Decisions.verifier(Decisions.pending()).build();
        List<DecisionReport> reports = ds.stream().map(d -> verifier.verify(d.bundle().toBytes())).toList();
        String request = ds.get(0).statement().predicate().gate().requestEventId();
        List<DecisionReport> aliceTwice = List.of(reports.get(0), reports.get(2));
        assertEquals(GateApprovals.Outcome.INSUFFICIENT, GateApprovals.evaluate(aliceTwice, request, 2).outcome());
        assertEquals(GateApprovals.Outcome.APPROVED, GateApprovals.evaluate(reports.subList(0, 2), request, 2).outcome());
        var rej = Decisions.request("bob@example.org", "rejected", Optional.empty());
        rej = new dev.runlens.signing.decision.DecisionRequest(rej.stepId(), rej.gate(), rej.checkpointId(), rej.decision(), rej.note(), rej.edit(),
                rej.audience(), rej.principal(), rej.trustList(), new DecisionStatement.LogLink(4, List.of(ds.get(2).entryDigest())),
                "00000000-0000-4000-8000-000000000009", rej.decidedAt(), rej.producer());
        SignedDecision rejection = DecisionSigner.sign(DecisionSigner.draft(Decisions.pending(), rej, TestKeys.BOB.publicKey()), TestKeys.BOB);
        List<DecisionReport> withRejection = new ArrayList<>(reports);
        withRejection.add(verifier.verify(rejection.bundle().toBytes()));
        assertEquals(GateApprovals.Outcome.BLOCKED, GateApprovals.evaluate(withRejection, request, 2).outcome());
    }

    private static DecisionStatement.Predicate withDecisionId(DecisionStatement.Predicate p, String id) {
        return new DecisionStatement.Predicate(id, p.audience(), "rejected", p.note(), p.gate(), p.edit(), p.run(), p.reviewer(),
                p.trustList(), p.decidedAt(), p.decidedAtSource(), p.log(), p.producer());
    }
}
