package dev.runlens.costs.policy;

import dev.runlens.costs.Money;
import dev.runlens.costs.Tier;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Routing policy files ({@code "format": "runlens-routing-policy/1"}), validated against the rules
 * of {@code routing-policy.schema.json} (kept beside this class as documentation and for editors):
 * unknown keys, wrong types, unknown tiers, empty reasons and negative budgets are errors with
 * their JSON path. {@link #write} gives one canonical text (fixed key order, steps sorted, one step
 * per line) so a policy diffs line by line. Example:
 * <pre>{@code
 * {
 *   "format": "runlens-routing-policy/1",
 *   "workflowId": "wf_claims_triage",
 *   "owner": "claims-ops@example.com",
 *   "defaultTier": "small",
 *   "unit": {"name": "claims", "metadataKey": "claimsInBatch"},
 *   "budget": {"weekly": {"USD": 0.05}},
 *   "targets": {"small": {"provider": "openai", "model": "gpt-4.1-mini-2025-04-14"}},
 *   "steps": {
 *     "assess_coverage": {"tier": "frontier", "reason": "policy wording is ambiguous"},
 *     "classify_claim": {"tier": "small", "reason": "closed list of claim types"}
 *   }
 * }
 * }</pre>
 */
public final class PolicyFile {
    public static final String FORMAT = "runlens-routing-policy/1";
    static final Set<String> KEYS = Set.of("$schema", "format", "workflowId", "owner", "defaultTier", "unit", "budget", "targets", "steps");

    private PolicyFile() {}

    public static RoutingPolicy read(Path file) throws PolicyException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PolicyException(file + ": cannot read: " + e.getMessage());
        }
        try {
            return parse(JsonReader.hardened().read(bytes).value());
        } catch (PolicyException e) {
            throw new PolicyException(file + ": " + e.getMessage());
        } catch (Exception e) {
            throw new PolicyException(file + ": not JSON: " + e.getMessage());
        }
    }

    /** Whether a JSON document claims to be a routing policy. */
    public static boolean recognises(JsonValue root) {
        return root instanceof JsonValue.Obj o && o.get("format") instanceof JsonValue.Str s && s.value().equals(FORMAT);
    }

    public static RoutingPolicy parse(JsonValue root) throws PolicyException {
        JsonValue.Obj o = obj(root, "$");
        only(o, KEYS, "$");
        if (!recognises(o)) throw new PolicyException("$.format: expected \"" + FORMAT + "\"");
        String workflowId = nonEmpty(o.get("workflowId"), "$.workflowId");
        Optional<String> owner = o.has("owner") ? Optional.of(str(o.get("owner"), "$.owner")) : Optional.empty();
        Optional<Tier> defaultTier = o.has("defaultTier") ? Optional.of(tier(o.get("defaultTier"), "$.defaultTier")) : Optional.empty();
        Optional<RoutingPolicy.OutputUnit> unit = Optional.empty();
        if (o.has("unit")) {
            JsonValue.Obj u = obj(o.get("unit"), "$.unit");
            only(u, Set.of("name", "metadataKey"), "$.unit");
            unit = Optional.of(new RoutingPolicy.OutputUnit(nonEmpty(u.get("name"), "$.unit.name"),
                    nonEmpty(u.get("metadataKey"), "$.unit.metadataKey")));
        }
        Optional<Money> budget = Optional.empty();
        if (o.has("budget")) {
            JsonValue.Obj b = obj(o.get("budget"), "$.budget");
            only(b, Set.of("weekly"), "$.budget");
            JsonValue.Obj w = obj(b.get("weekly"), "$.budget.weekly");
            Money m = Money.ZERO;
            for (Map.Entry<String, JsonValue> e : w.members().entrySet()) {
                String p = "$.budget.weekly." + e.getKey();
                if (!e.getKey().matches("[A-Z]{3}")) throw new PolicyException(p + ": expected a currency code of three capital letters");
                m = m.plus(e.getKey(), amount(e.getValue(), p));
            }
            budget = Optional.of(m);
        }
        Map<Tier, RoutingPolicy.ModelRef> targets = new TreeMap<>();
        if (o.has("targets")) {
            JsonValue.Obj t = obj(o.get("targets"), "$.targets");
            for (Map.Entry<String, JsonValue> e : t.members().entrySet()) {
                String p = "$.targets." + e.getKey();
                Tier tier = Tier.parse(e.getKey()).orElseThrow(() -> new PolicyException(p + ": expected small, standard or frontier"));
                JsonValue.Obj ref = obj(e.getValue(), p);
                only(ref, Set.of("provider", "model"), p);
                targets.put(tier, new RoutingPolicy.ModelRef(nonEmpty(ref.get("provider"), p + ".provider"), nonEmpty(ref.get("model"), p + ".model")));
            }
        }
        Map<String, RoutingPolicy.StepRule> steps = new TreeMap<>();
        JsonValue.Obj s = obj(o.get("steps"), "$.steps");
        for (Map.Entry<String, JsonValue> e : s.members().entrySet()) {
            String p = "$.steps." + e.getKey();
            if (e.getKey().isEmpty()) throw new PolicyException("$.steps: a step id is empty");
            JsonValue.Obj r = obj(e.getValue(), p);
            only(r, Set.of("tier", "reason"), p);
            steps.put(e.getKey(), new RoutingPolicy.StepRule(tier(r.get("tier"), p + ".tier"), nonEmpty(r.get("reason"), p + ".reason")));
        }
        return new RoutingPolicy(workflowId, owner, defaultTier, unit, budget, targets, steps);
    }

    /** The canonical text of a policy: fixed key order, steps sorted by id, one step per line, trailing newline. */
    public static String write(RoutingPolicy p) {
        List<String> members = new ArrayList<>();
        members.add(member("format", q(FORMAT)));
        members.add(member("workflowId", q(p.workflowId())));
        p.owner().ifPresent(o -> members.add(member("owner", q(o))));
        p.defaultTier().ifPresent(t -> members.add(member("defaultTier", q(t.wire()))));
        p.unit().ifPresent(u -> members.add(member("unit", "{" + q("name") + ": " + q(u.name()) + ", " + q("metadataKey") + ": "
                + q(u.metadataKey()) + "}")));
        p.weeklyBudget().ifPresent(b -> {
            List<String> amounts = new ArrayList<>();
            b.amounts().forEach((c, a) -> amounts.add(q(c) + ": " + Money.plain(a)));
            members.add(member("budget", "{" + q("weekly") + ": {" + String.join(", ", amounts) + "}}"));
        });
        if (!p.targets().isEmpty()) {
            List<String> lines = new ArrayList<>();
            p.targets().forEach((t, ref) -> lines.add("    " + q(t.wire()) + ": {" + q("provider") + ": " + q(ref.provider()) + ", "
                    + q("model") + ": " + q(ref.model()) + "}"));
            members.add(member("targets", "{\n" + String.join(",\n", lines) + "\n  }"));
        }
        List<String> steps = new ArrayList<>();
        p.steps().forEach((id, r) -> steps.add("    " + q(id) + ": {" + q("tier") + ": " + q(r.tier().wire()) + ", " + q("reason")
                + ": " + q(r.reason()) + "}"));
        members.add(member("steps", steps.isEmpty() ? "{}" : "{\n" + String.join(",\n", steps) + "\n  }"));
        return "{\n" + String.join(",\n", members) + "\n}\n";
    }

    private static String member(String key, String value) {
        return "  " + q(key) + ": " + value;
    }

    private static String q(String s) {
        return CanonicalJson.toString(new JsonValue.Str(s), CanonicalJson.Form.AS_WRITTEN);
    }

    private static void only(JsonValue.Obj o, Set<String> allowed, String path) throws PolicyException {
        for (String k : o.members().keySet()) {
            if (!allowed.contains(k)) throw new PolicyException(path + "." + k + ": unknown key (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        }
    }

    private static JsonValue.Obj obj(JsonValue v, String path) throws PolicyException {
        if (v instanceof JsonValue.Obj o) return o;
        throw new PolicyException(path + ": expected an object, got " + (v == null ? "nothing" : v.typeName()));
    }

    private static String str(JsonValue v, String path) throws PolicyException {
        if (v instanceof JsonValue.Str s) return s.value();
        throw new PolicyException(path + ": expected a string, got " + (v == null ? "nothing" : v.typeName()));
    }

    private static String nonEmpty(JsonValue v, String path) throws PolicyException {
        String s = str(v, path);
        if (s.isBlank()) throw new PolicyException(path + ": must not be empty");
        return s;
    }

    private static Tier tier(JsonValue v, String path) throws PolicyException {
        String s = str(v, path);
        return Tier.parse(s.toLowerCase(Locale.ROOT).equals(s) ? s : "")
                .orElseThrow(() -> new PolicyException(path + ": expected small, standard or frontier, got \"" + s + "\""));
    }

    private static BigDecimal amount(JsonValue v, String path) throws PolicyException {
        if (v instanceof JsonValue.Num n && Double.isFinite(n.value()) && n.value() >= 0) return new BigDecimal(JsNumber.format(n.value() + 0.0));
        throw new PolicyException(path + ": expected a finite non-negative amount");
    }
}
