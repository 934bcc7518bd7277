package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A rule set ({@code ruleSets[]}, {@code rule_changed.snapshot}), rules in recorded order. */
public record RuleSet(String id, String ruleSchemaId, List<Rule> rules, Map<String, JsonValue> extras) {
    static final Set<String> KEYS = Set.of("id", "ruleSchemaId", "rules");

    public RuleSet {
        rules = Copy.list(rules);
        extras = Copy.map(extras);
    }

    static RuleSet read(Node n) {
        return new RuleSet(n.str("id"), n.str("ruleSchemaId"), n.objects("rules", Rule::read), n.extras(KEYS));
    }
}
