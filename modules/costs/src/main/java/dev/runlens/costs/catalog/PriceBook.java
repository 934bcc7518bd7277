package dev.runlens.costs.catalog;

import dev.runlens.costs.Tier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every price source in force, in priority order: contract rates (used only when repricing at
 * contract rate), then catalogs (imported files before the bundled snapshot), and the user's tier
 * rules. Lookups never invent a price: a model no source knows, or knows only from a later date,
 * is reported as such.
 */
public final class PriceBook {
    private final List<PriceCatalog> catalogs;
    private final List<PriceCatalog> contracts;
    private final List<TierRule> tierRules;

    public PriceBook(List<PriceCatalog> catalogs, List<PriceCatalog> contracts, List<TierRule> tierRules) {
        this.catalogs = List.copyOf(catalogs);
        this.contracts = List.copyOf(contracts);
        this.tierRules = List.copyOf(tierRules);
    }

    /** The bundled genai-prices snapshot alone. */
    public static PriceBook bundled() {
        return new PriceBook(List.of(CatalogFiles.bundled()), List.of(), List.of());
    }

    /** A book from price files: RunLens rates files with {@code contract} give contract rates, all give tier rules. */
    public static PriceBook of(List<CatalogFiles.Loaded> catalogFiles, List<CatalogFiles.Loaded> contractFiles, boolean withBundled) {
        List<PriceCatalog> cats = new ArrayList<>();
        List<TierRule> rules = new ArrayList<>();
        for (CatalogFiles.Loaded l : catalogFiles) {
            cats.add(l.catalog());
            rules.addAll(l.tiers());
        }
        if (withBundled) cats.add(CatalogFiles.bundled());
        List<PriceCatalog> contracts = new ArrayList<>();
        for (CatalogFiles.Loaded l : contractFiles) {
            contracts.add(l.catalog());
            rules.addAll(l.tiers());
        }
        return new PriceBook(cats, contracts, rules);
    }

    public List<PriceCatalog> catalogs() {
        return catalogs;
    }

    public List<PriceCatalog> contracts() {
        return contracts;
    }

    public boolean hasContracts() {
        return !contracts.isEmpty();
    }

    /** The catalog price in force at {@code at}. */
    public Lookup catalogPrice(Optional<String> provider, String model, Instant at) {
        return lookup(catalogs, false, provider, model, at);
    }

    /** The contract rate in force at {@code at}. */
    public Lookup contractPrice(Optional<String> provider, String model, Instant at) {
        return lookup(contracts, true, provider, model, at);
    }

    private static Lookup lookup(List<PriceCatalog> sources, boolean contract, Optional<String> provider, String model, Instant at) {
        String known = null;
        for (PriceCatalog c : sources) {
            Optional<CatalogModel> m = c.find(provider, model);
            if (m.isEmpty()) continue;
            Optional<PriceRow> row = m.get().rowAt(at);
            if (row.isPresent()) return Lookup.found(new Quote(m.get(), row.get(), c.provenance(), contract));
            if (known == null) known = c.provenance().label() + " has " + m.get().id() + " only from "
                    + m.get().rows().get(0).validFrom().map(Object::toString).orElse("another time of day");
        }
        String what = provider.map(p -> p + "/").orElse("") + model;
        if (known != null) return Lookup.none("no price for " + what + " on " + at.toString().substring(0, 10) + ": " + known);
        return Lookup.none((contract ? "no contract rate" : "no catalog price") + " for " + what);
    }

    /**
     * The model's capability tier: the user's tier rules first, then a tier a contract or catalog
     * entry gives, then {@link Tiers#byName}, then {@link Tiers#byOutputPrice} at {@code asOf}.
     */
    public Optional<Tier> tier(Optional<String> provider, String model, Instant asOf) {
        for (TierRule r : tierRules) if (r.matches(provider, model)) return Optional.of(r.tier());
        for (List<PriceCatalog> layer : List.of(contracts, catalogs)) {
            for (PriceCatalog c : layer) {
                Optional<Tier> t = c.find(provider, model).flatMap(CatalogModel::tier);
                if (t.isPresent()) return t;
            }
        }
        Optional<Tier> byName = Tiers.byName(model);
        if (byName.isPresent()) return byName;
        return catalogPrice(provider, model, asOf).quote()
                .filter(q -> q.model().currency().equals("USD"))
                .flatMap(q -> q.row().rates().output())
                .flatMap(r -> Tiers.byOutputPrice(r.base()));
    }
}
