package dev.runlens.protocol;

import dev.runlens.protocol.json.JsonReadException;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads test data (manifests, vectors) with the project's own reader. */
public final class TestJson {
    private TestJson() {}

    public static JsonValue read(Path p) throws IOException {
        try {
            return JsonReader.hardened().read(Files.readAllBytes(p)).value();
        } catch (JsonReadException e) {
            throw new IOException(p + ": " + e.getMessage(), e);
        }
    }

    public static String str(JsonValue v, String key) {
        JsonValue x = ((JsonValue.Obj) v).get(key);
        return x instanceof JsonValue.Str s ? s.value() : null;
    }

    public static JsonValue get(JsonValue v, String key) {
        return v instanceof JsonValue.Obj o ? o.get(key) : null;
    }
}
