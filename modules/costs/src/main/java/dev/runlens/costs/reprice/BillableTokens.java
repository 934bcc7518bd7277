package dev.runlens.costs.reprice;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A response's tokens split so each is billed exactly once: uncached input, cached input (cache
 * reads), cache writes, visible output and reasoning output. {@code promptTokens} (all input) picks
 * tiered prices.
 *
 * <p>How counts are read. The protocol's {@code usage} follows the OpenAI / OpenTelemetry convention,
 * which the reference runtime's hosts normalise to: {@code inputTokens} <em>includes</em>
 * {@code cachedInputTokens}, and {@code outputTokens} <em>includes</em> {@code reasoningTokens}. So
 * uncached input = input − cached and visible output = output − reasoning. Two provider conventions
 * differ, and a host that copies raw counts would be billed twice if read naively:
 * <ul>
 * <li>Anthropic's {@code input_tokens} <em>excludes</em> cache reads and writes. When the response
 * payload's {@code usage.input_tokens} equals {@code inputTokens} while the payload reports cache
 * tokens, the counts are raw Anthropic ones: cached and cache-write tokens are added to, not taken
 * from, the input. In the normal (normalised) case the payload's {@code cache_creation_input_tokens}
 * are moved from uncached input to cache writes, which Anthropic bills at its own price.</li>
 * <li>Gemini's {@code candidatesTokenCount} <em>excludes</em> {@code thoughtsTokenCount}. When
 * {@code outputTokens} equals the payload's candidates count and {@code reasoningTokens} its
 * thoughts count, reasoning is added to, not taken from, the output.</li>
 * </ul>
 * Counts that contradict the convention (more cached than input, more reasoning than output) are
 * clamped so nothing is counted twice, and noted.
 */
public record BillableTokens(long uncachedInput, long cachedInput, long cacheWrite, long output, long reasoning,
                             long promptTokens, List<String> notes) {
    public BillableTokens {
        notes = List.copyOf(notes);
    }

    public long total() {
        return uncachedInput + cachedInput + cacheWrite + output + reasoning;
    }

    public static BillableTokens of(Usage u, Optional<JsonValue> responsePayload) {
        List<String> notes = new ArrayList<>();
        long input = u.inputTokens().orElse(0);
        long cached = u.cachedInputTokens().orElse(0);
        long output = u.outputTokens().orElse(0);
        long reasoning = u.reasoningTokens().orElse(0);
        JsonValue payload = responsePayload.orElse(JsonValue.Null.INSTANCE);

        long uncached;
        long write = 0;
        Optional<JsonValue> anthropic = member(payload, "usage").filter(x -> member(x, "cache_read_input_tokens").isPresent()
                || member(x, "cache_creation_input_tokens").isPresent());
        long rawInput = anthropic.flatMap(x -> count(x, "input_tokens")).orElse(-1L);
        long rawRead = anthropic.flatMap(x -> count(x, "cache_read_input_tokens")).orElse(0L);
        long rawWrite = anthropic.flatMap(x -> count(x, "cache_creation_input_tokens")).orElse(0L);
        if (anthropic.isPresent() && rawInput == input && rawRead + rawWrite > 0) {
            uncached = input;
            cached = Math.max(cached, rawRead);
            write = rawWrite;
            notes.add("inputTokens excludes cache tokens (Anthropic's convention, as the payload shows): cache reads and writes billed on top");
        } else {
            if (cached > input) {
                notes.add("cachedInputTokens " + cached + " exceeds inputTokens " + input + ": billed as " + input + " cached tokens");
                cached = input;
            }
            uncached = input - cached;
            if (rawWrite > 0 && rawInput >= 0) {
                write = Math.min(rawWrite, uncached);
                uncached -= write;
            }
        }

        long visible;
        Optional<JsonValue> gemini = member(payload, "usageMetadata");
        long candidates = gemini.flatMap(x -> count(x, "candidatesTokenCount")).orElse(-1L);
        long thoughts = gemini.flatMap(x -> count(x, "thoughtsTokenCount")).orElse(-1L);
        if (reasoning > 0 && candidates == output && thoughts == reasoning) {
            visible = output;
            notes.add("outputTokens excludes reasoning tokens (Gemini's convention, as the payload shows): reasoning billed on top");
        } else {
            if (reasoning > output) {
                notes.add("reasoningTokens " + reasoning + " exceeds outputTokens " + output + ": billed as " + output + " reasoning tokens");
                reasoning = output;
            }
            visible = output - reasoning;
        }
        return new BillableTokens(uncached, cached, write, visible, reasoning, uncached + cached + write, notes);
    }

    private static Optional<JsonValue> member(JsonValue v, String key) {
        return v instanceof JsonValue.Obj o ? Optional.ofNullable(o.get(key)) : Optional.empty();
    }

    private static Optional<Long> count(JsonValue v, String key) {
        return member(v, key).filter(x -> x instanceof JsonValue.Num n && n.isSafeInteger() && n.value() >= 0)
                .map(x -> (long) ((JsonValue.Num) x).value());
    }

    /** The response payload of a model call, if it has one. */
    static Optional<JsonValue> payload(Optional<ModelIo> response) {
        return response.flatMap(ModelIo::payload);
    }
}
