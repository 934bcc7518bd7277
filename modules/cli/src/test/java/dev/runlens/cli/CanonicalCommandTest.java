package dev.runlens.cli;

import dev.runlens.protocol.integrity.Sha256;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanonicalCommandTest {

    @Test
    void bundleOutputIsExactlyWhatTheIntegrityHashCovers() {
        CliRun run = CliRun.of("canonical", SharedFolder.require("corpus/p01-contract-review-completed.json").toString());
        assertEquals(0, run.exit(), run.stderr());
        assertEquals("ed6b0aaabb8e70748197b5bf79cad5f9f0d7e5c7d781ad2256ea651e8dee8432", Sha256.hex(run.stdout()));
    }

    @Test
    void parsedFormIsPrintedWithoutStrippedFields() {
        // fields added where the schema strips are gone from the parsed form, so it hashes to the declared hash
        CliRun run = CliRun.of("canonical", SharedFolder.require("corpus/v-tampered-field-added-run.json").toString());
        assertEquals("86a41af91a1e0b71e6469234f6867a67114a22a55b0aee9d3aab827c691179c5", Sha256.hex(run.stdout()));
    }

    @Test
    void anyJsonGetsItsCanonicalFormAndNothingElse(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{ \"b\" : [1.0, 1e21, -0, \"\\u00e9\\ud800\"], \"a\": {\"10\":1, \"2\":2} }\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("canonical", f.toString());
        assertEquals("{\"a\":{\"10\":1,\"2\":2},\"b\":[1,1e+21,0,\"é\\ud800\"]}", run.out());
        CliRun artifact = CliRun.of("canonical", "--artifact", f.toString());
        assertEquals("{\"a\":{\"2\":2,\"10\":1},\"b\":[1,1e+21,0,\"é\\ud800\"]}", artifact.out());
    }

    @Test
    void invalidJsonIsExitTwoNamingFileAndPlace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\n  \"a\": [1, 2,,]\n}", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("canonical", f.toString());
        assertEquals(2, run.exit());
        assertEquals(0, run.stdout().length);
        assertTrue(run.stderr().contains("broken.json") && run.stderr().contains("line 2"), run.stderr());
    }

    @Test
    void artifactAndDocumentAreExclusive(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{}", StandardCharsets.UTF_8);
        assertEquals(64, CliRun.of("canonical", "--artifact", "--document", f.toString()).exit());
    }
}
