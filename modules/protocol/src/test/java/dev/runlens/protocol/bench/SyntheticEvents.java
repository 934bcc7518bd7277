package dev.runlens.protocol.bench;

import dev.runlens.protocol.integrity.Sha256;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.runlens.protocol.bench.JsonBuild.NULL;
import static dev.runlens.protocol.bench.JsonBuild.arr;
import static dev.runlens.protocol.bench.JsonBuild.list;
import static dev.runlens.protocol.bench.JsonBuild.obj;

/**
 * The trace of a synthetic run, one "cycle" (one step execution) at a time. Cycle {@code i} runs
 * step {@code i % 10} in its own one-minute slot and is generated from its own seed, so any cycle
 * (and any artifact version) can be produced on its own: the bundle never has to exist in memory.
 */
final class SyntheticEvents {
    static final int EVENTS_PER_CYCLE = 8;
    static final long CYCLE_MILLIS = 60_000;
    static final long START_MILLIS = Instant.parse("2025-09-01T08:00:00Z").toEpochMilli();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final long seed;
    private final String runId;

    SyntheticEvents(long seed) {
        this.seed = seed;
        this.runId = "run_" + uuid(random(-1, 0));
    }

    String runId() {
        return runId;
    }

    static String iso(long millis) {
        return ISO.format(Instant.ofEpochMilli(millis));
    }

    static long cycleStart(int cycle) {
        return START_MILLIS + 1_000 + cycle * CYCLE_MILLIS;
    }

    /** The run's end: one second after the last cycle's slot. */
    static long endMillis(int cycles) {
        return cycleStart(cycles) + 1_000;
    }

    JsonValue ruleChanged(JsonValue ruleSet) {
        return obj("id", "evt_" + uuid(random(-2, 0)), "runId", runId, "ts", iso(START_MILLIS), "type", "rule_changed",
                "ruleSetId", ((JsonValue.Obj) ruleSet).get("id"), "snapshot", ruleSet);
    }

    JsonValue runCompleted(int cycles) {
        return obj("id", "evt_" + uuid(random(-3, 0)), "runId", runId, "ts", iso(endMillis(cycles)),
                "type", "run_status_changed", "status", "completed");
    }

    /** The eight events of cycle {@code i}: step, span, model request and response, tool call, artifact, span end, step end. */
    List<JsonValue> cycle(int i) {
        SyntheticWorkflow.Step step = SyntheticWorkflow.STEPS.get(i % SyntheticWorkflow.STEPS.size());
        SplittableRandom rnd = random(i, 1);
        SyntheticText text = new SyntheticText(rnd);
        long t = cycleStart(i) + rnd.nextInt(200);
        String spanId = "span_" + uuid(rnd);
        String correlationId = uuid(rnd);
        List<JsonValue> events = new ArrayList<>(EVENTS_PER_CYCLE);
        events.add(base(rnd, t, step, "step_started"));
        t += 5 + rnd.nextInt(15);
        events.add(with(base(rnd, t, step, "span_started"), "spanId", spanId, "name", "step." + step.id(), "kind", "internal",
                "attributes", obj("lwb.step.kind", "llm", "lwb.step.tool", step.tool(), "lwb.workflow.id", SyntheticWorkflow.WORKFLOW_ID)));
        t += 10 + rnd.nextInt(40);
        String prompt = text.prose(1_500 + rnd.nextInt(3_000));
        events.add(with(base(rnd, t, step, "model_io"), "correlationId", correlationId, "direction", "request",
                "provider", "openai", "model", step.model(), "summary", cut(prompt, 200), "payload", request(step, prompt, text, rnd)));
        ModelResponse resp = response(step, prompt, text, rnd, t);
        t += (long) resp.durationMs + 1;
        events.add(with(base(rnd, t, step, "model_io"), "correlationId", correlationId, "direction", "response",
                "provider", "openai", "model", step.model(), "usage", resp.usage, "cost", resp.cost,
                "durationMs", resp.durationMs, "summary", cut(resp.content, 200), "payload", resp.payload));
        t += 50 + rnd.nextInt(1_500);
        events.add(with(base(rnd, t, step, "tool_call"), "name", step.tool(), "args", toolArgs(text, rnd), "result", toolResult(text, rnd)));
        long at = artifactMillis(i);
        int stepIndex = i % SyntheticWorkflow.STEPS.size();
        events.add(obj("id", "evt_" + uuid(rnd), "runId", runId, "ts", iso(at), "type", "artifact_written",
                "artifact", artifact(stepIndex, i / SyntheticWorkflow.STEPS.size() + 1)));
        double spanMs = (at - cycleStart(i)) + rnd.nextInt(4096) / 4096.0;
        at += 1 + rnd.nextInt(10);
        events.add(with(base(rnd, at, step, "span_ended"), "spanId", spanId, "status", "ok", "durationMs", spanMs));
        at += 1 + rnd.nextInt(40);
        events.add(with(base(rnd, at, step, "step_completed"), "ok", true));
        return events;
    }

    /** When cycle {@code i} writes its artifact (its own seed, so {@code artifacts[]} can name it without the cycle). */
    long artifactMillis(int cycle) {
        return cycleStart(cycle) + 12_000 + random(cycle, 2).nextInt(20_000);
    }

    /** Version {@code version} of step {@code stepIndex}'s output, with a pointer that describes its data. */
    JsonValue.Obj artifact(int stepIndex, int version) {
        SyntheticWorkflow.Step step = SyntheticWorkflow.STEPS.get(stepIndex);
        int cycle = (version - 1) * SyntheticWorkflow.STEPS.size() + stepIndex;
        SplittableRandom rnd = random(cycle, 3);
        JsonValue data = artifactData(new SyntheticText(rnd), rnd, version);
        Sha256 sha = new Sha256();
        long[] length = {0};
        CanonicalJson.write(data, CanonicalJson.Form.ARTIFACT_PAYLOAD, (b, off, len) -> {
            sha.write(b, off, len);
            length[0] += len;
        });
        boolean external = version % 7 == 0;
        JsonValue pointer = external
                ? obj("kind", "external", "ref", "art_" + runId + "_" + step.outputKey() + "_" + version,
                        "payloadHash", sha.hex(), "byteLength", length[0])
                : obj("kind", "inline", "payloadHash", sha.hex(), "byteLength", length[0]);
        return obj("artifactKey", step.outputKey(), "typeId", step.typeId(), "version", version,
                "createdAt", iso(artifactMillis(cycle)), "pointer", pointer, "data", external ? null : data);
    }

    private static JsonValue artifactData(SyntheticText text, SplittableRandom rnd, int version) {
        List<Object> items = new ArrayList<>();
        int n = 2 + rnd.nextInt(11);
        for (int k = 1; k <= n; k++) {
            items.add(Integer.toString(k)); // integer-like keys: the payload form orders them numerically
            items.add(obj("sku", "SKU-" + (10_000 + rnd.nextInt(90_000)), "description", text.sentence(),
                    "quantity", 1 + rnd.nextInt(40), "unitPrice", rnd.nextInt(500_000) / 100.0,
                    "vatRate", new double[] {0, 0.07, 0.19, 0.2}[rnd.nextInt(4)]));
        }
        return obj("documentId", "DMS-" + (100_000 + rnd.nextInt(900_000)), "version", version,
                "summary", text.prose(200 + rnd.nextInt(700)), "confidence", rnd.nextInt(1000) / 1000.0,
                "language", new String[] {"en", "de", "fr", "es", "ja"}[rnd.nextInt(5)],
                "amount", obj("value", rnd.nextInt(100_000_000) / 100.0, "currency", "EUR"),
                "lineItems", obj(items.toArray()), "flags", arr(text.word(), text.word()), "reviewedBy", NULL);
    }

    private JsonValue request(SyntheticWorkflow.Step step, String prompt, SyntheticText text, SplittableRandom rnd) {
        String system = "You are an assistant for the back office. Task: " + step.title() + ". " + text.sentence()
                + " Reply with JSON only: {\"label\",\"confidence\",\"items\"}.";
        return obj("model", step.model(), "messages", arr(obj("role", "system", "content", system), obj("role", "user", "content", prompt)),
                "temperature", rnd.nextInt(3) / 10.0, "max_tokens", 1024, "response_format", obj("type", "json_object"));
    }

    private record ModelResponse(JsonValue usage, JsonValue cost, double durationMs, String content, JsonValue payload) {}

    private ModelResponse response(SyntheticWorkflow.Step step, String prompt, SyntheticText text, SplittableRandom rnd, long t) {
        String content = "{\n  \"label\": \"" + text.word() + "\",\n  \"confidence\": " + rnd.nextInt(1000) / 1000.0
                + ",\n  \"notes\": \"" + text.sentence().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n}";
        int in = prompt.length() / 4 + 120 + rnd.nextInt(60);
        int out = content.length() / 4 + rnd.nextInt(20);
        int cached = rnd.nextInt(4) == 0 ? 128 * rnd.nextInt(4) : 0;
        boolean big = step.model().startsWith("gpt-4.1-2025");
        double amount = in * (big ? 2e-6 : 4e-7) + out * (big ? 8e-6 : 1.6e-6); // raw float artefacts, as OpenAI-style amounts keep
        double durationMs = 300 + rnd.nextInt(6_000) + rnd.nextInt(4096) / 4096.0;
        JsonValue usage = obj("inputTokens", in, "outputTokens", out, "totalTokens", in + out, "cachedInputTokens", cached);
        JsonValue payload = obj("id", "chatcmpl-" + token(rnd, 29), "object", "chat.completion", "created", t / 1000,
                "model", step.model(), "choices", arr(obj("index", 0,
                        "message", obj("role", "assistant", "content", content, "refusal", NULL, "annotations", arr()),
                        "logprobs", NULL, "finish_reason", "stop")),
                "usage", obj("prompt_tokens", in, "completion_tokens", out, "total_tokens", in + out,
                        "prompt_tokens_details", obj("cached_tokens", cached, "audio_tokens", 0),
                        "completion_tokens_details", obj("reasoning_tokens", 0, "audio_tokens", 0,
                                "accepted_prediction_tokens", 0, "rejected_prediction_tokens", 0)),
                "service_tier", "default", "system_fingerprint", "fp_" + hex(rnd, 5));
        return new ModelResponse(usage, obj("amount", amount, "currency", "USD"), durationMs, content, payload);
    }

    private static JsonValue toolArgs(SyntheticText text, SplittableRandom rnd) {
        return obj("query", text.sentence(), "limit", 5 + rnd.nextInt(20), "includeArchived", rnd.nextBoolean(),
                "filters", obj("since", "2025-0" + (1 + rnd.nextInt(8)) + "-01", "tags", arr(text.word(), text.word())));
    }

    private static JsonValue toolResult(SyntheticText text, SplittableRandom rnd) {
        List<JsonValue> hits = new ArrayList<>();
        int n = 2 + rnd.nextInt(6);
        for (int k = 0; k < n; k++) {
            hits.add(obj("id", "DOC-" + (10_000 + rnd.nextInt(90_000)), "title", text.sentence(),
                    "score", rnd.nextDouble(), "pages", 1 + rnd.nextInt(80), "sha256", hex(rnd, 32)));
        }
        return obj("items", list(hits), "total", n + rnd.nextInt(100), "nextCursor", rnd.nextBoolean() ? NULL : JsonBuild.of(token(rnd, 16)),
                "elapsedMs", rnd.nextInt(900));
    }

    private JsonValue.Obj base(SplittableRandom rnd, long ts, SyntheticWorkflow.Step step, String type) {
        return obj("id", "evt_" + uuid(rnd), "runId", runId, "ts", iso(ts), "stepId", step.id(), "type", type);
    }

    /** {@code base} plus more members, in order. */
    private static JsonValue.Obj with(JsonValue.Obj base, Object... more) {
        java.util.LinkedHashMap<String, JsonValue> m = new java.util.LinkedHashMap<>(base.members());
        m.putAll(obj(more).members());
        return new JsonValue.Obj(m);
    }

    /** At most {@code n} UTF-16 units, never splitting a surrogate pair. */
    private static String cut(String s, int n) {
        if (s.length() <= n) return s;
        return s.substring(0, Character.isHighSurrogate(s.charAt(n - 1)) ? n - 1 : n);
    }

    private SplittableRandom random(int cycle, int purpose) {
        long z = seed + 0x9E3779B97F4A7C15L * (cycle + 7L) + 0xBF58476D1CE4E5B9L * purpose;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    private static String uuid(SplittableRandom rnd) {
        long hi = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(hi, lo).toString();
    }

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static String hex(SplittableRandom rnd, int bytes) {
        byte[] b = new byte[bytes];
        for (int i = 0; i < bytes; i++) b[i] = (byte) rnd.nextInt(256);
        return java.util.HexFormat.of().formatHex(b);
    }

    private static String token(SplittableRandom rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(ALNUM.charAt(rnd.nextInt(ALNUM.length())));
        return sb.toString();
    }
}
