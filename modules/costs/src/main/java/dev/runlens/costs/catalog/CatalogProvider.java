package dev.runlens.costs.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A provider of a catalog: its id, the provider names it also answers to, the model names it
 * claims when a receipt names no provider, and providers whose models it falls back to
 * (genai-prices' Azure falls back to OpenAI's models, for instance).
 */
public record CatalogProvider(String id, Optional<String> name, Optional<ModelMatch> providerMatch,
                              Optional<ModelMatch> modelMatch, List<String> fallbacks, List<CatalogModel> models) {
    public CatalogProvider {
        fallbacks = List.copyOf(fallbacks);
        models = List.copyOf(models);
    }
}
