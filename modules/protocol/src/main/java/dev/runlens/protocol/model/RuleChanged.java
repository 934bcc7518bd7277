package dev.runlens.protocol.model;

import java.util.Set;

/** {@code rule_changed}: a rule set was replaced or reordered; {@code snapshot} is the new state. */
public record RuleChanged(EventHeader header, String ruleSetId, RuleSet snapshot) implements TraceEvent {
    public static final String TYPE = "rule_changed";
    static final Set<String> KEYS = EventHeader.keys("ruleSetId", "snapshot");

    @Override
    public String type() {
        return TYPE;
    }

    static RuleChanged read(int index, Node n) {
        return new RuleChanged(EventHeader.read(index, n, KEYS), n.str("ruleSetId"), RuleSet.read(n.field("snapshot")));
    }
}
