package dev.runlens.costs.reprice;

import dev.runlens.costs.Bundles;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.Usage;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cached and reasoning tokens billed once, whichever provider convention the counts follow. */
class BillableTokensTest {

    private static ModelIo response(String file, String provider, boolean withCache, boolean withReasoning) {
        return Bundles.sample(file).events(ModelIo.class).stream()
                .filter(m -> m.direction() == ModelDirection.RESPONSE && m.provider().orElse("").equals(provider))
                .filter(m -> !withCache || m.usage().orElseThrow().cachedInputTokens().orElse(0) > 0)
                .filter(m -> !withReasoning || m.usage().orElseThrow().reasoningTokens().orElse(0) > 0)
                .findFirst().orElseThrow();
    }

    @Test
    void normalisedAnthropicCountsIncludeCacheReadsSoTheyAreTakenFromInput() {
        ModelIo m = response("2026-09-22-contract-review-pending-checkpoint.json", "anthropic", true, false);
        Usage u = m.usage().orElseThrow();
        BillableTokens t = BillableTokens.of(u, m.payload());
        assertEquals(u.inputTokens().getAsLong() - u.cachedInputTokens().getAsLong(), t.uncachedInput());
        assertEquals(u.cachedInputTokens().getAsLong(), t.cachedInput());
        assertEquals(u.inputTokens().getAsLong(), t.promptTokens());
        assertTrue(t.notes().isEmpty());
    }

    @Test
    void rawAnthropicCountsExcludeCacheReadsSoTheyAreAddedNotSubtracted() {
        ModelIo m = response("2026-09-22-contract-review-pending-checkpoint.json", "anthropic", true, false);
        JsonValue.Obj usage = (JsonValue.Obj) ((JsonValue.Obj) m.payload().orElseThrow()).get("usage");
        long raw = (long) ((JsonValue.Num) usage.get("input_tokens")).value();
        long read = (long) ((JsonValue.Num) usage.get("cache_read_input_tokens")).value();
        Usage asHostCopiedIt = new Usage(OptionalLong.of(raw), m.usage().get().outputTokens(), OptionalLong.empty(),
                OptionalLong.of(read), OptionalLong.empty());
        BillableTokens t = BillableTokens.of(asHostCopiedIt, m.payload());
        assertEquals(raw, t.uncachedInput());
        assertEquals(read, t.cachedInput());
        assertEquals(raw + read, t.promptTokens());
        assertTrue(t.notes().get(0).contains("Anthropic"));
    }

    @Test
    void normalisedGeminiOutputIncludesThoughts() {
        ModelIo m = response("2026-09-22-contract-review-pending-checkpoint.json", "google", false, true);
        Usage u = m.usage().orElseThrow();
        BillableTokens t = BillableTokens.of(u, m.payload());
        assertEquals(u.reasoningTokens().getAsLong(), t.reasoning());
        assertEquals(u.outputTokens().getAsLong() - u.reasoningTokens().getAsLong(), t.output());
    }

    @Test
    void rawGeminiOutputExcludesThoughtsSoTheyAreAdded() {
        ModelIo m = response("2026-09-22-contract-review-pending-checkpoint.json", "google", false, true);
        JsonValue.Obj meta = (JsonValue.Obj) ((JsonValue.Obj) m.payload().orElseThrow()).get("usageMetadata");
        long candidates = (long) ((JsonValue.Num) meta.get("candidatesTokenCount")).value();
        long thoughts = (long) ((JsonValue.Num) meta.get("thoughtsTokenCount")).value();
        Usage raw = new Usage(m.usage().get().inputTokens(), OptionalLong.of(candidates), OptionalLong.empty(),
                m.usage().get().cachedInputTokens(), OptionalLong.of(thoughts));
        BillableTokens t = BillableTokens.of(raw, m.payload());
        assertEquals(candidates, t.output());
        assertEquals(thoughts, t.reasoning());
    }

    @Test
    void contradictoryCountsAreClampedSoNothingIsBilledTwice() {
        Usage u = new Usage(OptionalLong.of(100), OptionalLong.of(10), OptionalLong.empty(), OptionalLong.of(150), OptionalLong.of(40));
        BillableTokens t = BillableTokens.of(u, Optional.empty());
        assertEquals(0, t.uncachedInput());
        assertEquals(100, t.cachedInput());
        assertEquals(0, t.output());
        assertEquals(10, t.reasoning());
        assertEquals(110, t.total());
        assertEquals(2, t.notes().size());
    }
}
