// Illustrative, dated price table (USD or EUR per 1M tokens). The numbers are
// made up for sample data only: they are NOT quotes from any provider.
// `from` is the first day (UTC) a price row applies; the latest row whose
// `from` is <= the call date wins.
export const PRICE_TABLE = {
  // provider "openai": raw float amounts (no rounding)
  "gpt-4.1-2025-04-14": {
    provider: "openai", tier: "frontier", currency: "USD", rounding: null,
    rows: [{ from: "2026-06-01", input: 2.0, cachedInput: 0.5, output: 8.0 }],
  },
  "gpt-4.1-mini-2025-04-14": {
    provider: "openai", tier: "small", currency: "USD", rounding: null,
    rows: [
      { from: "2026-06-01", input: 0.4, cachedInput: 0.1, output: 1.6 },
      { from: "2026-10-01", input: 0.35, cachedInput: 0.0875, output: 1.4 },
    ],
  },
  "o4-mini-2025-04-16": {
    provider: "openai", tier: "reasoning-small", currency: "USD", rounding: null,
    rows: [{ from: "2026-06-01", input: 1.1, cachedInput: 0.275, output: 4.4 }],
  },
  // provider "anthropic": amounts rounded to 6 decimals
  "claude-sonnet-4-5-20250929": {
    provider: "anthropic", tier: "frontier", currency: "USD", rounding: 6,
    rows: [{ from: "2026-06-01", input: 3.0, cachedInput: 0.3, output: 15.0 }],
  },
  "claude-haiku-4-5-20251001": {
    provider: "anthropic", tier: "small", currency: "USD", rounding: 6,
    rows: [{ from: "2026-06-01", input: 1.0, cachedInput: 0.1, output: 5.0 }],
  },
  // provider "google": amounts rounded to 8 decimals
  "gemini-2.5-pro": {
    provider: "google", tier: "frontier", currency: "USD", rounding: 8,
    rows: [{ from: "2026-06-01", input: 1.25, cachedInput: 0.3125, output: 10.0 }],
  },
  "gemini-2.5-flash": {
    provider: "google", tier: "small", currency: "USD", rounding: 8,
    rows: [{ from: "2026-06-01", input: 0.3, cachedInput: 0.075, output: 2.5 }],
  },
  // provider "azure-openai": EUR, rounded to 6 decimals
  "gpt-4.1": {
    provider: "azure-openai", tier: "frontier", currency: "EUR", rounding: 6, deployment: "gpt41-weu-prod",
    rows: [{ from: "2026-06-01", input: 1.86, cachedInput: 0.465, output: 7.44 }],
  },
  "gpt-4.1-mini": {
    provider: "azure-openai", tier: "small", currency: "EUR", rounding: 6, deployment: "gpt41mini-weu-prod",
    rows: [{ from: "2026-06-01", input: 0.372, cachedInput: 0.093, output: 1.488 }],
  },
  // provider "mistral": EUR, rounded to 5 decimals
  "mistral-large-2411": {
    provider: "mistral", tier: "frontier", currency: "EUR", rounding: 5,
    rows: [{ from: "2026-06-01", input: 1.8, cachedInput: 1.8, output: 5.4 }],
  },
  "mistral-small-2503": {
    provider: "mistral", tier: "small", currency: "EUR", rounding: 5,
    rows: [{ from: "2026-06-01", input: 0.09, cachedInput: 0.09, output: 0.27 }],
  },
};

export function modelInfo(model) {
  const info = PRICE_TABLE[model];
  if (!info) throw new Error(`unknown model ${model}`);
  return info;
}

export function priceFor(model, isoDate) {
  const info = modelInfo(model);
  const day = isoDate.slice(0, 10);
  let row = null;
  for (const r of info.rows) if (r.from <= day) row = r;
  if (!row) throw new Error(`no price for ${model} on ${day}`);
  return row;
}

/** Cost of one call. Output tokens include reasoning tokens (billed as output). */
export function costFor(model, isoDate, usage) {
  const info = modelInfo(model);
  const p = priceFor(model, isoDate);
  const cached = usage.cachedInputTokens ?? 0;
  const uncached = usage.inputTokens - cached;
  let amount = (uncached * p.input) / 1e6 + (cached * p.cachedInput) / 1e6 + (usage.outputTokens * p.output) / 1e6;
  if (info.rounding !== null) amount = Number(amount.toFixed(info.rounding));
  return { amount, currency: info.currency };
}

/** Rough token estimate: ~3.7 UTF-8 bytes per token for prose/JSON. */
export function estimateTokens(text) {
  const bytes = Buffer.byteLength(text, "utf8");
  return Math.max(1, Math.ceil(bytes / 3.7));
}
