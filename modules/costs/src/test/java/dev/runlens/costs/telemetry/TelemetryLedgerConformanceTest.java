package dev.runlens.costs.telemetry;

import dev.runlens.costs.Bundles;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger against what the reference runtime itself answered for every corpus and sample file. */
class TelemetryLedgerConformanceTest {

    @Test
    void everyCorpusFileGivesTheRuntimesSummaryByteForByte() throws Exception {
        JsonValue.Obj manifest = Bundles.json(SharedFolder.require("corpus/manifest.json"));
        String now = ((JsonValue.Str) ((JsonValue.Obj) manifest.get("reference")).get("telemetryNow")).value();
        int compared = 0;
        for (JsonValue f : ((JsonValue.Arr) manifest.get("files")).items()) {
            JsonValue.Obj entry = (JsonValue.Obj) f;
            String name = ((JsonValue.Str) entry.get("file")).value();
            RunBundle b = Bundles.accepted(SharedFolder.require("corpus/" + name));
            JsonValue expected = entry.get("telemetry");
            if (expected instanceof JsonValue.Null) {
                assertEquals(null, b, name + ": the runtime gave no telemetry, so the file must be rejected");
                continue;
            }
            assertNotNull(b, name);
            String mine = text(TelemetryJson.of(TelemetryLedger.summarize(List.of(b), now)));
            assertEquals(text(expected), mine, name);
            compared++;
        }
        assertTrue(compared >= 50, "compared " + compared);
    }

    @Test
    void theCorpusSetSummaryMatchesTheRuntimeOverManyRuns() throws Exception {
        JsonValue.Obj manifest = Bundles.json(SharedFolder.require("corpus/manifest.json"));
        JsonValue.Obj set = (JsonValue.Obj) manifest.get("setTelemetry");
        List<RunBundle> runs = new ArrayList<>();
        for (JsonValue f : ((JsonValue.Arr) set.get("files")).items()) {
            runs.add(Bundles.accepted(SharedFolder.require("corpus/" + ((JsonValue.Str) f).value())));
        }
        JsonValue.Obj expected = (JsonValue.Obj) set.get("summary");
        JsonValue.Obj mine = TelemetryJson.of(TelemetryLedger.summarize(runs, ((JsonValue.Str) expected.get("generatedAt")).value()));
        Map<String, JsonValue> entriesOmitted = new LinkedHashMap<>(mine.members());
        assertEquals(((JsonValue.Num) set.get("entriesOmitted")).value(), ((JsonValue.Arr) mine.get("entries")).size());
        entriesOmitted.put("entries", expected.get("entries")); // the manifest writes a note in their place
        assertEquals(text(expected), text(new JsonValue.Obj(entriesOmitted)));
    }

    @Test
    void everySampleFileGivesTheRuntimesTotalsAndProviderModelBuckets() throws Exception {
        Path root = ProjectFolder.sampleBundles();
        JsonValue.Obj expectedFile = Bundles.json(root.resolve("expected.json"));
        String now = ((JsonValue.Str) ((JsonValue.Obj) expectedFile.get("reference")).get("telemetryNow")).value();
        int compared = 0;
        for (JsonValue f : ((JsonValue.Arr) expectedFile.get("files")).items()) {
            JsonValue.Obj entry = (JsonValue.Obj) f;
            if (!(entry.get("telemetry") instanceof JsonValue.Obj expected)) continue;
            String name = ((JsonValue.Str) entry.get("file")).value();
            TelemetrySummary s = TelemetryLedger.summarize(List.of(Bundles.accepted(root.resolve(name))), now);
            assertEquals(text(expected.get("totals")), text(TelemetryJson.totals(s.totals())), name);
            List<JsonValue> buckets = new ArrayList<>();
            for (TelemetryBucket b : s.byProviderModel()) {
                Map<String, JsonValue> o = new LinkedHashMap<>();
                o.put("key", new JsonValue.Str(b.key()));
                o.put("totals", TelemetryJson.totals(b.totals()));
                buckets.add(new JsonValue.Obj(o));
            }
            assertEquals(text(expected.get("byProviderModel")), text(new JsonValue.Arr(buckets)), name);
            assertEquals(((JsonValue.Num) expected.get("entryCount")).value(), s.entries().size(), name);
            compared++;
        }
        assertTrue(compared >= 80, "compared " + compared);
    }

    static String text(JsonValue v) {
        return CanonicalJson.toString(v, CanonicalJson.Form.AS_WRITTEN);
    }
}
