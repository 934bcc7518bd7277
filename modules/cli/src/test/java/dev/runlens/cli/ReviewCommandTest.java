package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewCommandTest {
    private static final String SAMPLES = ProjectFolder.sampleBundles().toString();

    private static final String CLAIMS_POLICY = """
            {"format": "runlens-routing-policy/1", "workflowId": "wf_claims_triage",
             "budget": {"weekly": {"USD": 0.01}},
             "steps": {
               "check_coverage": {"tier": "small", "reason": "coverage lookup"},
               "extract_facts": {"tier": "small", "reason": "form extraction"},
               "fraud_screen": {"tier": "small", "reason": "rules plus a short note"},
               "route_claim": {"tier": "frontier", "reason": "reviewed routing decision"}
             }}
            """;

    @Test
    void reviewsAWeekAgainstTheOneBefore() {
        CliRun run = CliRun.of("review", "--week", "2026-W41", "--json", SAMPLES);
        assertEquals(0, run.exit(), run.stderr());
        JsonValue.Obj o = VerifyCommandTest.parseLine(run.out().strip());
        assertEquals("2026-W40", ((JsonValue.Str) o.get("baseline")).value());
        assertEquals("2026-10-05", ((JsonValue.Str) o.get("from")).value());
        List<JsonValue> workflows = ((JsonValue.Arr) o.get("workflows")).items();
        assertEquals(3, workflows.size(), "claims and invoices this week, the cancelled digest last week");
        for (JsonValue w : workflows) {
            for (JsonValue d : ((JsonValue.Arr) ((JsonValue.Obj) w).get("drift")).items()) {
                JsonValue.Obj x = (JsonValue.Obj) d;
                BigDecimal parts = BigDecimal.ZERO;
                for (String k : List.of("price", "volume", "mix", "retries", "other")) parts = parts.add(new BigDecimal(((JsonValue.Str) x.get(k)).value()));
                assertEquals(0, parts.compareTo(new BigDecimal(((JsonValue.Str) x.get("total")).value())), x.toString());
            }
        }
    }

    @Test
    void aPolicyTurnsOffPolicyCallsAndBudgetsIntoExitOne(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("claims.json");
        Files.writeString(policy, CLAIMS_POLICY);
        CliRun run = CliRun.of("review", "--week", "2026-W41", "--policy", dir.toString(), "--contract", CostsCommandTest.contract(), SAMPLES);
        assertEquals(1, run.exit(), run.out());
        String out = run.out();
        assertTrue(out.contains("wf_claims_triage: over its weekly budget in USD"), out);
        assertTrue(out.contains("check_coverage: anthropic/claude-sonnet-4-5-20250929 (frontier) is above-policy"), out);
        assertTrue(out.contains("routed per policy it would have cost"), out);
        JsonValue.Obj o = VerifyCommandTest.parseLine(CliRun.of("review", "--week", "2026-W41", "--json", "--policy", policy.toString(),
                SAMPLES).out().strip());
        JsonValue.Obj claims = (JsonValue.Obj) ((JsonValue.Arr) o.get("workflows")).items().stream()
                .filter(w -> ((JsonValue.Str) ((JsonValue.Obj) w).get("workflowId")).value().equals("wf_claims_triage")).findFirst().orElseThrow();
        assertEquals(List.of(new JsonValue.Str("USD")), ((JsonValue.Arr) ((JsonValue.Obj) claims.get("budget")).get("over")).items());
        assertTrue(!((JsonValue.Arr) claims.get("offPolicy")).items().isEmpty());
    }

    @Test
    void aMissingOrMalformedWeekIsAUsageError() {
        assertEquals(64, CliRun.of("review", SAMPLES).exit(), "--week is required");
        assertEquals(64, CliRun.of("review", "--week", "2026-40", SAMPLES).exit());
        assertEquals(64, CliRun.of("review", "--week", "2025-W53", SAMPLES).exit(), "2025 has 52 ISO weeks");
        assertEquals(0, CliRun.of("review", "--week", "2026-W30", SAMPLES).exit(), "a week without runs is a quiet review");
    }
}
