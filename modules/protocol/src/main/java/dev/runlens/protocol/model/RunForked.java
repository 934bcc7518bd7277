package dev.runlens.protocol.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code run_forked}: this run was forked from {@code parentRunId} (and possibly more parents). */
public record RunForked(EventHeader header, String parentRunId, List<String> parentRunIds,
                        Optional<String> forkedFromStepId) implements TraceEvent {
    public static final String TYPE = "run_forked";
    static final Set<String> KEYS = EventHeader.keys("parentRunId", "parentRunIds", "forkedFromStepId");

    public RunForked {
        parentRunIds = Copy.list(parentRunIds);
    }

    @Override
    public String type() {
        return TYPE;
    }

    static RunForked read(int index, Node n) {
        return new RunForked(EventHeader.read(index, n, KEYS),
                n.str("parentRunId"), n.strings("parentRunIds"), n.optStr("forkedFromStepId"));
    }
}
