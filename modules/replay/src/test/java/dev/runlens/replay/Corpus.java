package dev.runlens.replay;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.SharedFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The shared reference corpus: bundles by file name and their manifest entries. */
public final class Corpus {
    private static JsonValue.Obj manifest;

    private Corpus() {}

    public static Path file(String name) {
        return SharedFolder.require("corpus").resolve(name);
    }

    /** The typed model of a corpus file (lenient when the runtime rejects it). */
    public static RunBundle bundle(String name) {
        BundleReader.Loaded l = BundleReader.loader().read(file(name));
        return l.normalizedTree() != null ? BundleModel.from(l.normalizedTree(), l.rawTree())
                : BundleModel.lenient(l.rawTree());
    }

    public static Replay replay(String name) {
        return Replay.of(bundle(name));
    }

    public static synchronized JsonValue.Obj manifest() {
        if (manifest == null) manifest = (JsonValue.Obj) read(file("manifest.json"));
        return manifest;
    }

    public static JsonValue read(Path p) {
        try {
            return JsonReader.hardened().read(Files.readAllBytes(p)).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(p + ": " + e.getMessage(), e);
        }
    }

    /** The manifest entry of a file. */
    public static JsonValue.Obj entry(String name) {
        for (JsonValue f : ((JsonValue.Arr) manifest().get("files")).items()) {
            JsonValue.Obj o = (JsonValue.Obj) f;
            if (name.equals(J.str(o, "file").orElse(null))) return o;
        }
        throw new IllegalArgumentException(name + " is not in the manifest");
    }

    /** Names of the files whose manifest entry matches. */
    public static List<String> files(Predicate<JsonValue.Obj> which) {
        List<String> out = new ArrayList<>();
        for (JsonValue f : ((JsonValue.Arr) manifest().get("files")).items()) {
            JsonValue.Obj o = (JsonValue.Obj) f;
            if (which.test(o)) out.add(J.str(o, "file").orElseThrow());
        }
        return out;
    }

    public static List<String> accepted() {
        return files(o -> J.path(o, "parse", "accepted").equals(Optional.of(JsonValue.Bool.TRUE)));
    }

    public static List<String> realistic() {
        return files(o -> J.str(o, "scenario", "kind").filter("realistic"::equals).isPresent());
    }
}
