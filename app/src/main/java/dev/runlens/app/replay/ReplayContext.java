package dev.runlens.app.replay;

import dev.runlens.replay.Replay;
import dev.runlens.replay.receipt.ReceiptTimeline;
import dev.runlens.replay.receipt.Receipts;

/** What the Replay tab computes once per open run: the replay and its receipts on the trace. Immutable. */
record ReplayContext(Replay replay, ReceiptTimeline receipts) {

    /** {@code receipts}: the run's model calls paired ({@code Receipts.of}), shared with the other tabs. */
    static ReplayContext of(Replay replay, Receipts receipts) {
        return new ReplayContext(replay, ReceiptTimeline.of(receipts));
    }
}
