package dev.runlens.audit;

import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.Usage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Model call receipts: token counts that contradict each other, responses with tokens but no (or
 * zero) cost, several currencies in one run. Retries are counted by {@link RetryCount}.
 * Conventions (every provider in the corpus follows them): {@code totalTokens = inputTokens +
 * outputTokens}, cached tokens are part of the input, reasoning tokens part of the output.
 */
final class ReceiptChecks implements Check {

    @Override
    public void run(AuditContext ctx, Findings out) {
        RunBundle b = ctx.bundle();
        Map<String, ModelIo> currencies = new LinkedHashMap<>();
        for (TraceEvent e : b.trace()) {
            if (!(e instanceof ModelIo m)) continue;
            m.usage().ifPresent(u -> usage(m, u, out));
            if (m.direction() != ModelDirection.RESPONSE) continue;
            long tokens = tokens(m);
            JsonPath at = At.event(e.index());
            if (m.cost().isEmpty() && tokens > 0) {
                out.add(FindingCatalog.RESPONSE_WITHOUT_COST, "response of " + model(m) + " reports " + tokens
                        + " tokens but no cost", at, Target.event(e));
            }
            m.cost().ifPresent(c -> {
                if (c.amount() == 0 && tokens > 0) {
                    out.add(FindingCatalog.ZERO_COST_WITH_TOKENS, "response of " + model(m) + " reports " + tokens
                            + " tokens at cost 0 " + c.currency(), at.key("cost").key("amount"), Target.event(e));
                }
                currencies.putIfAbsent(c.currency().strip().toUpperCase(Locale.ROOT), m);
            });
        }
        if (currencies.size() > 1) {
            ModelIo second = currencies.values().stream().skip(1).findFirst().orElseThrow();
            out.add(FindingCatalog.MIXED_CURRENCIES, "costs in " + String.join(", ", currencies.keySet())
                    + " (first " + second.cost().orElseThrow().currency() + " cost here)",
                    At.event(second.index()).key("cost").key("currency"), Target.event(second));
        }
        RetryCount.report(b, ctx.options().retryThreshold(), out);
    }

    private static void usage(ModelIo m, Usage u, Findings out) {
        JsonPath at = At.event(m.index()).key("usage");
        if (all(u.totalTokens(), u.inputTokens(), u.outputTokens())
                && u.totalTokens().getAsLong() != u.inputTokens().getAsLong() + u.outputTokens().getAsLong()) {
            out.add(FindingCatalog.USAGE_TOTAL_MISMATCH, "totalTokens " + u.totalTokens().getAsLong() + " ≠ inputTokens "
                    + u.inputTokens().getAsLong() + " + outputTokens " + u.outputTokens().getAsLong(), at.key("totalTokens"), Target.event(m));
        }
        if (all(u.cachedInputTokens(), u.inputTokens()) && u.cachedInputTokens().getAsLong() > u.inputTokens().getAsLong()) {
            out.add(FindingCatalog.CACHED_TOKENS_EXCEED_INPUT, "cachedInputTokens " + u.cachedInputTokens().getAsLong()
                    + " > inputTokens " + u.inputTokens().getAsLong(), at.key("cachedInputTokens"), Target.event(m));
        }
        if (all(u.reasoningTokens(), u.outputTokens()) && u.reasoningTokens().getAsLong() > u.outputTokens().getAsLong()) {
            out.add(FindingCatalog.REASONING_TOKENS_EXCEED_OUTPUT, "reasoningTokens " + u.reasoningTokens().getAsLong()
                    + " > outputTokens " + u.outputTokens().getAsLong(), at.key("reasoningTokens"), Target.event(m));
        }
    }

    private static boolean all(OptionalLong... values) {
        for (OptionalLong v : values) if (v.isEmpty()) return false;
        return true;
    }

    /** Tokens a response reports: the total when given, else input + output. */
    private static long tokens(ModelIo m) {
        if (m.usage().isEmpty()) return 0;
        Usage u = m.usage().get();
        if (u.totalTokens().isPresent()) return u.totalTokens().getAsLong();
        return u.inputTokens().orElse(0) + u.outputTokens().orElse(0);
    }

    private static String model(ModelIo m) {
        return m.provider().orElse("?") + "/" + m.model().orElse("?");
    }
}
