package dev.runlens.costs.catalog;

import dev.runlens.protocol.integrity.Sha256;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;

/**
 * Price files: the bundled genai-prices snapshot, and user files in any of the three formats,
 * recognised by shape (genai-prices: an array of providers; LiteLLM: model objects with
 * {@code litellm_provider}; RunLens: {@code "format": "runlens-rates/1"}).
 */
public final class CatalogFiles {
    private static final String SNAPSHOT = "genai-prices/";

    private CatalogFiles() {}

    /**
     * The price snapshot shipped with RunLens: genai-prices data (MIT, Pydantic Services Inc.), as
     * {@code snapshot.properties} in the resource folder describes it.
     */
    public static PriceCatalog bundled() {
        try {
            byte[] bytes = resource("data.json");
            return GenaiPricesFormat.read(JsonReader.hardened().read(bytes).value(), provenance(bytes));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the bundled price snapshot cannot be read: " + e.getMessage(), e);
        }
    }

    /** Where the bundled snapshot comes from (dataset, version, retrieval date, licence, source), without reading its prices. */
    public static Provenance bundledProvenance() {
        return provenance(resource("data.json"));
    }

    /** The licence text the bundled snapshot is distributed under (genai-prices' MIT licence, with its copyright line). */
    public static String bundledLicence() {
        return new String(resource("LICENSE"), StandardCharsets.UTF_8);
    }

    private static Provenance provenance(byte[] data) {
        Properties p = new Properties();
        try (InputStream in = new ByteArrayInputStream(resource("snapshot.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Provenance(p.getProperty("dataset"), Optional.ofNullable(p.getProperty("version")),
                Optional.ofNullable(p.getProperty("retrieved")), Optional.ofNullable(p.getProperty("licence")),
                Optional.ofNullable(p.getProperty("source")), Sha256.hex(data));
    }

    private static byte[] resource(String name) {
        try (InputStream in = CatalogFiles.class.getResourceAsStream(SNAPSHOT + name)) {
            if (in == null) throw new IllegalStateException("the bundled price snapshot is missing " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a price file holds: a catalog, and tier rules when it is a RunLens rates file. */
    public record Loaded(PriceCatalog catalog, java.util.List<TierRule> tiers, String format) {}

    /**
     * Reads a price file of any supported format.
     *
     * @param validFrom for LiteLLM files, which carry no dates: the day the prices apply from
     * @throws CatalogFormatException naming the file and the place when it cannot be read
     */
    public static Loaded read(Path file, Optional<LocalDate> validFrom) throws CatalogFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        JsonValue root;
        try {
            root = JsonReader.hardened().read(bytes).value();
        } catch (Exception e) {
            throw new CatalogFormatException(file + ": not JSON: " + e.getMessage(), e);
        }
        Provenance prov = new Provenance(file.getFileName().toString(), Optional.empty(),
                validFrom.map(LocalDate::toString), Optional.empty(), Optional.of(file.toString()), Sha256.hex(bytes));
        try {
            if (RatesFile.recognises(root)) {
                RatesFile r = RatesFile.read(root, prov);
                return new Loaded(r.catalog(), r.tiers(), RatesFile.FORMAT);
            }
            if (GenaiPricesFormat.recognises(root)) return new Loaded(GenaiPricesFormat.read(root, prov), java.util.List.of(), "genai-prices");
            if (LiteLlmFormat.recognises(root)) return new Loaded(LiteLlmFormat.read(root, prov, validFrom), java.util.List.of(), "litellm");
        } catch (CatalogFormatException e) {
            throw new CatalogFormatException(file + ": " + e.getMessage(), e);
        }
        throw new CatalogFormatException(file + ": not a price file RunLens knows (genai-prices data.json, LiteLLM "
                + "model_prices_and_context_window.json, or {\"format\": \"" + RatesFile.FORMAT + "\"})");
    }
}
