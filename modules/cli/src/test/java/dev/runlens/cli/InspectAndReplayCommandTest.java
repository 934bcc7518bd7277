package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectAndReplayCommandTest {
    private static final String FAILED = ProjectFolder.sampleBundles().resolve("2026-09-08-invoice-extraction-failed.json").toString();
    private static final String PENDING = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json").toString();

    @Test
    void inspectSummarisesAFailedRun() {
        CliRun run = CliRun.of("inspect", "--json", FAILED);
        assertEquals(0, run.exit(), run.out() + run.stderr());
        JsonValue.Obj o = VerifyCommandTest.parseLine(run.out().strip());
        assertEquals("valid", str(o, "integrity"));
        assertEquals("failed", str((JsonValue.Obj) o.get("run"), "status"));
        JsonValue.Obj failure = (JsonValue.Obj) o.get("failure");
        assertEquals("extract_line_items", str(failure, "stepId"));
        JsonValue.Obj steps = (JsonValue.Obj) o.get("steps");
        assertEquals(9.0, ((JsonValue.Num) steps.get("total")).value());
        assertEquals("0.00562", str((JsonValue.Obj) o.get("cost"), "EUR"), "exact decimal cost by currency");
    }

    @Test
    void inspectListsPendingGates() {
        JsonValue.Obj o = VerifyCommandTest.parseLine(CliRun.of("inspect", "--json", PENDING).out().strip());
        JsonValue.Arr gates = (JsonValue.Arr) o.get("pendingGates");
        assertEquals(1, gates.size());
        assertEquals("PAUSE_BEFORE", str((JsonValue.Obj) gates.get(0), "gate"));
    }

    @Test
    void inspectExitsOneOnErrorFindingsAndLocatesThem() {
        CliRun run = CliRun.of("inspect", "--json", SharedFolder.require("corpus/v-tampered-duplicate-key-first-differs.json").toString());
        assertEquals(1, run.exit());
        JsonValue.Obj o = VerifyCommandTest.parseLine(run.out().strip());
        JsonValue.Obj dup = ((JsonValue.Arr) o.get("findings")).items().stream().map(JsonValue.Obj.class::cast)
                .filter(f -> "DUPLICATE_KEY".equals(str(f, "code"))).findFirst().orElseThrow();
        assertEquals("trace[69].decision", str(dup, "path"));
        assertTrue(!str(dup, "location").isEmpty() && !str(dup, "explanation").isEmpty());
    }

    @Test
    void inspectOfNonJsonIsExitTwo() {
        assertEquals(2, CliRun.of("inspect", SharedFolder.require("corpus/v-invalid-truncated.json").toString()).exit());
    }

    @Test
    void humanInspectNamesTheFailingStep() {
        String out = CliRun.of("inspect", FAILED).out();
        assertTrue(out.contains("step extract_line_items failed"), out);
        assertTrue(out.contains("9: 4 completed, 1 failed, 4 never reached"), out);
    }

    @Test
    void replayAtAPositionShowsStateSoFar() {
        CliRun run = CliRun.of("replay", "--json", PENDING, "--at", "0");
        assertEquals(0, run.exit(), run.stderr());
        JsonValue.Obj o = VerifyCommandTest.parseLine(run.out().strip());
        assertEquals(0.0, ((JsonValue.Num) o.get("position")).value());
        assertTrue(((JsonValue.Arr) o.get("artifacts")).items().isEmpty());
    }

    @Test
    void replayAfterAnEventEqualsReplayAtItsPosition() {
        JsonValue.Obj atEnd = VerifyCommandTest.parseLine(CliRun.of("replay", "--json", PENDING, "--at", "25").out().strip());
        String id = str((JsonValue.Obj) atEnd.get("event"), "id");
        JsonValue.Obj byId = VerifyCommandTest.parseLine(CliRun.of("replay", "--json", PENDING, "--event", id).out().strip());
        assertEquals(atEnd, byId);
    }

    @Test
    void replayOutsideTheTraceIsAClearError() {
        CliRun run = CliRun.of("replay", PENDING, "--at", "100000");
        assertEquals(2, run.exit());
        assertTrue(run.stderr().contains("outside 0.."), run.stderr());
        CliRun noEvent = CliRun.of("replay", PENDING, "--event", "evt_nope");
        assertEquals(2, noEvent.exit());
        assertTrue(noEvent.stderr().contains("evt_nope"), noEvent.stderr());
    }

    @Test
    void replayNeedsExactlyOnePoint() {
        assertEquals(64, CliRun.of("replay", PENDING).exit());
        assertEquals(64, CliRun.of("replay", PENDING, "--at", "1", "--event", "x").exit());
    }

    @Test
    void compareLocatesTheTamperedGateDecision() {
        CliRun run = CliRun.of("compare", SharedFolder.require("corpus/p16-support-triage-rejected-cancelled.json").toString(),
                SharedFolder.require("corpus/v-tampered-gate-rejected-to-approved.json").toString());
        assertEquals(1, run.exit(), run.stderr());
        assertTrue(run.out().contains(".decision: \"rejected\" → \"approved\""), run.out());
        CliRun same = CliRun.of("compare", PENDING, PENDING);
        assertEquals(0, same.exit());
        assertTrue(same.out().contains("no differences"));
    }

    private static String str(JsonValue.Obj o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonValue.Str s ? s.value() : null;
    }
}
