package dev.runlens.protocol.model;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonReadException;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Neither factory throws, whatever JSON it gets. */
class AnyJsonTest {
    private static final List<String> WRONG = List.of("null", "true", "-1.5", "1e300", "\"\"", "\"x\"", "[]", "{}",
            "[1,\"a\",{}]", "{\"type\":\"step_started\",\"stepId\":7}", "[[\"a\"],[\"a\",1,2]]");

    @TestFactory
    Stream<DynamicTest> everyJsonTestSuiteDocumentThatParsesGivesAModel() throws IOException {
        Path dir = SharedFolder.require("conformance/jsontestsuite/test_parsing");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                JsonValue v = parseOrNull(Files.readAllBytes(f));
                if (v == null) continue;
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    assertDoesNotThrow(() -> BundleModel.lenient(v));
                    assertDoesNotThrow(() -> BundleModel.from(v, v));
                }));
            }
        }
        return tests.stream();
    }

    /** Wrong-typed values planted at random positions of real bundles (seeded, so failures repeat). */
    @TestFactory
    Stream<DynamicTest> wrongTypesAnywhereInARealBundleGiveAModel() {
        return Stream.of("p01-contract-review-completed.json", "p02-contract-review-fork-completed.json",
                "p10-internal-reporting-named-checkpoints.json", "p18-vendor-due-diligence-40-steps.json")
                .map(file -> DynamicTest.dynamicTest(file,
                        () -> plantWrongTypes(Bundles.corpus(file), file.hashCode())));
    }

    private static void plantWrongTypes(BundleReader.Loaded loaded, long seed) throws JsonReadException {
        List<List<Object>> paths = new ArrayList<>();
        collect(loaded.rawTree(), new ArrayList<>(), paths);
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            List<Object> path = paths.get(random.nextInt(paths.size()));
            JsonValue wrong = JsonReader.hardened().read(WRONG.get(random.nextInt(WRONG.size())).getBytes()).value();
            JsonValue mutated = replace(loaded.rawTree(), path, 0, wrong);
            RunBundle lenient = assertDoesNotThrow(() -> BundleModel.lenient(mutated), () -> "at " + path);
            assertDoesNotThrow(() -> BundleModel.from(mutated, mutated), () -> "at " + path);
            assertDoesNotThrow(() -> BundleModel.from(loaded.normalizedTree(), mutated), () -> "at " + path);
            if (path.size() > 2 && "trace".equals(path.get(0))) {
                assertEquals(((JsonValue.Arr) ((JsonValue.Obj) mutated).get("trace")).size(), lenient.trace().size());
            }
        }
    }

    private static void collect(JsonValue v, List<Object> at, List<List<Object>> out) {
        out.add(List.copyOf(at));
        if (v instanceof JsonValue.Arr a) {
            for (int i = 0; i < a.size(); i++) collect(a.get(i), append(at, i), out);
        } else if (v instanceof JsonValue.Obj o) {
            o.members().forEach((k, x) -> collect(x, append(at, k), out));
        }
    }

    private static List<Object> append(List<Object> at, Object segment) {
        List<Object> p = new ArrayList<>(at);
        p.add(segment);
        return p;
    }

    private static JsonValue replace(JsonValue v, List<Object> path, int depth, JsonValue wrong) {
        if (depth == path.size()) return wrong;
        Object seg = path.get(depth);
        if (seg instanceof Integer i) {
            List<JsonValue> items = new ArrayList<>(((JsonValue.Arr) v).items());
            items.set(i, replace(items.get(i), path, depth + 1, wrong));
            return new JsonValue.Arr(items);
        }
        Map<String, JsonValue> m = new LinkedHashMap<>(((JsonValue.Obj) v).members());
        m.put((String) seg, replace(m.get(seg), path, depth + 1, wrong));
        return new JsonValue.Obj(m);
    }

    private static JsonValue parseOrNull(byte[] bytes) {
        try {
            return JsonReader.hardened().read(bytes).value();
        } catch (JsonReadException | RuntimeException e) {
            return null;
        }
    }
}
