package dev.runlens.workbench.bench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.Sha256;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Run bundles generated from the realistic samples: each a sample with a new run id, its
 * timestamps moved by whole days, its recorded costs scaled, and each model call repeated (request
 * and response copied with new ids, without the payload) so a bundle holds about the requested
 * number of receipts; the integrity digest is recomputed with the project's canonical JSON, so
 * every file verifies.
 */
final class GeneratedRuns {
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final List<String> HASHED = List.of("run", "trace", "artifacts", "ruleSets", "engine");

    private final List<JsonValue.Obj> samples = new ArrayList<>();
    private final int receiptsPerRun;

    GeneratedRuns(List<Path> sampleFiles, int receiptsPerRun) {
        for (Path f : sampleFiles) samples.add((JsonValue.Obj) BundleReader.loader().read(f).normalizedTree());
        this.receiptsPerRun = receiptsPerRun;
    }

    /** Writes bundle {@code i} (deterministic) and returns its receipts. */
    int write(int i, Path file) throws IOException {
        Random rnd = new Random(i * 7919L + 17);
        JsonValue.Obj sample = samples.get(i % samples.size());
        String oldId = ((JsonValue.Str) ((JsonValue.Obj) sample.get("run")).get("id")).value();
        String newId = "run_" + new UUID(rnd.nextLong(), rnd.nextLong());
        long days = (i / samples.size()) % 120 - 60;
        double factor = 0.5 + rnd.nextDouble();
        List<JsonValue> trace = ((JsonValue.Arr) sample.get("trace")).items();
        long responses = trace.stream().filter(GeneratedRuns::isResponse).count();
        int copies = responses == 0 ? 0 : (int) Math.max(0, Math.round((double) receiptsPerRun / responses) - 1);
        List<JsonValue> out = new ArrayList<>(trace.size() * (1 + copies));
        Map<String, JsonValue.Obj> requests = new LinkedHashMap<>();
        int[] receipts = {0};
        for (JsonValue e : trace) {
            JsonValue moved = shift(e, oldId, newId, days, factor);
            out.add(moved);
            JsonValue.Obj o = (JsonValue.Obj) moved;
            if (isRequest(o)) requests.put(str(o, "correlationId"), o);
            if (isResponse(o)) {
                receipts[0]++;
                JsonValue.Obj request = requests.get(str(o, "correlationId"));
                for (int c = 0; c < copies && request != null; c++) {
                    String corr = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
                    out.add(copy(request, rnd, corr));
                    out.add(copy(o, rnd, corr));
                    receipts[0]++;
                }
            }
        }
        LinkedHashMap<String, JsonValue> body = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> m : sample.members().entrySet()) {
            if (m.getKey().equals("trace")) body.put("trace", new JsonValue.Arr(out));
            else if (!m.getKey().equals("integrity")) body.put(m.getKey(), shift(m.getValue(), oldId, newId, days, factor));
        }
        LinkedHashMap<String, JsonValue> hashed = new LinkedHashMap<>();
        for (String k : HASHED) if (body.containsKey(k)) hashed.put(k, body.get(k));
        body.put("integrity", new JsonValue.Obj(Map.of("sha256", new JsonValue.Str(sha256(CanonicalJson.toBytes(new JsonValue.Obj(hashed),
                CanonicalJson.Form.INTEGRITY))))));
        Files.write(file, CanonicalJson.toBytes(new JsonValue.Obj(body), CanonicalJson.Form.AS_WRITTEN));
        return receipts[0];
    }

    private static boolean isResponse(JsonValue e) {
        return e instanceof JsonValue.Obj o && "model_io".equals(str(o, "type")) && "response".equals(str(o, "direction"));
    }

    private static boolean isRequest(JsonValue.Obj o) {
        return "model_io".equals(str(o, "type")) && "request".equals(str(o, "direction"));
    }

    private static String str(JsonValue.Obj o, String key) {
        return o.get(key) instanceof JsonValue.Str s ? s.value() : null;
    }

    /** A copy of a model call event with a new id and correlation id, without its payload. */
    private static JsonValue copy(JsonValue.Obj e, Random rnd, String correlationId) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(e.members());
        m.put("id", new JsonValue.Str("evt_" + new UUID(rnd.nextLong(), rnd.nextLong())));
        m.put("correlationId", new JsonValue.Str(correlationId));
        m.remove("payload");
        return new JsonValue.Obj(m);
    }

    /** The value with the run id replaced, timestamps moved by {@code days} and cost amounts scaled. */
    private static JsonValue shift(JsonValue v, String oldId, String newId, long days, double factor) {
        if (v instanceof JsonValue.Str s) {
            if (s.value().equals(oldId)) return new JsonValue.Str(newId);
            if (TIMESTAMP.matcher(s.value()).matches()) {
                return new JsonValue.Str(LocalDate.parse(s.value().substring(0, 10)).plusDays(days) + s.value().substring(10));
            }
            return s;
        }
        if (v instanceof JsonValue.Arr a) {
            List<JsonValue> items = new ArrayList<>(a.size());
            for (JsonValue x : a.items()) items.add(shift(x, oldId, newId, days, factor));
            return new JsonValue.Arr(items);
        }
        if (v instanceof JsonValue.Obj o) {
            LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
            boolean cost = o.has("amount") && o.has("currency") && o.get("amount") instanceof JsonValue.Num;
            for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                if (cost && e.getKey().equals("amount")) {
                    double a = ((JsonValue.Num) e.getValue()).value();
                    m.put("amount", new JsonValue.Num(Math.round(a * factor * 1e8) / 1e8));
                } else {
                    m.put(e.getKey(), shift(e.getValue(), oldId, newId, days, factor));
                }
            }
            return new JsonValue.Obj(m);
        }
        return v;
    }

    private static String sha256(byte[] bytes) {
        try {
            return Sha256.hex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
