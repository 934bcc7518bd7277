package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parent linkage of a forked or supervised run ({@code run.context}). */
public record RunContext(Optional<String> parentRunId, List<String> parentRunIds, Optional<String> forkedFromStepId,
                         List<ArtifactRef> pinnedArtifacts, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("parentRunId", "parentRunIds", "forkedFromStepId", "pinnedArtifacts");

    public RunContext {
        parentRunIds = Copy.list(parentRunIds);
        pinnedArtifacts = Copy.list(pinnedArtifacts);
        extras = Copy.map(extras);
    }

    static RunContext read(Node n) {
        return new RunContext(n.optStr("parentRunId"), n.strings("parentRunIds"), n.optStr("forkedFromStepId"),
                n.objects("pinnedArtifacts", ArtifactRef::read), n.extras(KEYS));
    }

    /** The runtime's {@code getParentRunIds}: {@code parentRunIds} when non-empty, else {@code [parentRunId]}. */
    public List<String> effectiveParentRunIds() {
        if (!parentRunIds.isEmpty()) return parentRunIds;
        return parentRunId.filter(s -> !s.isEmpty()).map(List::of).orElse(List.of());
    }
}
