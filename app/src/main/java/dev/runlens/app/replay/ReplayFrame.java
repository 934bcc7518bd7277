package dev.runlens.app.replay;

import dev.runlens.app.ui.PlainText;

import java.util.List;

/**
 * Everything the Replay tab shows for one cursor position, computed off the FX thread in one go
 * ({@link Frames}): the receipt at the cursor, the artifacts and the shown one's detail, the gate
 * episodes and a summary of run and step status. Immutable; all texts are plain.
 */
public record ReplayFrame(int position, ReceiptCard receipt, List<ArtifactRow> artifacts, ArtifactDetail artifact,
                          List<GateRow> gates, String status) {
    static final ReplayFrame EMPTY = new ReplayFrame(0, ReceiptCard.NONE, List.of(), ArtifactDetail.NONE, List.of(),
            "No run open.");

    public ReplayFrame {
        artifacts = List.copyOf(artifacts);
        gates = List.copyOf(gates);
    }

    static ReplayFrame failed(int position, Throwable error) {
        return new ReplayFrame(position, ReceiptCard.NONE, List.of(), ArtifactDetail.NONE, List.of(),
                "Could not replay to this point: " + PlainText.of(String.valueOf(error)));
    }

    static ReplayFrame notReplayable() {
        return new ReplayFrame(0, ReceiptCard.NONE, List.of(), ArtifactDetail.NONE, List.of(),
                "This file cannot be replayed: it is not a readable run.");
    }
}
