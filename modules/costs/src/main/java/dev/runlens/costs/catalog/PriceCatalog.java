package dev.runlens.costs.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One price source (the bundled genai-prices snapshot, an imported genai-prices or LiteLLM file,
 * a contract) and its provenance. Lookup follows genai-prices: the provider by id (after
 * {@link Providers#canonical}) or by its provider-match clause, then the first model whose clause
 * matches the lower-cased model name, then the provider's fallback providers, then the name with a
 * compact date suffix spelled with dashes ({@code -20250414} → {@code -2025-04-14}).
 */
public final class PriceCatalog {
    private static final Pattern COMPACT_DATE = Pattern.compile("-(20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=-|:|$)");

    private final Provenance provenance;
    private final List<CatalogProvider> providers;

    public PriceCatalog(Provenance provenance, List<CatalogProvider> providers) {
        this.provenance = provenance;
        this.providers = List.copyOf(providers);
    }

    public Provenance provenance() {
        return provenance;
    }

    public List<CatalogProvider> providers() {
        return providers;
    }

    public int modelCount() {
        return providers.stream().mapToInt(p -> p.models().size()).sum();
    }

    /** The catalog entry for a receipt's provider (may be empty) and model. */
    public Optional<CatalogModel> find(Optional<String> provider, String model) {
        String m = model.strip().toLowerCase(Locale.ROOT);
        Optional<CatalogProvider> p = provider.filter(s -> !s.isBlank()).map(this::provider)
                .orElseGet(() -> providers.stream().filter(x -> x.modelMatch().filter(mm -> mm.matches(m)).isPresent()).findFirst());
        if (p.isEmpty()) return Optional.empty();
        Optional<CatalogModel> found = model(p.get(), m, 0);
        if (found.isPresent()) return found;
        String dashed = dashedDate(m);
        return dashed.equals(m) ? Optional.empty() : model(p.get(), dashed, 0);
    }

    private Optional<CatalogProvider> provider(String name) {
        String id = Providers.canonical(name);
        String raw = name.strip().toLowerCase(Locale.ROOT);
        for (CatalogProvider p : providers) if (p.id().equals(id)) return Optional.of(p);
        for (CatalogProvider p : providers) {
            if (p.providerMatch().filter(x -> x.matches(raw) || x.matches(id)).isPresent()) return Optional.of(p);
        }
        return Optional.empty();
    }

    private Optional<CatalogModel> model(CatalogProvider p, String m, int depth) {
        for (CatalogModel cm : p.models()) if (cm.match().matches(m)) return Optional.of(cm);
        if (depth > 3) return Optional.empty();
        for (String f : p.fallbacks()) {
            Optional<CatalogModel> hit = providers.stream().filter(x -> x.id().equals(f)).findFirst().flatMap(x -> model(x, m, depth + 1));
            if (hit.isPresent()) return hit;
        }
        return Optional.empty();
    }

    static String dashedDate(String model) {
        Matcher mt = COMPACT_DATE.matcher(model);
        StringBuilder sb = new StringBuilder();
        while (mt.find()) {
            String y = mt.group(1);
            String mo = mt.group(2);
            String d = mt.group(3);
            boolean real;
            try {
                java.time.LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
                real = true;
            } catch (java.time.DateTimeException e) {
                real = false;
            }
            mt.appendReplacement(sb, Matcher.quoteReplacement(real ? "-" + y + "-" + mo + "-" + d : mt.group()));
        }
        mt.appendTail(sb);
        return sb.toString();
    }
}
