package dev.runlens.signing.handback;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.decision.DecisionStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an engineer hands back to the host runtime for a verified decision (design B11 step 4–5),
 * in the shapes of runtime 0.3.3's {@code session.d.ts} / {@code gateController.js}:
 * <ul>
 *   <li>{@code edited}: first {@code patchArtifact({artifactKey, patch})} with the signed patch;</li>
 *   <li>CHECKPOINT with a checkpoint id: {@code resolveCheckpoint({stepId, checkpointId, decision})}, where
 *   {@code edited} becomes {@code approved} (the runtime takes only approved/rejected there);</li>
 *   <li>otherwise {@code resolveGate({stepId, gate, decision, note?})};</li>
 *   <li>then {@code annotate({text, tags})} linking the run to the decision's payload digest.</li>
 * </ul>
 * {@code expectedEvent} is the {@code human_gate_resolved} event the resolution appends (without the
 * {@code id} and {@code ts} the runtime assigns): an auditor finds it in the next exported bundle.
 */
public record HandBack(List<RuntimeCall> calls, JsonValue.Obj expectedEvent, List<String> notes) {
    public static final String ANNOTATION_TAG = "runlens:signed-decision";

    public HandBack {
        calls = List.copyOf(calls);
        notes = List.copyOf(notes);
    }

    public static HandBack of(DecisionStatement st, String entryDigest) {
        DecisionStatement.Predicate p = st.predicate();
        DecisionStatement.Gate g = p.gate();
        List<RuntimeCall> calls = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        p.edit().ifPresent(e -> {
            calls.add(new RuntimeCall("patchArtifact", JsonBuilder.object().put("artifactKey", e.artifactKey()).put("patch", e.patch()).build()));
            notes.add("apply the signed patch first; the new version of " + e.artifactKey() + " must hash to " + e.resultPayloadHash());
        });
        JsonBuilder event = JsonBuilder.object().put("type", "human_gate_resolved").put("runId", p.run().runId()).put("stepId", g.stepId());
        Optional<String> checkpoint = g.gate().equals("CHECKPOINT") ? g.checkpointId() : Optional.empty();
        if (checkpoint.isPresent()) {
            String decision = p.decision().equals("rejected") ? "rejected" : "approved";
            calls.add(new RuntimeCall("resolveCheckpoint", JsonBuilder.object().put("stepId", g.stepId())
                    .put("checkpointId", checkpoint.get()).put("decision", decision).build()));
            event.put("gate", "CHECKPOINT").put("decision", decision).put("note", checkpoint.get());
            if (p.decision().equals("edited")) notes.add("resolveCheckpoint takes only approved or rejected: edited is handed back as approved after the patch");
        } else {
            JsonBuilder in = JsonBuilder.object().put("stepId", g.stepId()).put("gate", g.gate()).put("decision", p.decision())
                    .putIfPresent("note", p.note());
            calls.add(new RuntimeCall("resolveGate", in.build()));
            event.put("gate", g.gate()).put("decision", p.decision()).putIfPresent("note", p.note());
        }
        if (p.decision().equals("rejected")) notes.add("in the runtime a rejection leaves the gate pending");
        calls.add(annotation(st, entryDigest));
        return new HandBack(calls, event.build(), notes);
    }

    /** {@code annotate({text: "gate-decision <entryDigest> keyid:<keyid>", tags: ["runlens:signed-decision"]})}: links the run to the decision. */
    public static RuntimeCall annotation(DecisionStatement st, String entryDigest) {
        return annotation(entryDigest, st.predicate().reviewer().keyid());
    }

    public static RuntimeCall annotation(String entryDigest, String keyid) {
        return new RuntimeCall("annotate", JsonBuilder.object().put("text", "gate-decision " + entryDigest + " keyid:" + keyid)
                .put("tags", JsonBuilder.strings(List.of(ANNOTATION_TAG))).build());
    }

    /** The calls as a JavaScript snippet for a host that holds {@code session}. */
    public String script() {
        StringBuilder sb = new StringBuilder();
        for (RuntimeCall c : calls) sb.append(c.javascript()).append('\n');
        return sb.toString();
    }
}
