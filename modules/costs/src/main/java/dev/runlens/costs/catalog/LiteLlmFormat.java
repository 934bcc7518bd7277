package dev.runlens.costs.catalog;

import dev.runlens.protocol.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads LiteLLM's {@code model_prices_and_context_window.json}: one object per model key, prices in
 * USD per token ({@code input_cost_per_token}, {@code output_cost_per_token},
 * {@code cache_read_input_token_cost}, {@code cache_creation_input_token_cost},
 * {@code output_cost_per_reasoning_token}, and {@code ..._above_NNNk_tokens} tiers), converted to
 * per million tokens exactly. LiteLLM has no price dates: every price is taken as valid from
 * {@code validFrom} (the day the file was taken, when the caller knows it) on. Keys spelled
 * {@code provider/model} also answer to the bare model name; non-text modes (embedding, image,
 * audio, moderation, rerank, search) and {@code sample_spec} are skipped.
 */
public final class LiteLlmFormat {
    private static final Set<String> TEXT_MODES = Set.of("chat", "completion", "responses");
    private static final Pattern ABOVE = Pattern.compile("(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost"
            + "|cache_creation_input_token_cost|output_cost_per_reasoning_token)_above_(\\d+)k_tokens");

    private LiteLlmFormat() {}

    static boolean recognises(JsonValue root) {
        if (!(root instanceof JsonValue.Obj o)) return false;
        return o.members().values().stream().anyMatch(v -> v instanceof JsonValue.Obj m && m.has("litellm_provider"));
    }

    public static PriceCatalog read(JsonValue root, Provenance provenance, Optional<LocalDate> validFrom) throws CatalogFormatException {
        JsonValue.Obj all = JsonAccess.obj(root, "$");
        Map<String, List<CatalogModel>> byProvider = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : all.members().entrySet()) {
            String path = "$['" + e.getKey() + "']";
            if (e.getKey().equals("sample_spec") || !(e.getValue() instanceof JsonValue.Obj spec)) continue;
            Optional<String> mode = JsonAccess.optStr(spec, "mode", path);
            if (mode.isPresent() && !TEXT_MODES.contains(mode.get())) continue;
            String provider = Providers.canonical(JsonAccess.optStr(spec, "litellm_provider", path).orElse("unknown"));
            Rates rates = rates(spec, path);
            if (rates.isEmpty()) continue;
            String key = e.getKey();
            int slash = key.lastIndexOf('/');
            ModelMatch match = slash < 0 ? new ModelMatch.Equals(key)
                    : new ModelMatch.Or(List.of(new ModelMatch.Equals(key), new ModelMatch.Equals(key.substring(slash + 1))));
            byProvider.computeIfAbsent(provider, k -> new ArrayList<>()).add(new CatalogModel(provider, key, Optional.empty(), match,
                    "USD", List.of(new PriceRow(validFrom, Optional.empty(), rates)), Optional.empty()));
        }
        List<CatalogProvider> providers = new ArrayList<>();
        byProvider.forEach((id, models) -> providers.add(new CatalogProvider(id, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), models)));
        return new PriceCatalog(provenance, providers);
    }

    private static Rates rates(JsonValue.Obj spec, String path) throws CatalogFormatException {
        return new Rates(rate(spec, "input_cost_per_token", path), rate(spec, "output_cost_per_token", path),
                rate(spec, "cache_read_input_token_cost", path), rate(spec, "cache_creation_input_token_cost", path),
                rate(spec, "output_cost_per_reasoning_token", path));
    }

    private static Optional<Rate> rate(JsonValue.Obj spec, String key, String path) throws CatalogFormatException {
        Optional<BigDecimal> base = JsonAccess.optPrice(spec, key, path).map(LiteLlmFormat::perMillion);
        if (base.isEmpty()) return Optional.empty();
        List<Rate.Step> steps = new ArrayList<>();
        for (Map.Entry<String, JsonValue> e : spec.members().entrySet()) {
            Matcher m = ABOVE.matcher(e.getKey());
            if (m.matches() && m.group(1).equals(key)) {
                steps.add(new Rate.Step(Long.parseLong(m.group(2)) * 1000, perMillion(JsonAccess.price(e.getValue(), path + "." + e.getKey()))));
            }
        }
        return Optional.of(new Rate(base.get(), steps));
    }

    private static BigDecimal perMillion(BigDecimal perToken) {
        BigDecimal v = perToken.movePointRight(6);
        return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    }
}
