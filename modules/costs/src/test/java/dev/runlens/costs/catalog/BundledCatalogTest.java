package dev.runlens.costs.catalog;

import dev.runlens.costs.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledCatalogTest {
    private static final PriceBook BOOK = PriceBook.bundled();
    private static final Instant OCT = Instant.parse("2026-10-08T12:00:00Z");

    @Test
    void snapshotCarriesItsProvenanceAndLicence() throws IOException {
        PriceCatalog c = CatalogFiles.bundled();
        Properties p = new Properties();
        try (InputStream in = CatalogFiles.class.getResourceAsStream("genai-prices/snapshot.properties")) {
            p.load(in);
        }
        assertEquals("@pydantic/genai-prices", c.provenance().dataset());
        assertEquals(Optional.of("MIT"), c.provenance().licence());
        assertEquals(p.getProperty("sha256"), c.provenance().sha256(), "the data is the snapshot the properties describe");
        assertEquals(Integer.parseInt(p.getProperty("models")), c.modelCount());
        try (InputStream licence = CatalogFiles.class.getResourceAsStream("genai-prices/LICENSE")) {
            assertTrue(new String(licence.readAllBytes()).contains("Pydantic Services Inc."));
        }
    }

    @Test
    void provenanceAndLicenceAreReadWithoutThePrices() {
        assertEquals(CatalogFiles.bundled().provenance(), CatalogFiles.bundledProvenance());
        assertTrue(CatalogFiles.bundledLicence().startsWith("The MIT License"), CatalogFiles.bundledLicence());
        assertTrue(CatalogFiles.bundledLicence().contains("Copyright (c) Pydantic Services Inc."));
    }

    @ParameterizedTest(name = "{0}/{1} is {2}")
    @CsvSource(textBlock = """
            openai,       gpt-4.1-mini-2025-04-14,    gpt-4.1-mini
            openai,       o4-mini-2025-04-16,         o4-mini
            anthropic,    claude-haiku-4-5-20251001,  claude-haiku-4-5
            anthropic,    claude-sonnet-4-5-20250929, claude-sonnet-4-5
            google,       gemini-2.5-pro,             gemini-2.5-pro
            mistral,      mistral-large-2411,         mistral-large
            azure-openai, gpt-4.1-mini,               gpt-4.1-mini
            """)
    void findsTheSampleModelsAsGenaiPricesMatchesThem(String provider, String model, String catalogId) {
        Quote q = BOOK.catalogPrice(Optional.of(provider), model, OCT).quote().orElseThrow();
        assertEquals(catalogId, q.model().id());
        assertEquals("USD", q.model().currency());
        assertTrue(q.row().rates().input().isPresent() && q.row().rates().output().isPresent());
    }

    @Test
    void azureFallsBackToOpenAiModelsAsGenaiPricesDoes() {
        Quote q = BOOK.catalogPrice(Optional.of("azure-openai"), "gpt-4.1-mini", OCT).quote().orElseThrow();
        assertEquals("openai", q.model().provider());
    }

    @Test
    void aModelTheSnapshotLacksIsReportedNotPricedAtZero() {
        Lookup l = BOOK.catalogPrice(Optional.of("mistral"), "mistral-small-2503", OCT);
        assertTrue(l.quote().isEmpty());
        assertTrue(l.whyNone().contains("mistral/mistral-small-2503"), l.whyNone());
    }

    @Test
    void tieredPricesSwitchAboveTheirThreshold() {
        Rate input = BOOK.catalogPrice(Optional.of("google"), "gemini-2.5-pro", OCT).quote().orElseThrow().row().rates().input().orElseThrow();
        assertFalse(input.tiers().isEmpty());
        long start = input.tiers().get(0).start();
        assertEquals(input.base(), input.at(start));
        assertEquals(input.tiers().get(0).price(), input.at(start + 1));
        assertTrue(input.at(start + 1).compareTo(input.base()) > 0);
    }

    @Test
    void datedRowsApplyFromTheirStartDate() {
        PriceCatalog c = CatalogFiles.bundled();
        CatalogModel dated = c.providers().stream().flatMap(p -> p.models().stream())
                .filter(m -> m.rows().size() > 1 && m.rows().get(1).validFrom().isPresent()).findFirst().orElseThrow();
        var from = dated.rows().get(1).validFrom().orElseThrow();
        Instant before = from.minusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        Instant on = from.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        assertEquals(dated.rows().get(0), dated.rowAt(before).orElseThrow());
        assertEquals(dated.rows().get(1), dated.rowAt(on).orElseThrow());
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(textBlock = """
            openai,       gpt-4.1-2025-04-14,         FRONTIER
            openai,       gpt-4.1-mini-2025-04-14,    SMALL
            openai,       o4-mini-2025-04-16,         SMALL
            openai,       o3-2025-04-16,              FRONTIER
            anthropic,    claude-sonnet-4-5-20250929, FRONTIER
            anthropic,    claude-haiku-4-5-20251001,  SMALL
            google,       gemini-2.5-pro,             FRONTIER
            google,       gemini-2.5-flash,           SMALL
            mistral,      mistral-large-2411,         FRONTIER
            mistral,      mistral-small-2503,         SMALL
            deepseek,     deepseek-chat,              STANDARD
            """)
    void tiersModelsByNameThenByPrice(String provider, String model, Tier expected) {
        assertEquals(Optional.of(expected), BOOK.tier(Optional.of(provider), model, OCT));
    }

    @Test
    void tierRulesOverrideTheDefaults() {
        PriceBook book = new PriceBook(BOOK.catalogs(), java.util.List.of(),
                java.util.List.of(new TierRule(Optional.of("openai"), "o4-mini*", Tier.STANDARD)));
        assertEquals(Optional.of(Tier.STANDARD), book.tier(Optional.of("openai"), "o4-mini-2025-04-16", OCT));
        assertEquals(Optional.of(Tier.SMALL), book.tier(Optional.of("azure-openai"), "o4-mini", OCT), "another provider");
    }

    @Test
    void exactDecimalsFromTheData() {
        Quote q = BOOK.catalogPrice(Optional.of("openai"), "gpt-4.1-mini-2025-04-14", OCT).quote().orElseThrow();
        assertEquals(0, new BigDecimal("0.4").compareTo(q.row().rates().input().orElseThrow().base()));
    }
}
