package dev.runlens.protocol.model;

import dev.runlens.protocol.TestJson;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import static dev.runlens.protocol.TestJson.get;
import static dev.runlens.protocol.TestJson.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file of {@code ../shared/corpus/manifest.json} against what the runtime and the evaluator saw in it. */
class CorpusModelTest {

    @TestFactory
    List<DynamicTest> acceptedFilesModelWhatTheManifestCounts() throws Exception {
        return forEachFile(true, (loaded, entry) -> {
            RunBundle b = BundleModel.from(loaded.normalizedTree(), loaded.rawTree());
            assertEquals(expectedCounts(entry), counts(b), "event counts by type");
            assertTrue(b.trace().stream().noneMatch(UnknownEvent.class::isInstance), "no unknown events");
            JsonValue observed = get(entry, "observed");
            assertEquals(str(observed, "runStatus"), b.run().status().wire(), "run status");
            String runId = str(get(entry, "scenario"), "runId");
            if (runId != null) assertEquals(runId, b.run().id(), "run id");
            if (get(observed, "artifactVersions") instanceof JsonValue.Num n) {
                assertEquals((int) n.value(), b.artifacts().size(), "artifact versions");
            }
        });
    }

    @TestFactory
    List<DynamicTest> acceptedFilesExposeExactlyTheFieldsParseRemoves() throws Exception {
        return forEachFile(true, (loaded, entry) -> {
            RunBundle b = BundleModel.from(loaded.normalizedTree(), loaded.rawTree());
            Set<String> extras = new TreeSet<>(ExtrasPaths.of(b));
            extras.removeIf(p -> !p.startsWith("run") && !p.startsWith("trace") && !p.startsWith("artifacts")
                    && !p.startsWith("ruleSets") && !p.startsWith("engine")); // the manifest covers the hashed part
            assertEquals(removedByParse(entry), extras);
        });
    }

    @TestFactory
    List<DynamicTest> lenientModelOfAnAcceptedFileEqualsTheNormalOne() throws Exception {
        return forEachFile(true, (loaded, entry) -> {
            if (str(entry, "file").contains("deeply-nested")) return; // record equality would recurse 10,000 levels
            RunBundle normal = BundleModel.from(loaded.normalizedTree(), loaded.rawTree());
            assertEquals(normal, BundleModel.lenient(loaded.rawTree()));
        });
    }

    @TestFactory
    List<DynamicTest> rejectedFilesThatParseAsJsonKeepEveryEventInTheLenientModel() throws Exception {
        return forEachFile(false, (loaded, entry) -> {
            if (!(get(get(entry, "rawJsonParse"), "ok") instanceof JsonValue.Bool ok && ok.value())) return; // not JSON
            assertNotNull(loaded.rawTree(), "raw tree");
            RunBundle b = BundleModel.lenient(loaded.rawTree());
            assertEquals(expectedCounts(entry), counts(b), "event counts by type");
            for (int i = 0; i < b.trace().size(); i++) assertEquals(i, b.trace().get(i).index());
            assertFalse(b.run().id().isEmpty(), "run id");
        });
    }

    private static List<DynamicTest> forEachFile(boolean accepted, BiConsumer<BundleReader.Loaded, JsonValue> check)
            throws Exception {
        Path corpus = SharedFolder.require("corpus");
        JsonValue manifest = TestJson.read(corpus.resolve("manifest.json"));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonValue entry : ((JsonValue.Arr) get(manifest, "files")).items()) {
            if ((get(get(entry, "parse"), "accepted") instanceof JsonValue.Bool b && b.value()) != accepted) continue;
            String file = str(entry, "file");
            tests.add(DynamicTest.dynamicTest(file,
                    () -> check.accept(BundleReader.loader().read(corpus.resolve(file)), entry)));
        }
        return tests;
    }

    static Map<String, Long> counts(RunBundle b) {
        return b.trace().stream().collect(Collectors.groupingBy(TraceEvent::type, TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> expectedCounts(JsonValue entry) {
        Map<String, Long> m = new TreeMap<>();
        if (get(entry, "eventCounts") instanceof JsonValue.Obj o) {
            o.members().forEach((k, v) -> m.put(k, (long) ((JsonValue.Num) v).value()));
        }
        return m;
    }

    private static Set<String> removedByParse(JsonValue entry) {
        Set<String> s = new TreeSet<>();
        if (get(entry, "parseChanges") instanceof JsonValue.Arr a) {
            for (JsonValue c : a.items()) {
                if ("removed_by_parse".equals(str(c, "change"))) s.add(str(c, "path"));
            }
        }
        return s;
    }
}
