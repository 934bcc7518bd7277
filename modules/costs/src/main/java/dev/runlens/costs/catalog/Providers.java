package dev.runlens.costs.catalog;

import java.util.Locale;
import java.util.Map;

/**
 * One spelling per provider, so a receipt's {@code provider}, a LiteLLM {@code litellm_provider} and
 * a genai-prices provider id meet: {@code azure-openai} and LiteLLM's {@code azure} are genai-prices'
 * {@code azure}; {@code gemini}/{@code vertex_ai} are {@code google}; {@code bedrock} is {@code aws}.
 * Other names are only trimmed and lower-cased.
 */
public final class Providers {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("azure-openai", "azure"), Map.entry("azure_openai", "azure"), Map.entry("azure_ai", "azure"),
            Map.entry("gemini", "google"), Map.entry("vertex", "google"), Map.entry("vertex_ai", "google"),
            Map.entry("vertex_ai-language-models", "google"), Map.entry("google-vertex", "google"),
            Map.entry("google_genai", "google"), Map.entry("mistralai", "mistral"), Map.entry("bedrock", "aws"),
            Map.entry("bedrock_converse", "aws"), Map.entry("amazon", "aws"), Map.entry("xai", "x-ai"),
            Map.entry("together_ai", "together"), Map.entry("together-ai", "together"),
            Map.entry("fireworks_ai", "fireworks"), Map.entry("moonshot", "moonshotai"));

    private Providers() {}

    public static String canonical(String provider) {
        String p = provider.strip().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(p, p);
    }
}
