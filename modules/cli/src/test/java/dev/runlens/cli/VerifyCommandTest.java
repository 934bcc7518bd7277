package dev.runlens.cli;

import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyCommandTest {

    private static String corpus(String name) {
        return SharedFolder.require("corpus/" + name).toString();
    }

    @ParameterizedTest(name = "{0} -> exit {1}, integrity {2}")
    @CsvSource(textBlock = """
            p01-contract-review-completed.json,                        0, valid
            v-tampered-cost-digit.json,                                1, mismatch
            v-tampered-integrity-hash-altered.json,                    1, mismatch
            p08b-customer-data-buildUserExportBundle-no-integrity.json, 1, missing
            v-invalid-truncated.json,                                  2, error
            v-invalid-protocol-0.9.0.json,                             2, error
            v-invalid-unknown-event-type.json,                         2, error
            v-tampered-field-added-run.json,                           0, valid
            """)
    void exitCodeAndVerdictFollowTheReference(String file, int exit, String integrity) {
        CliRun run = CliRun.of("verify", "--json", corpus(file));
        assertEquals(exit, run.exit(), run.out() + run.stderr());
        JsonValue.Obj line = parseLine(run.out().strip());
        assertEquals(integrity, ((JsonValue.Str) line.get("integrity")).value());
    }

    @Test
    void strictTurnsErrorFindingsIntoExitOne() {
        String f = corpus("v-tampered-duplicate-key-first-differs.json");
        assertEquals(0, CliRun.of("verify", f).exit());
        CliRun strict = CliRun.of("verify", "--strict", "--json", f);
        assertEquals(1, strict.exit());
        JsonValue.Obj s = (JsonValue.Obj) parseLine(strict.out().strip()).get("strict");
        assertEquals(JsonValue.Bool.FALSE, s.get("ok"));
        JsonValue.Obj finding = (JsonValue.Obj) ((JsonValue.Arr) s.get("findings")).get(0);
        assertEquals("DUPLICATE_KEY", ((JsonValue.Str) finding.get("code")).value());
        assertEquals("error", ((JsonValue.Str) finding.get("severity")).value());
    }

    @Test
    void jsonModePrintsOneCompleteObjectPerFileInOrder() {
        CliRun run = CliRun.of("verify", "--json", corpus("p17-meeting-digest-minimal.json"), corpus("v-invalid-empty-file.json"));
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        JsonValue.Obj first = parseLine(lines.get(0));
        for (String field : List.of("file", "fileSha256", "accepted", "error", "integrity", "declaredSha256",
                "computedSha256", "rawSha256", "strict")) {
            assertTrue(first.has(field), "missing field " + field);
        }
        assertEquals(JsonValue.Null.INSTANCE, first.get("error"));
        JsonValue.Obj second = parseLine(lines.get(1));
        assertEquals(JsonValue.Bool.FALSE, second.get("accepted"));
        assertEquals("INVALID_JSON", ((JsonValue.Str) ((JsonValue.Obj) second.get("error")).get("code")).value());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                ((JsonValue.Str) second.get("fileSha256")).value());
        assertEquals(2, run.exit(), "a rejected file outranks a valid one");
    }

    @Test
    void missingFileIsExitTwoWithItsName(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        CliRun run = CliRun.of("verify", missing.toString());
        assertEquals(2, run.exit());
        assertTrue(run.out().contains("nope.json") && run.out().contains("no such file"), run.out());
    }

    @Test
    void usageErrorsExitSixtyFour() {
        assertEquals(64, CliRun.of("verify").exit());
        assertEquals(64, CliRun.of("verify", "--bogus", "x.json").exit());
        assertEquals(64, CliRun.of("frobnicate").exit());
    }

    @Test
    void versionNamesTheProtocol() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("protocol 1.0.0"), run.out());
    }

    @Test
    void humanReportNamesVerdictAndHashes() {
        CliRun run = CliRun.of("verify", corpus("v-tampered-cost-digit.json"));
        assertTrue(run.out().contains("MISMATCH"), run.out());
        assertTrue(run.out().contains("86a41af91a1e0b71e6469234f6867a67114a22a55b0aee9d3aab827c691179c5"), run.out());
        assertTrue(run.out().contains("c91b6fbd60c46c2a3933839a921b458a38bcb9e24833826711619b25a91c9771"), run.out());
    }

    static JsonValue.Obj parseLine(String line) {
        try {
            return (JsonValue.Obj) JsonReader.hardened().read(line.getBytes(StandardCharsets.UTF_8)).value();
        } catch (Exception e) {
            throw new AssertionError("not one JSON object: " + line, e);
        }
    }
}
