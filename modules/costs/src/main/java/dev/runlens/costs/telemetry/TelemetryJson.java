package dev.runlens.costs.telemetry;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.Subject;
import dev.runlens.protocol.model.Usage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A summary as the JSON the runtime's summary serialises to ({@code JSON.stringify}): members in
 * the order of its zod schemas, absent optionals left out, and {@code costByCurrency} in
 * JavaScript's own key order (integer-like keys first, ascending, then first-seen order).
 */
public final class TelemetryJson {
    private TelemetryJson() {}

    public static JsonValue.Obj of(TelemetrySummary s) {
        Map<String, JsonValue> o = new LinkedHashMap<>();
        o.put("generatedAt", new JsonValue.Str(s.generatedAt()));
        o.put("runIds", new JsonValue.Arr(s.runIds().stream().<JsonValue>map(JsonValue.Str::new).toList()));
        o.put("totals", totals(s.totals()));
        o.put("entries", new JsonValue.Arr(s.entries().stream().<JsonValue>map(TelemetryJson::entry).toList()));
        o.put("byProvider", buckets(s.byProvider()));
        o.put("byModel", buckets(s.byModel()));
        o.put("byProviderModel", buckets(s.byProviderModel()));
        o.put("byStep", buckets(s.byStep()));
        o.put("byUser", buckets(s.byUser()));
        o.put("byTenant", buckets(s.byTenant()));
        o.put("byPlan", buckets(s.byPlan()));
        return new JsonValue.Obj(o);
    }

    public static JsonValue.Obj totals(TelemetryTotals t) {
        Map<String, JsonValue> o = new LinkedHashMap<>();
        o.put("eventCount", num(t.eventCount()));
        o.put("inputTokens", num(t.inputTokens()));
        o.put("outputTokens", num(t.outputTokens()));
        o.put("totalTokens", num(t.totalTokens()));
        o.put("cachedInputTokens", num(t.cachedInputTokens()));
        o.put("reasoningTokens", num(t.reasoningTokens()));
        o.put("durationMs", new JsonValue.Num(t.durationMs()));
        Map<String, JsonValue> cost = new LinkedHashMap<>();
        for (String k : jsKeyOrder(t.costByCurrency().keySet())) cost.put(k, new JsonValue.Num(t.costByCurrency().get(k)));
        o.put("costByCurrency", new JsonValue.Obj(cost));
        return new JsonValue.Obj(o);
    }

    private static JsonValue buckets(List<TelemetryBucket> list) {
        List<JsonValue> out = new ArrayList<>();
        for (TelemetryBucket b : list) {
            Map<String, JsonValue> o = new LinkedHashMap<>();
            o.put("key", new JsonValue.Str(b.key()));
            o.put("label", new JsonValue.Str(b.label()));
            o.put("totals", totals(b.totals()));
            out.add(new JsonValue.Obj(o));
        }
        return new JsonValue.Arr(out);
    }

    private static JsonValue entry(TelemetryEntry e) {
        Map<String, JsonValue> o = new LinkedHashMap<>();
        o.put("eventId", new JsonValue.Str(e.eventId()));
        o.put("runId", new JsonValue.Str(e.runId()));
        o.put("ts", new JsonValue.Str(e.ts()));
        str(o, "stepId", e.stepId());
        str(o, "correlationId", e.correlationId());
        o.put("direction", new JsonValue.Str(e.direction().wire()));
        str(o, "provider", e.provider());
        str(o, "model", e.model());
        e.subject().ifPresent(s -> o.put("subject", subject(s)));
        e.usage().ifPresent(u -> o.put("usage", usage(u)));
        e.cost().ifPresent(c -> {
            Map<String, JsonValue> cost = new LinkedHashMap<>();
            cost.put("amount", new JsonValue.Num(c.amount()));
            cost.put("currency", new JsonValue.Str(c.currency()));
            o.put("cost", new JsonValue.Obj(cost));
        });
        num(o, "durationMs", e.durationMs());
        return new JsonValue.Obj(o);
    }

    private static JsonValue subject(Subject s) {
        Map<String, JsonValue> o = new LinkedHashMap<>();
        str(o, "userId", s.userId());
        str(o, "tenantId", s.tenantId());
        str(o, "accountId", s.accountId());
        str(o, "planId", s.planId());
        return new JsonValue.Obj(o);
    }

    private static JsonValue usage(Usage u) {
        Map<String, JsonValue> o = new LinkedHashMap<>();
        num(o, "inputTokens", u.inputTokens());
        num(o, "outputTokens", u.outputTokens());
        num(o, "totalTokens", u.totalTokens());
        num(o, "cachedInputTokens", u.cachedInputTokens());
        num(o, "reasoningTokens", u.reasoningTokens());
        return new JsonValue.Obj(o);
    }

    /** JavaScript's own-key order: array-index keys ascending first, then the rest as inserted. */
    static List<String> jsKeyOrder(Iterable<String> keys) {
        List<String> index = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String k : keys) (isArrayIndex(k) ? index : rest).add(k);
        index.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        index.addAll(rest);
        return index;
    }

    private static boolean isArrayIndex(String k) {
        if (k.isEmpty() || k.length() > 10 || (k.length() > 1 && k.charAt(0) == '0')) return false;
        for (int i = 0; i < k.length(); i++) if (k.charAt(i) < '0' || k.charAt(i) > '9') return false;
        return Long.parseLong(k) < 4294967295L;
    }

    private static JsonValue num(long v) {
        return new JsonValue.Num(v);
    }

    private static void str(Map<String, JsonValue> o, String key, Optional<String> v) {
        v.ifPresent(s -> o.put(key, new JsonValue.Str(s)));
    }

    private static void num(Map<String, JsonValue> o, String key, OptionalLong v) {
        if (v.isPresent()) o.put(key, new JsonValue.Num(v.getAsLong()));
    }

    private static void num(Map<String, JsonValue> o, String key, OptionalDouble v) {
        if (v.isPresent()) o.put(key, new JsonValue.Num(v.getAsDouble()));
    }
}
