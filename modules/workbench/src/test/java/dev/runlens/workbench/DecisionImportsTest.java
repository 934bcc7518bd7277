package dev.runlens.workbench;

import dev.runlens.signing.ledger.ImportLedger;
import dev.runlens.signing.ledger.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.runlens.workbench.GateDecisionsTest.PASS;
import static dev.runlens.workbench.GateDecisionsTest.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing verified decisions into a live run (design B11, (c) case 51) through the workbench: the named fixtures and a freshly signed decision. */
class DecisionImportsTest {
    private final DecisionImports imports = new DecisionImports(LogFixtureFiles.CLOCK);

    DecisionImports.Imported run(Path dir, String live, boolean dryRun, String... decisions) throws Exception {
        return imports.importDecisions(LogFixtureFiles.options(dir, Optional.of(live)), dir.resolve("import-ledger.jsonl"), dryRun,
                java.util.Arrays.stream(decisions).map(LogFixtureFiles::file).toList());
    }

    static ImportResult.Outcome outcome(DecisionImports.Imported i) {
        return i.results().get(0).outcome();
    }

    @Test
    void importingTwiceIntoAGrownLiveRunIsANoOpTheSecondTime(@TempDir Path dir) throws Exception {
        DecisionImports.Imported first = run(dir, "live-grown.json", false, "d2-alice-approves.sigstore.json");
        assertEquals(ImportResult.Outcome.IMPORTED, outcome(first), first.results().get(0).reason());
        assertEquals(List.of("resolveGate", "annotate"), first.results().get(0).calls().stream().map(c -> c.method()).toList());
        DecisionImports.Imported again = run(dir, "live-grown.json", false, "d2-alice-approves.sigstore.json");
        assertEquals(ImportResult.Outcome.ALREADY_IMPORTED, outcome(again));
        assertTrue(again.allOk());
        assertEquals(1, ImportLedger.read(dir.resolve("import-ledger.jsonl")).size());
    }

    @Test
    void aRunThatMovedPastTheGateIsRejectedAndNothingIsRecorded(@TempDir Path dir) throws Exception {
        DecisionImports.Imported r = run(dir, "live-moved-past-the-gate.json", false, "d2-alice-approves.sigstore.json");
        assertEquals(ImportResult.Outcome.REJECTED, outcome(r));
        assertTrue(r.results().get(0).reason().startsWith("run has moved past the gate: human_gate_resolved #55"), r.results().get(0).reason());
        assertFalse(r.allOk());
        assertFalse(Files.exists(dir.resolve("import-ledger.jsonl")));
    }

    @Test
    void aConflictingPayloadForAnImportedDecisionIdIsAConflict(@TempDir Path dir) throws Exception {
        run(dir, "live-grown.json", false, "d2-alice-approves.sigstore.json");
        DecisionImports.Imported r = run(dir, "live-grown.json", false, "d2-conflicting-payload.sigstore.json");
        assertEquals(ImportResult.Outcome.CONFLICT, outcome(r));
    }

    @Test
    void aDryRunRecordsNothing(@TempDir Path dir) throws Exception {
        DecisionImports.Imported r = run(dir, "live-grown.json", true, "d1-bob-rejects.sigstore.json", "d2-alice-approves.sigstore.json");
        assertEquals(List.of(ImportResult.Outcome.IMPORTED, ImportResult.Outcome.IMPORTED), r.results().stream().map(ImportResult::outcome).toList());
        assertFalse(Files.exists(dir.resolve("import-ledger.jsonl")));
    }

    @Test
    void aDecisionSignedHereImportsIntoThePendingSample(@TempDir Path dir) throws Exception {
        GateDecisionsTest world = new GateDecisionsTest();
        world.world(dir);
        GateDecisions.Signed s = world.decisions.sign(world.decisions.draft(world.request(dir, PENDING, "approved", Optional.empty()),
                dir.resolve("keys"), "alice"), dir.resolve("keys"), "alice", PASS, dir.resolve("out"));
        DecisionImports.Imported r = new DecisionImports(GateDecisionsTest.CLOCK).importDecisions(world.options(dir, PENDING),
                dir.resolve("ledger.jsonl"), false, List.of(s.file()));
        assertEquals(ImportResult.Outcome.IMPORTED, outcome(r), r.results().get(0).reason());
        assertEquals(1, r.requiredApprovals());
        assertEquals(s.decision().entryDigest(), ImportLedger.read(dir.resolve("ledger.jsonl")).get(0).entryDigest());
    }
}
