package dev.runlens.cli;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelemetryCommandTest {
    private static final String NOW = "2026-12-31T23:59:59.000Z";

    static List<Path> samples() throws Exception {
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.json")).sorted().toList();
        }
    }

    private static String text(JsonValue v) {
        return CanonicalJson.toString(v, CanonicalJson.Form.AS_WRITTEN);
    }

    @Test
    void givesTheRuntimesTotalsForEverySample() throws Exception {
        JsonValue.Obj expected = (JsonValue.Obj) JsonReader.hardened().read(Files.readAllBytes(ProjectFolder.sampleBundles()
                .resolve("expected.json"))).value();
        int checked = 0;
        for (JsonValue f : ((JsonValue.Arr) expected.get("files")).items()) {
            JsonValue.Obj e = (JsonValue.Obj) f;
            String name = ((JsonValue.Str) e.get("file")).value();
            if (name.contains("/") || !(e.get("telemetry") instanceof JsonValue.Obj t)) continue;
            CliRun run = CliRun.of("telemetry", "--json", "--now", NOW, ProjectFolder.sampleBundles().resolve(name).toString());
            assertEquals(0, run.exit(), run.stderr());
            JsonValue.Obj mine = VerifyCommandTest.parseLine(run.out().strip());
            assertEquals(NOW, ((JsonValue.Str) mine.get("generatedAt")).value());
            assertEquals(text(t.get("totals")), text(mine.get("totals")), name);
            checked++;
        }
        assertEquals(14, checked);
    }

    @Test
    void equalsTheRuntimesOwnOutputByteForByteWhenNodeIsInstalled(@TempDir Path work) throws Exception {
        Optional<Path> runtime = ReferenceTelemetry.runtime();
        Assumptions.assumeTrue(runtime.isPresent(), "node and @llm-workbench/runtime 0.3.3 are not installed (see ReferenceTelemetry)");
        List<Path> files = new ArrayList<>(samples());
        files.add(SharedFolder.require("corpus/p18-vendor-due-diligence-40-steps.json"));
        List<String> reference = ReferenceTelemetry.summaries(runtime.get(), files, NOW, work);
        assertEquals(files.size(), reference.size());
        for (int i = 0; i < files.size(); i++) {
            CliRun run = CliRun.of("telemetry", "--json", "--now", NOW, files.get(i).toString());
            assertEquals(reference.get(i), run.out().strip(), files.get(i).getFileName().toString());
        }
    }

    @Test
    void summarisesSeveralRunsTogetherAndOtherDirectionsOnRequest() throws Exception {
        List<Path> s = samples();
        CliRun both = CliRun.of("telemetry", "--json", "--now", NOW, s.get(0).toString(), s.get(1).toString());
        assertEquals(2, ((JsonValue.Arr) VerifyCommandTest.parseLine(both.out().strip()).get("runIds")).size());
        CliRun all = CliRun.of("telemetry", "--json", "--direction", "request", "--direction", "response", "--direction", "stream_chunk",
                s.get(0).toString());
        CliRun responses = CliRun.of("telemetry", "--json", s.get(0).toString());
        assertTrue(events(all) > events(responses), "requests and chunks add events");
    }

    private static double events(CliRun run) {
        JsonValue.Obj totals = (JsonValue.Obj) VerifyCommandTest.parseLine(run.out().strip()).get("totals");
        return ((JsonValue.Num) totals.get("eventCount")).value();
    }

    @Test
    void humanOutputListsTheBuckets() throws Exception {
        CliRun run = CliRun.of("telemetry", ProjectFolder.sampleBundles().resolve("2026-09-24-vendor-due-diligence-completed.json").toString());
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("by provider") && run.out().contains("by step") && run.out().contains("usr_o.strand"), run.out());
    }

    @Test
    void unreadableFilesExitTwoAndUsageErrorsSixtyFour() {
        assertEquals(2, CliRun.of("telemetry", "--json", SharedFolder.require("corpus/v-invalid-truncated.json").toString()).exit());
        assertEquals(64, CliRun.of("telemetry", "--direction", "sideways", SharedFolder.require("corpus/p17-meeting-digest-minimal.json").toString()).exit());
        assertEquals(64, CliRun.of("telemetry").exit());
    }
}
