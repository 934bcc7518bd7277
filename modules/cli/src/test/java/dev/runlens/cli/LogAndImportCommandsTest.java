package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TrustAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code runlens log checkpoint|verify}, {@code runlens import-decision} and {@code trust add-checkpointer}: the named
 * fixtures of design (c) 47 and 51 (signing module, test resources), and the whole flow with keys made here.
 */
class LogAndImportCommandsTest {
    static final Path FIX = ProjectFolder.root().resolve("modules/signing/src/test/resources/dev/runlens/signing/logs");
    static final String PENDING = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json").toString();

    @TempDir Path dir;
    CliContext ctx;

    @BeforeEach
    void context() {
        ctx = new CliContext(new GateDecisions(), new TrustAdmin(), Map.of("RUNLENS_HOME", dir.resolve("home").toString()), () -> null);
    }

    CliRun run(String... args) {
        return CliRun.with(ctx, args);
    }

    static String f(String name) {
        return FIX.resolve(name).toString();
    }

    /** The fixtures' trust list, its two roots, the audience and a state file in the temp folder, then {@code rest}. */
    List<String> trusted(String command, String... rest) {
        List<String> a = new ArrayList<>(List.of(command.split(" ")));
        a.addAll(List.of("--trust", f("trust-list.dsse.json"), "--root", f("root-1.pub.pem"), "--root", f("root-2.pub.pem"),
                "--audience", "acme-prod-agents", "--state", dir.resolve("state.json").toString()));
        a.addAll(List.of(rest));
        return a;
    }

    CliRun runTrusted(String command, String... rest) {
        return run(trusted(command, rest).toArray(String[]::new));
    }

    // ------------------------------------------------------------------ import-decision (case 51)

    @Test
    void importingIntoAGrownLiveRunPrintsTheRuntimeCallsAndTheSecondImportIsANoOp() {
        String ledger = dir.resolve("ledger.jsonl").toString();
        CliRun first = runTrusted("import-decision", "--bundle", f("live-grown.json"), "--ledger", ledger, f("d2-alice-approves.sigstore.json"));
        assertEquals(0, first.exit(), first.out() + first.stderr());
        assertTrue(first.out().contains("IMPORTED  approved notify_handler PAUSE_BEFORE by alice@example.org"), first.out());
        assertTrue(first.out().contains("    session.resolveGate({\"stepId\":\"notify_handler\",\"gate\":\"PAUSE_BEFORE\",\"decision\":\"approved\","
                + "\"note\":\"Handler confirmed by phone.\"});"), first.out());
        assertTrue(first.out().contains("warn  subject-digest: the live run has grown past the reviewed snapshot (55 → 56 events)"), first.out());
        assertTrue(first.out().contains("ledger " + ledger + ": 1 recorded"), first.out());
        CliRun again = runTrusted("import-decision", "--bundle", f("live-grown.json"), "--ledger", ledger, f("d2-alice-approves.sigstore.json"));
        assertEquals(0, again.exit(), again.out());
        assertTrue(again.out().contains("ALREADY_IMPORTED") && !again.out().contains("session."), again.out());
    }

    @Test
    void aRunThatMovedPastTheGateAndAConflictingPayloadExitOne() {
        String ledger = dir.resolve("ledger.jsonl").toString();
        CliRun moved = runTrusted("import-decision", "--json", "--bundle", f("live-moved-past-the-gate.json"), "--ledger", ledger,
                f("d2-alice-approves.sigstore.json"));
        assertEquals(1, moved.exit(), moved.out() + moved.stderr());
        JsonValue.Obj o = VerifyCommandTest.parseLine(moved.out().strip());
        assertEquals(new JsonValue.Str("rejected"), o.get("outcome"));
        assertTrue(((JsonValue.Str) o.get("reason")).value().startsWith("run has moved past the gate: human_gate_resolved #55"), o.toString());
        assertEquals(0, ((JsonValue.Arr) o.get("calls")).size());
        assertEquals(0, runTrusted("import-decision", "--bundle", PENDING, "--ledger", ledger, f("d2-alice-approves.sigstore.json")).exit());
        CliRun conflict = runTrusted("import-decision", "--bundle", PENDING, "--ledger", ledger, f("d2-conflicting-payload.sigstore.json"));
        assertEquals(1, conflict.exit());
        assertTrue(conflict.out().contains("CONFLICT") && conflict.out().contains("this file carries another payload"), conflict.out());
    }

    @Test
    void aDecisionFileThatCannotBeReadExitsTwoNamingIt() {
        CliRun r = runTrusted("import-decision", "--bundle", PENDING, "--ledger", dir.resolve("l.jsonl").toString(), dir.resolve("nope.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.stderr().startsWith("runlens import-decision: ") && r.stderr().contains("nope.json"), r.stderr());
    }

    // ------------------------------------------------------------------ log verify (case 47)

    @Test
    void theCompleteLogWithItsCheckpointAndTheFinalBundleIsIntactAndDated() {
        CliRun r = runTrusted("log verify", "--log", f("log-complete.decisions.jsonl"), "--checkpoint", f("checkpoint-3.dsse.json"),
                "--bundle", f("final-bundle-d1-d2-handed-back.json"));
        assertEquals(0, r.exit(), r.out() + r.stderr());
        assertTrue(r.out().contains(":2  ACCEPTED  approved notify_handler PAUSE_BEFORE by alice@example.org (seq 2)  existed by 2026-09-17T09:30:00Z (checkpoint)"), r.out());
        assertTrue(r.out().contains("checkpoint OK: signed by checkpointer ingest@example.org"), r.out());
        assertTrue(r.out().contains("log of run_5839b3d0-97fe-4131-9d98-141824363ec9 intact, 3 entries, 1 checkpoint(s)"), r.out());
    }

    @Test
    void aTruncatedLogFailsAgainstItsCheckpointWithThePreciseReason() {
        CliRun r = runTrusted("log verify", "--log", f("log-tail-truncated.decisions.jsonl"), "--checkpoint", f("checkpoint-3.dsse.json"));
        assertEquals(1, r.exit(), r.out() + r.stderr());
        assertTrue(r.out().contains("FAIL  checkpoint-size: tail truncated: the log has 2 entries, but the checkpoint of 2026-09-17T09:30:00Z covers 3"), r.out());
        assertTrue(r.out().contains("BROKEN"), r.out());
    }

    @Test
    void aDecisionCutFromTheLogIsCaughtByTheFinalBundleInJson() {
        CliRun r = runTrusted("log verify", "--json", "--log", f("log-truncated-to-first.decisions.jsonl"), "--bundle", f("final-bundle-d1-d2-handed-back.json"));
        assertEquals(1, r.exit(), r.out() + r.stderr());
        JsonValue.Obj o = VerifyCommandTest.parseLine(r.out().strip());
        assertEquals(JsonValue.Bool.FALSE, o.get("intact"));
        List<String> failed = ((JsonValue.Arr) o.get("resolutions")).items().stream().map(c -> (JsonValue.Obj) c)
                .filter(c -> c.get("status").equals(new JsonValue.Str("fail"))).map(c -> ((JsonValue.Str) c.get("name")).value()).toList();
        assertEquals(List.of("annotations", "resolutions"), failed, r.out());
    }

    @Test
    void aCheckpointSignedByAReviewerFails() {
        CliRun r = runTrusted("log verify", "--log", f("log-complete.decisions.jsonl"), "--checkpoint", f("checkpoint-3-signed-by-reviewer.dsse.json"));
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("reviewers cannot sign checkpoints"), r.out());
    }

    @Test
    void aLogWithABrokenChainIsNotCheckpointed() throws Exception {
        Path pass = Files.writeString(dir.resolve("pass.txt"), "unused\n");
        CliRun r = run("log", "checkpoint", "--log", f("log-interior-entry-removed.decisions.jsonl"), "--key", "ingest",
                "--passphrase-file", pass.toString(), "-o", dir.resolve("cp.json").toString());
        assertEquals(1, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("refused: ") && r.stderr().contains("refusing to checkpoint a broken chain: line 2: DANGLING_PREV"), r.stderr());
        assertTrue(!Files.exists(dir.resolve("cp.json")));
    }

    // ------------------------------------------------------------------ the flow with keys made here

    @Test
    void aDecisionSignedHereIsCheckpointedVerifiedAndImported() throws Exception {
        Path pass = Files.writeString(dir.resolve("pass.txt"), "correct horse battery staple\n");
        Path keys = dir.resolve("home/keys");
        assertEquals(0, run("keys", "generate", "--algorithm", "ed25519", "--passphrase-file", pass.toString(), "root").exit());
        assertEquals(0, run("keys", "generate", "--principal", "alice@example.org", "--passphrase-file", pass.toString(), "alice").exit());
        assertEquals(0, run("keys", "generate", "--passphrase-file", pass.toString(), "ingest").exit());
        String trust = dir.resolve("trust-list.dsse.json").toString();
        assertEquals(0, run("trust", "init", "--root", keys.resolve("root.pub.pem").toString(), "--out", trust).exit());
        assertEquals(0, run("trust", "add", trust, "--enrollment", keys.resolve("alice.enroll.dsse.json").toString(), "--audience", "acme-prod-agents").exit());
        CliRun cp = run("trust", "add-checkpointer", trust, "--principal", "ingest@example.org", "--public-key", keys.resolve("ingest.pub.pem").toString());
        assertEquals(0, cp.exit(), cp.stderr());
        assertTrue(cp.out().contains("1 reviewer(s), 1 checkpointer(s)"), cp.out());
        assertEquals(0, run("trust", "sign", trust, "--key", "root", "--passphrase-file", pass.toString()).exit());
        CliRun signed = run("sign", "--bundle", PENDING, "--step", "notify_handler", "--gate", "PAUSE_BEFORE", "--decision", "approved",
                "--key", "alice", "--audience", "acme-prod-agents", "--trust", trust, "--out", dir.resolve("out").toString(),
                "--passphrase-file", pass.toString());
        assertEquals(0, signed.exit(), signed.stderr());
        Path decision = Path.of(signed.out().lines().findFirst().orElseThrow());
        Path log = Path.of(signed.out().lines().filter(l -> l.startsWith("  log")).findFirst().orElseThrow().substring(11).replaceAll(" \\(seq \\d+\\)$", ""));

        CliRun checkpoint = run("log", "checkpoint", "--log", log.toString(), "--key", "ingest", "--passphrase-file", pass.toString());
        assertEquals(0, checkpoint.exit(), checkpoint.stderr());
        Path checkpointFile = Path.of(checkpoint.out().lines().findFirst().orElseThrow());
        assertTrue(checkpointFile.getFileName().toString().endsWith(".checkpoint.1.dsse.json"), checkpointFile.toString());

        String root = keys.resolve("root.pub.pem").toString();
        CliRun verify = run("log", "verify", "--trust", trust, "--root", root, "--audience", "acme-prod-agents", "--log", log.toString(),
                "--checkpoint", checkpointFile.toString(), "--bundle", PENDING);
        assertEquals(0, verify.exit(), verify.out() + verify.stderr());
        assertTrue(verify.out().contains("(checkpoint)"), verify.out());

        CliRun imported = run("import-decision", "--trust", trust, "--audience", "acme-prod-agents", "--bundle", PENDING, decision.toString());
        assertEquals(0, imported.exit(), imported.out() + imported.stderr());
        assertTrue(imported.out().contains("session.resolveGate({\"stepId\":\"notify_handler\""), imported.out());
        assertTrue(Files.readString(dir.resolve("home/import-ledger.jsonl")).contains("\"outcome\":\"imported\""), "the data folder's ledger");
    }

    @Test
    void theNewCommandsAreCliInvocations() {
        assertTrue(RunLensCli.isCliInvocation(new String[]{"log", "verify"}));
        assertTrue(RunLensCli.isCliInvocation(new String[]{"import-decision"}));
        assertEquals(64, run("log").exit());
        assertEquals(64, run("import-decision", "--bundle", PENDING).exit());
    }
}
