package dev.runlens.costs.catalog;

import dev.runlens.costs.Tier;
import dev.runlens.protocol.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RunLens' own price file ({@code "format": "runlens-rates/1"}): contract rates per million tokens
 * in any currency, dated, with an optional tier per model, and tier rules for models priced
 * elsewhere. Example:
 * <pre>{@code
 * {"format": "runlens-rates/1", "name": "Azure EA 2026", "currency": "EUR",
 *  "rates": [{"provider": "azure-openai", "model": "gpt-4.1-mini", "validFrom": "2026-06-01",
 *             "input": 0.372, "cachedInput": 0.093, "output": 1.488, "tier": "small"}],
 *  "tiers": [{"provider": "openai", "model": "o4-mini*", "tier": "standard"}]}
 * }</pre>
 * {@code model} is a name or a {@code prefix*}; {@code currency} on a rate overrides the file's;
 * {@code cacheWrite} and {@code reasoning} are optional like {@code cachedInput}.
 */
public record RatesFile(PriceCatalog catalog, List<TierRule> tiers) {
    public static final String FORMAT = "runlens-rates/1";

    public RatesFile {
        tiers = List.copyOf(tiers);
    }

    static boolean recognises(JsonValue root) {
        return root instanceof JsonValue.Obj o && o.get("format") instanceof JsonValue.Str s && s.value().equals(FORMAT);
    }

    public static RatesFile read(JsonValue root, Provenance provenance) throws CatalogFormatException {
        JsonValue.Obj o = JsonAccess.obj(root, "$");
        if (!recognises(o)) throw new CatalogFormatException("$.format: expected \"" + FORMAT + "\"");
        Optional<String> fileCurrency = JsonAccess.optStr(o, "currency", "$");
        record Key(String provider, String model, String currency) {}
        record Dated(Optional<LocalDate> from, Rates rates, Optional<Tier> tier) {}
        Map<Key, List<Dated>> grouped = new LinkedHashMap<>();
        List<JsonValue> rates = o.has("rates") ? JsonAccess.arr(o.get("rates"), "$.rates") : List.of();
        for (int i = 0; i < rates.size(); i++) {
            String p = "$.rates[" + i + "]";
            JsonValue.Obj r = JsonAccess.obj(rates.get(i), p);
            String currency = JsonAccess.optStr(r, "currency", p).or(() -> fileCurrency)
                    .orElseThrow(() -> new CatalogFormatException(p + ".currency: missing (and no file currency)")).strip().toUpperCase(java.util.Locale.ROOT);
            Optional<LocalDate> from = JsonAccess.optStr(r, "validFrom", p).isPresent()
                    ? Optional.of(JsonAccess.date(JsonAccess.needStr(r, "validFrom", p), p + ".validFrom")) : Optional.empty();
            Rates rt = new Rates(flat(r, "input", p), flat(r, "output", p), flat(r, "cachedInput", p), flat(r, "cacheWrite", p),
                    flat(r, "reasoning", p));
            if (rt.input().isEmpty() && rt.output().isEmpty()) throw new CatalogFormatException(p + ": a rate needs input or output");
            Key k = new Key(Providers.canonical(JsonAccess.needStr(r, "provider", p)), JsonAccess.needStr(r, "model", p), currency);
            grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(new Dated(from, rt, tier(r, p)));
        }
        Map<String, List<CatalogModel>> byProvider = new LinkedHashMap<>();
        grouped.forEach((k, list) -> {
            list.sort(Comparator.comparing((Dated d) -> d.from().orElse(LocalDate.MIN)));
            List<PriceRow> rows = list.stream().map(d -> new PriceRow(d.from(), Optional.empty(), d.rates())).toList();
            Optional<Tier> tier = list.stream().map(Dated::tier).flatMap(Optional::stream).reduce((a, b) -> b);
            byProvider.computeIfAbsent(k.provider(), x -> new ArrayList<>()).add(new CatalogModel(k.provider(), k.model(),
                    Optional.empty(), ModelMatch.pattern(k.model()), k.currency(), rows, tier));
        });
        List<CatalogProvider> providers = new ArrayList<>();
        byProvider.forEach((id, models) -> providers.add(new CatalogProvider(id, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), models)));
        List<TierRule> tiers = new ArrayList<>();
        List<JsonValue> rules = o.has("tiers") ? JsonAccess.arr(o.get("tiers"), "$.tiers") : List.of();
        for (int i = 0; i < rules.size(); i++) {
            String p = "$.tiers[" + i + "]";
            JsonValue.Obj r = JsonAccess.obj(rules.get(i), p);
            tiers.add(new TierRule(JsonAccess.optStr(r, "provider", p), JsonAccess.needStr(r, "model", p),
                    tier(r, p).orElseThrow(() -> new CatalogFormatException(p + ".tier: missing"))));
        }
        Provenance named = JsonAccess.optStr(o, "name", "$").map(n -> new Provenance(n, provenance.version(), provenance.retrieved(),
                provenance.licence(), provenance.source(), provenance.sha256())).orElse(provenance);
        return new RatesFile(new PriceCatalog(named, providers), tiers);
    }

    private static Optional<Rate> flat(JsonValue.Obj o, String key, String path) throws CatalogFormatException {
        Optional<BigDecimal> v = JsonAccess.optPrice(o, key, path);
        return v.map(Rate::flat);
    }

    private static Optional<Tier> tier(JsonValue.Obj o, String path) throws CatalogFormatException {
        Optional<String> t = JsonAccess.optStr(o, "tier", path);
        if (t.isEmpty()) return Optional.empty();
        return Optional.of(Tier.parse(t.get()).orElseThrow(() -> new CatalogFormatException(path
                + ".tier: expected small, standard or frontier, got \"" + t.get() + "\"")));
    }
}
