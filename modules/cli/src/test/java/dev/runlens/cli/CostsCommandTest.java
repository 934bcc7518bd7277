package dev.runlens.cli;

import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostsCommandTest {
    private static final String SAMPLES = ProjectFolder.sampleBundles().toString();

    static String contract() {
        try {
            return Path.of(CostsCommandTest.class.getResource("sample-contract-rates.json").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonValue.Obj json(CliRun run) {
        return VerifyCommandTest.parseLine(run.out().strip());
    }

    private static Map<String, BigDecimal> money(JsonValue v) {
        Map<String, BigDecimal> m = new TreeMap<>();
        ((JsonValue.Obj) v).members().forEach((c, a) -> m.put(c, new BigDecimal(((JsonValue.Str) a).value())));
        return m;
    }

    @Test
    void theRecordedTotalOfAFolderIsWhatTheRunsRecorded() throws Exception {
        CliRun run = CliRun.of("costs", "--json", SAMPLES);
        assertEquals(0, run.exit(), run.stderr());
        JsonValue.Obj o = json(run);
        assertEquals(14.0, ((JsonValue.Num) o.get("runs")).value());
        JsonValue.Obj expected = (JsonValue.Obj) JsonReader.hardened().read(Files.readAllBytes(ProjectFolder.sampleBundles()
                .resolve("expected.json"))).value();
        Map<String, Double> jsSums = new TreeMap<>();
        for (JsonValue f : ((JsonValue.Arr) expected.get("files")).items()) {
            JsonValue.Obj e = (JsonValue.Obj) f;
            if (((JsonValue.Str) e.get("file")).value().contains("/")) continue;
            JsonValue.Obj costs = (JsonValue.Obj) ((JsonValue.Obj) e.get("observed")).get("costTotalsByCurrency");
            costs.members().forEach((c, a) -> jsSums.merge(c, ((JsonValue.Num) a).value(), Double::sum));
        }
        Map<String, BigDecimal> total = money(o.get("total"));
        assertEquals(jsSums.keySet(), total.keySet());
        jsSums.forEach((c, sum) -> assertEquals(sum, total.get(c).doubleValue(), 1e-12, c));
        assertTrue(run.stderr().isEmpty(), "--json reports skipped files in its output: " + run.stderr());
        assertTrue(((JsonValue.Arr) o.get("skipped")).items().stream()
                .anyMatch(s -> ((JsonValue.Str) ((JsonValue.Obj) s).get("file")).value().endsWith("expected.json")));
    }

    @Test
    void csvIsRfc4180AndAddsUpToTheJsonTotal() {
        CliRun csv = CliRun.of("costs", "--csv", "--by", "step", "--daily", SAMPLES);
        assertEquals(0, csv.exit(), csv.stderr());
        String out = csv.out();
        assertTrue(out.endsWith("\r\n") && !out.replace("\r\n", "").contains("\n"), "records end with CRLF");
        List<List<String>> records = parse(out);
        assertEquals(dev.runlens.report.csv.CostTableCsv.HEADER, records.get(0));
        Map<String, BigDecimal> sums = new TreeMap<>();
        TreeSet<String> days = new TreeSet<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertEquals(dev.runlens.report.csv.CostTableCsv.HEADER.size(), r.size(), r.toString());
            days.add(r.get(0));
            if (!r.get(3).isEmpty()) sums.merge(r.get(3), new BigDecimal(r.get(13)), BigDecimal::add);
        }
        assertEquals(14, days.size(), "one day per sample run");
        assertEquals(money(json(CliRun.of("costs", "--json", SAMPLES)).get("total")), sums);
    }

    @Test
    void csvCellsFromBundlesCannotBecomeSpreadsheetFormulas(@TempDir Path dir) throws Exception {
        String text = Files.readString(ProjectFolder.sampleBundles().resolve("2026-10-21-meeting-digest-completed-canonical.json"));
        String hostile = "=HYPERLINK(\\\"http://example.invalid\\\",\\\"x, y\\\")";
        Path f = dir.resolve("hostile.json");
        Files.writeString(f, text.replace("\"workflowId\":\"wf_meeting_digest\"", "\"workflowId\":\"" + hostile + "\""));
        CliRun run = CliRun.of("costs", "--csv", f.toString());
        assertEquals(0, run.exit(), run.stderr());
        String row = run.out().lines().skip(1).findFirst().orElseThrow();
        assertTrue(row.startsWith(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x, y\"\")\","), row);
        List<String> cells = parse(run.out()).get(1);
        assertEquals("'=HYPERLINK(\"http://example.invalid\",\"x, y\")", cells.get(1));
        assertTrue(cells.get(13).matches("[0-9.]+"), "our own numbers are left alone: " + cells.get(13));
    }

    @Test
    void repricingReportsUnpricedCallsAndExitsOne() {
        CliRun run = CliRun.of("costs", "--json", "--by", "model", "--reprice", "as-of", SAMPLES);
        assertEquals(1, run.exit(), "mistral-small-2503 is not in the bundled snapshot");
        JsonValue.Obj o = json(run);
        assertEquals("as-of", ((JsonValue.Str) o.get("mode")).value());
        List<JsonValue> unpriced = ((JsonValue.Arr) o.get("unpriced")).items();
        assertEquals(13, unpriced.size());
        assertTrue(unpriced.stream().allMatch(u -> ((JsonValue.Str) ((JsonValue.Obj) u).get("reason")).value()
                .equals("no catalog price for mistral/mistral-small-2503")));
        assertEquals("@pydantic/genai-prices", ((JsonValue.Str) ((JsonValue.Obj) ((JsonValue.Arr) o.get("sources")).get(0)).get("dataset")).value());
        assertTrue(o.get("gap") instanceof JsonValue.Obj);
        String human = CliRun.of("costs", "--by", "model", "--reprice", "as-of", SAMPLES).out();
        assertTrue(human.contains("13 calls could not be priced and are not in the figures above"), human);
    }

    @Test
    void atContractRatesEveryCallIsPricedAndTheGapIsRounding() {
        CliRun run = CliRun.of("costs", "--json", "--reprice", "contract", "--contract", contract(), SAMPLES);
        assertEquals(0, run.exit(), run.stderr());
        JsonValue.Obj o = json(run);
        assertTrue(((JsonValue.Arr) o.get("unpriced")).items().isEmpty());
        money(o.get("gap")).forEach((c, g) -> assertTrue(g.abs().compareTo(new BigDecimal("0.00002")) < 0, c + " " + g));
    }

    @Test
    void weeklyRowsFromADate() {
        JsonValue.Obj o = json(CliRun.of("costs", "--json", "--weekly", "--since", "2026-10-01", SAMPLES));
        TreeSet<String> weeks = new TreeSet<>();
        for (JsonValue r : ((JsonValue.Arr) o.get("rows")).items()) weeks.add(((JsonValue.Str) ((JsonValue.Obj) r).get("period")).value());
        assertEquals(new TreeSet<>(List.of("2026-W41", "2026-W42", "2026-W43", "2026-W44")), weeks);
    }

    @Test
    void unusableFilesExitTwoAndUsageErrorsSixtyFour(@TempDir Path dir) throws Exception {
        assertEquals(2, CliRun.of("costs", SharedFolder.require("corpus/v-invalid-truncated.json").toString()).exit());
        assertEquals(64, CliRun.of("costs", "--by", "colour", SAMPLES).exit());
        assertEquals(64, CliRun.of("costs", "--reprice", "contract", SAMPLES).exit(), "contract needs --contract");
        assertEquals(64, CliRun.of("costs", "--json", "--csv", SAMPLES).exit());
        assertEquals(64, CliRun.of("costs", "--daily", "--weekly", SAMPLES).exit());
        Path bad = dir.resolve("policy.json");
        Files.writeString(bad, "{\"format\": \"runlens-routing-policy/1\", \"workflowId\": \"w\"}");
        CliRun run = CliRun.of("costs", "--policy", bad.toString(), SAMPLES);
        assertEquals(2, run.exit());
        assertTrue(run.stderr().contains(bad + ": $.steps: expected an object"), run.stderr());
    }

    /** A strict RFC 4180 reader for the test. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else break;
                    } else field.append(q);
                }
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
            i++;
        }
        assertTrue(record.isEmpty() && field.isEmpty(), "the last record ends with CRLF");
        return records;
    }
}
