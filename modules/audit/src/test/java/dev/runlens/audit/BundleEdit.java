package dev.runlens.audit;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonReadException;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bundle file's JSON tree, edited for one test and audited from memory (the integrity hash is
 * not recomputed: edited bundles also carry {@code INTEGRITY_MISMATCH}).
 */
final class BundleEdit {
    private JsonValue root;

    private BundleEdit(JsonValue root) {
        this.root = root;
    }

    static BundleEdit of(Path file) {
        try {
            return new BundleEdit(json(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonValue json(String text) {
        try {
            return JsonReader.hardened().read(text.getBytes(StandardCharsets.UTF_8)).value();
        } catch (JsonReadException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The value at a path such as {@code trace[73].patch}. */
    JsonValue get(String path) {
        return get(PathText.parse(path));
    }

    BundleEdit set(String path, JsonValue value) {
        root = set(PathText.parse(path), value);
        return this;
    }

    /** The object at {@code path} with one member set. */
    BundleEdit put(String path, String key, JsonValue value) {
        Map<String, JsonValue> members = new LinkedHashMap<>(((JsonValue.Obj) get(path)).members());
        members.put(key, value);
        return set(path, new JsonValue.Obj(members));
    }

    /** Inserts {@code value} into the array at {@code path} before position {@code at}. */
    BundleEdit insert(String path, int at, JsonValue value) {
        List<JsonValue> items = new ArrayList<>(((JsonValue.Arr) get(path)).items());
        items.add(at, value);
        return set(path, new JsonValue.Arr(items));
    }

    AuditReport audit() {
        byte[] bytes = CanonicalJson.toString(root, CanonicalJson.Form.AS_WRITTEN).getBytes(StandardCharsets.UTF_8);
        return Auditor.standard().audit(BundleReader.loader().read("edited.json", bytes), bytes);
    }

    private JsonValue get(JsonPath path) {
        if (path.isRoot()) return root;
        JsonValue parent = get(path.parent());
        return path.lastKey() != null ? ((JsonValue.Obj) parent).get(path.lastKey()) : ((JsonValue.Arr) parent).get(path.lastIndex());
    }

    /** The tree with the value at {@code path} replaced (rebuilt from the path up). */
    private JsonValue set(JsonPath path, JsonValue value) {
        if (path.isRoot()) return value;
        JsonValue parent = get(path.parent());
        JsonValue changed;
        if (path.lastKey() != null) {
            Map<String, JsonValue> members = new LinkedHashMap<>(((JsonValue.Obj) parent).members());
            members.put(path.lastKey(), value);
            changed = new JsonValue.Obj(members);
        } else {
            List<JsonValue> items = new ArrayList<>(((JsonValue.Arr) parent).items());
            items.set(path.lastIndex(), value);
            changed = new JsonValue.Arr(items);
        }
        return set(path.parent(), changed);
    }
}
