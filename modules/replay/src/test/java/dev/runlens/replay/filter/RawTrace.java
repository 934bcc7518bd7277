package dev.runlens.replay.filter;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.ProjectFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A sample bundle's trace as plain JSON, read without the typed model, so tests can count
 * what a filter should find independently of {@link TraceFacts}.
 */
record RawTrace(RunBundle model, List<JsonValue.Obj> events) {

    static RawTrace of(Path file) {
        try {
            JsonValue doc = JsonReader.hardened().read(Files.readAllBytes(file)).value();
            List<JsonValue.Obj> events = ((JsonValue.Arr) ((JsonValue.Obj) doc).get("trace")).items().stream()
                    .map(JsonValue.Obj.class::cast).toList();
            return new RawTrace(BundleModel.of(BundleReader.loader().read(file)), events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    static Path sample(String name) {
        return ProjectFolder.sampleBundles().resolve(name);
    }

    /** The realistic runs: every top-level {@code .json} of sample-bundles but expected.json. */
    static List<String> realistic() {
        try (Stream<Path> files = Files.list(ProjectFolder.sampleBundles())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count(Predicate<JsonValue.Obj> which) {
        return events.stream().filter(which).count();
    }

    static Optional<String> str(JsonValue.Obj o, String... path) {
        JsonValue v = o;
        for (String key : path) {
            if (!(v instanceof JsonValue.Obj obj) || !obj.has(key)) return Optional.empty();
            v = obj.get(key);
        }
        return v instanceof JsonValue.Str s ? Optional.of(s.value()) : Optional.empty();
    }

    static Optional<Double> num(JsonValue.Obj o, String... path) {
        JsonValue v = o;
        for (String key : path) {
            if (!(v instanceof JsonValue.Obj obj) || !obj.has(key)) return Optional.empty();
            v = obj.get(key);
        }
        return v instanceof JsonValue.Num n ? Optional.of(n.value()) : Optional.empty();
    }

    /** Whether a string value of the event (not runId or ts, not keys) contains {@code word}, ignoring case. */
    static boolean mentions(JsonValue.Obj event, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Deque<JsonValue> todo = new ArrayDeque<>();
        event.members().forEach((k, v) -> {
            if (!k.equals("runId") && !k.equals("ts")) todo.push(v);
        });
        while (!todo.isEmpty()) {
            JsonValue v = todo.pop();
            if (v instanceof JsonValue.Str s && s.value().toLowerCase(Locale.ROOT).contains(w)) return true;
            if (v instanceof JsonValue.Arr a) a.items().forEach(todo::push);
            if (v instanceof JsonValue.Obj o) o.members().values().forEach(todo::push);
        }
        return false;
    }
}
