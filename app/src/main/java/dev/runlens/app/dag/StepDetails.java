package dev.runlens.app.dag;

import java.util.List;

/**
 * What the side panel shows for the selected step at the cursor: its receipts (model calls),
 * the artifact versions it wrote and its gates. Every text is already plain (escaped).
 */
public record StepDetails(String id, String title, String status, String policy, String error,
                          List<ReceiptRow> receipts, List<ArtifactRow> artifacts, List<GateRow> gates) {
    public StepDetails {
        receipts = List.copyOf(receipts);
        artifacts = List.copyOf(artifacts);
        gates = List.copyOf(gates);
    }

    /** One model call: model, tokens, cost and duration as shown. */
    public record ReceiptRow(String model, String tokens, String cost, String duration) {}

    /** One artifact version the step wrote: key, version, how ("written", "patched by reviewer edit"). */
    public record ArtifactRow(String key, long version, String how) {}

    /** One gate episode: the gate, its state (requested/pending or the decision), and the reason or note. */
    public record GateRow(String gate, String state, String note) {}
}
