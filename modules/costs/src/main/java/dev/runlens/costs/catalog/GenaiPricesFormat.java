package dev.runlens.costs.catalog;

import dev.runlens.protocol.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads genai-prices' {@code data.json} shape: an array of providers (or {@code {"providers": [...]}}),
 * each with {@code models}, match clauses and {@code prices} per million tokens in USD, either one
 * price object or a list of conditional prices ({@code start_date} or {@code time_of_date}
 * constraints). RunLens reads the token prices {@code input_mtok}, {@code cache_read_mtok},
 * {@code cache_write_mtok}, {@code output_mtok} and {@code output_reasoning_mtok}, flat or tiered;
 * other units (audio, images, requests, searches) are not in run bundles and are ignored.
 */
public final class GenaiPricesFormat {
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(Z|([+-])(\\d{2}):(\\d{2}))");

    private GenaiPricesFormat() {}

    /** Whether {@code root} looks like genai-prices data. */
    static boolean recognises(JsonValue root) {
        JsonValue list = root instanceof JsonValue.Obj o ? o.get("providers") : root;
        return list instanceof JsonValue.Arr a && !a.items().isEmpty()
                && a.get(0) instanceof JsonValue.Obj p && p.has("models") && p.has("id");
    }

    public static PriceCatalog read(JsonValue root, Provenance provenance) throws CatalogFormatException {
        String path = "$";
        JsonValue list = root;
        if (root instanceof JsonValue.Obj o && o.has("providers")) {
            list = o.get("providers");
            path = "$.providers";
        }
        List<CatalogProvider> providers = new ArrayList<>();
        List<JsonValue> items = JsonAccess.arr(list, path);
        for (int i = 0; i < items.size(); i++) providers.add(provider(items.get(i), path + "[" + i + "]"));
        return new PriceCatalog(provenance, providers);
    }

    private static CatalogProvider provider(JsonValue v, String path) throws CatalogFormatException {
        JsonValue.Obj o = JsonAccess.obj(v, path);
        String id = JsonAccess.needStr(o, "id", path);
        List<CatalogModel> models = new ArrayList<>();
        List<JsonValue> items = JsonAccess.arr(o.get("models"), path + ".models");
        for (int i = 0; i < items.size(); i++) models.add(model(id, items.get(i), path + ".models[" + i + "]"));
        List<String> fallbacks = new ArrayList<>();
        if (o.get("fallback_model_providers") instanceof JsonValue.Arr a) {
            for (JsonValue f : a.items()) fallbacks.add(JsonAccess.str(f, path + ".fallback_model_providers[]"));
        }
        return new CatalogProvider(id, JsonAccess.optStr(o, "name", path), optMatch(o, "provider_match", path),
                optMatch(o, "model_match", path), fallbacks, models);
    }

    private static CatalogModel model(String provider, JsonValue v, String path) throws CatalogFormatException {
        JsonValue.Obj o = JsonAccess.obj(v, path);
        String id = JsonAccess.needStr(o, "id", path);
        ModelMatch match = o.has("match") ? match(o.get("match"), path + ".match") : new ModelMatch.Equals(id);
        List<PriceRow> rows = new ArrayList<>();
        JsonValue prices = o.get("prices");
        if (prices instanceof JsonValue.Arr a) {
            for (int i = 0; i < a.size(); i++) rows.add(conditional(a.get(i), path + ".prices[" + i + "]"));
        } else if (prices != null) {
            rows.add(new PriceRow(Optional.empty(), Optional.empty(), rates(prices, path + ".prices")));
        }
        return new CatalogModel(provider, id, JsonAccess.optStr(o, "name", path), match, "USD", rows, Optional.empty());
    }

    private static PriceRow conditional(JsonValue v, String path) throws CatalogFormatException {
        JsonValue.Obj o = JsonAccess.obj(v, path);
        Rates rates = rates(o.get("prices"), path + ".prices");
        if (!(o.get("constraint") instanceof JsonValue.Obj c)) return new PriceRow(Optional.empty(), Optional.empty(), rates);
        String cp = path + ".constraint";
        if (c.has("start_date")) {
            return new PriceRow(Optional.of(JsonAccess.date(JsonAccess.needStr(c, "start_date", cp), cp + ".start_date")),
                    Optional.empty(), rates);
        }
        if (c.has("start_time") && c.has("end_time")) {
            return new PriceRow(Optional.empty(), Optional.of(new PriceRow.TimeWindow(
                    seconds(JsonAccess.needStr(c, "start_time", cp), cp + ".start_time"),
                    seconds(JsonAccess.needStr(c, "end_time", cp), cp + ".end_time"))), rates);
        }
        throw new CatalogFormatException(cp + ": expected a start_date or a start_time/end_time constraint");
    }

    /** genai-prices' time-of-day: {@code HH:MM:SS[.f](Z|±HH:MM)} to UTC seconds of the day. */
    static int seconds(String text, String path) throws CatalogFormatException {
        Matcher m = TIME.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59
                || Integer.parseInt(m.group(3)) > 59) {
            throw new CatalogFormatException(path + ": expected a time of day HH:MM:SS with Z or an offset, got \"" + text + "\"");
        }
        int local = Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
        int offset = m.group(5) == null ? 0
                : (Integer.parseInt(m.group(6)) * 3600 + Integer.parseInt(m.group(7)) * 60) * (m.group(5).equals("-") ? -1 : 1);
        return Math.floorMod(local - offset, 86_400);
    }

    static Rates rates(JsonValue v, String path) throws CatalogFormatException {
        JsonValue.Obj o = JsonAccess.obj(v, path);
        return new Rates(rate(o, "input_mtok", path), rate(o, "output_mtok", path), rate(o, "cache_read_mtok", path),
                rate(o, "cache_write_mtok", path), rate(o, "output_reasoning_mtok", path));
    }

    private static Optional<Rate> rate(JsonValue.Obj o, String key, String path) throws CatalogFormatException {
        JsonValue v = o.get(key);
        String p = path + "." + key;
        if (v == null || v instanceof JsonValue.Null) return Optional.empty();
        if (v instanceof JsonValue.Num) return Optional.of(Rate.flat(JsonAccess.price(v, p)));
        JsonValue.Obj t = JsonAccess.obj(v, p);
        BigDecimal base = JsonAccess.price(t.get("base"), p + ".base");
        List<Rate.Step> steps = new ArrayList<>();
        List<JsonValue> tiers = JsonAccess.arr(t.get("tiers"), p + ".tiers");
        for (int i = 0; i < tiers.size(); i++) {
            JsonValue.Obj s = JsonAccess.obj(tiers.get(i), p + ".tiers[" + i + "]");
            BigDecimal start = JsonAccess.price(s.get("start"), p + ".tiers[" + i + "].start");
            steps.add(new Rate.Step(start.longValueExact(), JsonAccess.price(s.get("price"), p + ".tiers[" + i + "].price")));
        }
        return Optional.of(new Rate(base, steps));
    }

    private static Optional<ModelMatch> optMatch(JsonValue.Obj o, String key, String path) throws CatalogFormatException {
        return o.has(key) ? Optional.of(match(o.get(key), path + "." + key)) : Optional.empty();
    }

    static ModelMatch match(JsonValue v, String path) throws CatalogFormatException {
        JsonValue.Obj o = JsonAccess.obj(v, path);
        if (o.members().size() != 1) throw new CatalogFormatException(path + ": expected one match clause, got " + o.members().keySet());
        Map.Entry<String, JsonValue> c = o.members().entrySet().iterator().next();
        String p = path + "." + c.getKey();
        return switch (c.getKey()) {
            case "equals" -> new ModelMatch.Equals(JsonAccess.str(c.getValue(), p));
            case "starts_with" -> new ModelMatch.StartsWith(JsonAccess.str(c.getValue(), p));
            case "ends_with" -> new ModelMatch.EndsWith(JsonAccess.str(c.getValue(), p));
            case "contains" -> new ModelMatch.Contains(JsonAccess.str(c.getValue(), p));
            case "regex" -> regex(JsonAccess.str(c.getValue(), p), p);
            case "and" -> new ModelMatch.And(clauses(c.getValue(), p));
            case "or" -> new ModelMatch.Or(clauses(c.getValue(), p));
            default -> throw new CatalogFormatException(p + ": unknown match clause");
        };
    }

    private static ModelMatch regex(String text, String path) throws CatalogFormatException {
        try {
            return new ModelMatch.Regex(Pattern.compile(text));
        } catch (PatternSyntaxException e) {
            throw new CatalogFormatException(path + ": invalid regular expression: " + e.getDescription(), e);
        }
    }

    private static List<ModelMatch> clauses(JsonValue v, String path) throws CatalogFormatException {
        List<ModelMatch> out = new ArrayList<>();
        List<JsonValue> items = JsonAccess.arr(v, path);
        for (int i = 0; i < items.size(); i++) out.add(match(items.get(i), path + "[" + i + "]"));
        return out;
    }
}
