package dev.runlens.protocol.model;

import java.util.OptionalLong;

/** Token usage of a {@code model_io} event, each count as reported (strict schema: no extras). */
public record Usage(OptionalLong inputTokens, OptionalLong outputTokens, OptionalLong totalTokens,
                    OptionalLong cachedInputTokens, OptionalLong reasoningTokens) {

    static Usage read(Node n) {
        return new Usage(n.optLong("inputTokens"), n.optLong("outputTokens"), n.optLong("totalTokens"),
                n.optLong("cachedInputTokens"), n.optLong("reasoningTokens"));
    }
}
