package dev.runlens.costs.catalog;

import dev.runlens.costs.Prices;
import dev.runlens.costs.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogFormatsTest {
    private static final Instant SEP = Instant.parse("2026-09-15T10:00:00Z");
    private static final Instant OCT = Instant.parse("2026-10-15T10:00:00Z");

    @Test
    void importsLiteLlmPerTokenPricesAsExactPerMillionPrices(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("model_prices_and_context_window.json");
        Files.writeString(f, """
                {"sample_spec": {"litellm_provider": "one of https://docs.litellm.ai/docs/providers", "mode": "one of chat"},
                 "gpt-4.1-mini": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 4e-07,
                   "output_cost_per_token": 1.6e-06, "cache_read_input_token_cost": 1e-07, "max_input_tokens": 1047576},
                 "azure/gpt-4.1-mini": {"litellm_provider": "azure", "mode": "chat", "input_cost_per_token": 4.4e-07,
                   "output_cost_per_token": 1.76e-06},
                 "gemini/gemini-2.5-pro": {"litellm_provider": "gemini", "mode": "chat", "input_cost_per_token": 1.25e-06,
                   "input_cost_per_token_above_200k_tokens": 2.5e-06, "output_cost_per_token": 1e-05,
                   "output_cost_per_token_above_200k_tokens": 1.5e-05},
                 "text-embedding-3-small": {"litellm_provider": "openai", "mode": "embedding", "input_cost_per_token": 2e-08}}
                """);
        CatalogFiles.Loaded l = CatalogFiles.read(f, Optional.of(LocalDate.parse("2026-10-01")));
        assertEquals("litellm", l.format());
        PriceBook book = new PriceBook(List.of(l.catalog()), List.of(), List.of());
        Rates mini = book.catalogPrice(Optional.of("openai"), "gpt-4.1-mini", OCT).quote().orElseThrow().row().rates();
        assertEquals(new BigDecimal("0.4"), mini.input().orElseThrow().base());
        assertEquals(new BigDecimal("1.6"), mini.output().orElseThrow().base());
        assertEquals(new BigDecimal("0.1"), mini.cachedInput().orElseThrow().base());
        assertEquals(new BigDecimal("0.44"), book.catalogPrice(Optional.of("azure-openai"), "gpt-4.1-mini", OCT)
                .quote().orElseThrow().row().rates().input().orElseThrow().base(), "azure/ keys answer to the bare name for Azure");
        Rate pro = book.catalogPrice(Optional.of("google"), "gemini-2.5-pro", OCT).quote().orElseThrow().row().rates().input().orElseThrow();
        assertEquals(new BigDecimal("2.5"), pro.at(200_001));
        assertTrue(book.catalogPrice(Optional.of("openai"), "text-embedding-3-small", OCT).quote().isEmpty(), "embeddings skipped");
        assertTrue(book.catalogPrice(Optional.of("openai"), "gpt-4.1-mini", SEP).quote().isEmpty(),
                "a LiteLLM snapshot taken on 2026-10-01 says nothing about September");
    }

    @Test
    void importsGenaiPricesDataFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("data.json");
        try (InputStream in = CatalogFiles.class.getResourceAsStream("genai-prices/data.json")) {
            Files.write(f, in.readAllBytes());
        }
        CatalogFiles.Loaded l = CatalogFiles.read(f, Optional.empty());
        assertEquals("genai-prices", l.format());
        assertEquals(CatalogFiles.bundled().modelCount(), l.catalog().modelCount());
        assertEquals(CatalogFiles.bundled().provenance().sha256(), l.catalog().provenance().sha256());
    }

    @Test
    void readsDatedContractRatesWithTheirCurrencyAndTier() {
        CatalogFiles.Loaded l = Prices.sampleRates();
        PriceBook book = new PriceBook(List.of(), List.of(l.catalog()), l.tiers());
        Quote sep = book.contractPrice(Optional.of("openai"), "gpt-4.1-mini-2025-04-14", SEP).quote().orElseThrow();
        Quote oct = book.contractPrice(Optional.of("openai"), "gpt-4.1-mini-2025-04-14", OCT).quote().orElseThrow();
        assertEquals(new BigDecimal("0.4"), sep.row().rates().input().orElseThrow().base());
        assertEquals(new BigDecimal("0.35"), oct.row().rates().input().orElseThrow().base());
        assertEquals("EUR", book.contractPrice(Optional.of("azure-openai"), "gpt-4.1-mini", SEP).quote().orElseThrow().model().currency());
        assertTrue(book.contractPrice(Optional.of("openai"), "gpt-4.1-mini-2025-04-14", Instant.parse("2026-05-31T23:59:59Z"))
                .quote().isEmpty(), "no rate before the first validFrom");
        assertEquals(Optional.of(Tier.SMALL), book.tier(Optional.of("openai"), "o4-mini-2025-04-16", OCT), "the file's tier");
    }

    @Test
    void namesTheFileAndPlaceOfABadPrice(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rates.json");
        Files.writeString(f, """
                {"format": "runlens-rates/1", "currency": "USD",
                 "rates": [{"provider": "openai", "model": "gpt-x", "input": 1},
                           {"provider": "openai", "model": "gpt-y", "input": -2, "output": 3}]}
                """);
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogFiles.read(f, Optional.empty()));
        assertTrue(e.getMessage().startsWith(f + ": $.rates[1].input: expected a finite non-negative number"), e.getMessage());
        Files.writeString(f, "{\"hello\": 1}");
        e = assertThrows(CatalogFormatException.class, () -> CatalogFiles.read(f, Optional.empty()));
        assertTrue(e.getMessage().contains("not a price file RunLens knows"), e.getMessage());
    }

    @Test
    void timeOfDayWindowsWrapPastMidnight() throws Exception {
        assertEquals(16 * 3600 + 30 * 60, GenaiPricesFormat.seconds("16:30:00Z", "$"));
        assertEquals(Math.floorMod(30 * 60 - 8 * 3600, 86_400), GenaiPricesFormat.seconds("00:30:00+08:00", "$"));
        PriceRow.TimeWindow w = new PriceRow.TimeWindow(16 * 3600 + 30 * 60, 30 * 60);
        assertTrue(w.contains(Instant.parse("2026-10-01T23:00:00Z")));
        assertTrue(w.contains(Instant.parse("2026-10-01T00:10:00Z")));
        assertTrue(!w.contains(Instant.parse("2026-10-01T12:00:00Z")));
    }

    @Test
    void spellsCompactDatesWithDashesForASecondLookup() {
        assertEquals("claude-3-5-haiku-2024-10-22", PriceCatalog.dashedDate("claude-3-5-haiku-20241022"));
        assertEquals("model-20241399", PriceCatalog.dashedDate("model-20241399"));
    }
}
