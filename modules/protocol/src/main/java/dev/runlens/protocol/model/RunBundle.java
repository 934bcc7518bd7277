package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A run bundle of protocol 1.0.0 as typed records; build one with {@link BundleModel}.
 * {@code extras} are unknown top-level keys (outside the integrity hash).
 */
public record RunBundle(String protocolVersion, Run run, List<TraceEvent> trace, List<Artifact> artifacts,
                        List<RuleSet> ruleSets, Optional<Engine> engine, Optional<Integrity> integrity,
                        Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("protocolVersion", "run", "trace", "artifacts", "ruleSets", "engine",
            "integrity");

    public RunBundle {
        trace = Copy.list(trace);
        artifacts = Copy.list(artifacts);
        ruleSets = Copy.list(ruleSets);
        extras = Copy.map(extras);
    }

    /** The events of one kind, in trace order. */
    public <T extends TraceEvent> List<T> events(Class<T> kind) {
        return trace.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
