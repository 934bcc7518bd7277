package dev.runlens.protocol;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.runlens.protocol.TestJson.get;
import static dev.runlens.protocol.TestJson.str;

/**
 * Every file of {@code ../shared/corpus/manifest.json}: same acceptance and error code, same
 * integrity verdict, and the runtime's own parsed and raw hashes, byte for byte.
 */
class ReferenceCorpusTest {

    @TestFactory
    List<DynamicTest> everyCorpusFileGetsTheRuntimesAnswers() throws Exception {
        Path corpus = SharedFolder.require("corpus");
        JsonValue manifest = TestJson.read(corpus.resolve("manifest.json"));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue entry : ((JsonValue.Arr) get(manifest, "files")).items()) {
            String file = str(entry, "file");
            tests.add(DynamicTest.dynamicTest(file, () -> check(corpus.resolve(file), entry)));
        }
        return tests;
    }

    private static void check(Path file, JsonValue expected) {
        ReferenceAnswers.assertMatches(file, expected);
    }
}
