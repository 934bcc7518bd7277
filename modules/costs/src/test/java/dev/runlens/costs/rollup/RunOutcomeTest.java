package dev.runlens.costs.rollup;

import dev.runlens.costs.Bundles;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunOutcomeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            2026-09-03-contract-review-completed.json,          COMPLETED
            2026-09-08-invoice-extraction-failed.json,          FAILED
            2026-09-17-claims-triage-pending-pause-before.json, OPEN
            2026-09-29-meeting-digest-cancelled.json,           CANCELLED
            2026-10-06-claims-triage-rework-completed.json,     COMPLETED
            """)
    void samplesEndAsTheirStatusSays(String file, RunOutcome expected) {
        assertEquals(expected, RunOutcome.of(Bundles.sample(file)));
    }

    @Test
    void aRunThatEndsAfterARejectedGateIsRejectedOnEveryCorpusRun() {
        JsonValue.Obj manifest = Bundles.json(SharedFolder.require("corpus/manifest.json"));
        int rejected = 0;
        for (JsonValue f : ((JsonValue.Arr) manifest.get("files")).items()) {
            JsonValue.Obj e = (JsonValue.Obj) f;
            String name = ((JsonValue.Str) e.get("file")).value();
            if (!name.matches("p\\d\\d-.*")) continue;
            JsonValue.Obj observed = (JsonValue.Obj) e.get("observed");
            String status = ((JsonValue.Str) observed.get("runStatus")).value();
            boolean anyRejection = ((JsonValue.Obj) observed.get("gateDecisions")).members().keySet().stream()
                    .anyMatch(k -> k.endsWith(":rejected"));
            RunOutcome expected = switch (status) {
                case "completed" -> RunOutcome.COMPLETED;
                case "running" -> RunOutcome.OPEN;
                default -> anyRejection ? RunOutcome.REJECTED : RunOutcome.valueOf(status.toUpperCase());
            };
            assertEquals(expected, RunOutcome.of(Bundles.accepted(SharedFolder.require("corpus/" + name))), name);
            if (expected == RunOutcome.REJECTED) rejected++;
        }
        assertTrue(rejected >= 3, "p07, p11, p16");
    }

    @Test
    void wasteIsFailedRejectedAndCancelled() {
        assertTrue(RunOutcome.FAILED.isWaste() && RunOutcome.REJECTED.isWaste() && RunOutcome.CANCELLED.isWaste());
        assertTrue(!RunOutcome.COMPLETED.isWaste() && !RunOutcome.OPEN.isWaste());
    }
}
