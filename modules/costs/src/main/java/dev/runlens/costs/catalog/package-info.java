/**
 * The dated price catalog: prices per million tokens (input, cached input, cache write, output,
 * reasoning; flat or tiered) with valid-from dates, per provider and model, in a currency, with a
 * capability tier.
 *
 * <p>Sources, in priority order ({@link dev.runlens.costs.catalog.PriceBook}): contract rates (used
 * when repricing at contract rate), imported catalogs, the bundled snapshot of the MIT genai-prices
 * data ({@link dev.runlens.costs.catalog.CatalogFiles#bundled()}; licence, version, retrieval date and
 * SHA-256 in the resource folder {@code genai-prices/}). Three file formats are read: genai-prices'
 * {@code data.json}, LiteLLM's {@code model_prices_and_context_window.json} and RunLens' own
 * {@code runlens-rates/1} (contract rates and tier rules). Model lookup follows genai-prices
 * (provider id or provider-match clause, model clauses, fallback providers, dashed dates), with
 * provider aliases ({@link dev.runlens.costs.catalog.Providers}) so a bundle's {@code azure-openai}
 * and LiteLLM's {@code azure} meet.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Unknown is not zero.</b> A model no source knows, a date before a model's first price, or a
 * token kind without a price gives no price and a reason, never 0 (the "silent $0" peers are blamed
 * for). genai-prices' own calculator takes its first row for dates before every row and 0 for
 * missing prices; RunLens does not.</li>
 * <li><b>Data, not code.</b> The snapshot is genai-prices' data converted by
 * {@code modules/costs/tools/genai-prices-snapshot.mjs}; its lookup rules are re-implemented from
 * their documented behaviour.</li>
 * </ul>
 */
package dev.runlens.costs.catalog;
