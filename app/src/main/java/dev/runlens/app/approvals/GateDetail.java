package dev.runlens.app.approvals;

import dev.runlens.protocol.json.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * What is being decided at the selected gate: the facts (workflow, run, step, gate, request, cost so
 * far, integrity), the request event as written, and each reviewed artifact at the version a
 * decision signs, with its changes from the previous version. Display texts are plain; {@code data}
 * is kept as parsed, for an edit.
 */
public record GateDetail(String title, List<Fact> facts, String requestEvent, List<Reviewed> artifacts, Optional<String> refusal) {

    public GateDetail {
        facts = List.copyOf(facts);
        artifacts = List.copyOf(artifacts);
    }

    public record Fact(String label, String value) {}

    /**
     * One reviewed artifact version.
     *
     * @param heading e.g. "claim.routing v2 — sha256 7e64…" (plain)
     * @param json    the version's data, pretty-printed and plain; "no inline data" when it has none
     * @param changes from the previous version, one RFC 6902 operation a line (plain); empty for a first version
     */
    public record Reviewed(String artifactKey, long version, String heading, String json, String changesHeading, List<String> changes,
                           Optional<JsonValue> data) {
        public Reviewed {
            changes = List.copyOf(changes);
        }
    }
}
