package dev.runlens.app.replay;

import dev.runlens.replay.GateState;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;

/** Builds a {@link ReplayFrame}: pure, so the view model can run it on any thread. */
final class Frames {
    private Frames() {}

    /**
     * The frame at {@code position}, showing artifact {@code artifactKey} (null, or one not there:
     * the artifact changed last) compared with the version made by event {@code compareIndex}
     * (empty, or not a version of it: the previous version).
     */
    static ReplayFrame build(ReplayContext ctx, int position, String artifactKey, OptionalInt compareIndex) {
        Replay replay = ctx.replay();
        RunState state = replay.stateAt(position);
        ReceiptCard receipt = ReceiptCards.at(ctx.receipts(), position);
        List<ArtifactRow> artifacts = ArtifactViews.rows(replay, state);
        stopIfCancelled();
        ArtifactDetail detail = ArtifactViews.detail(replay, state, ArtifactViews.shown(replay, state, artifactKey),
                compareIndex);
        return new ReplayFrame(position, receipt, artifacts, detail, state.gates().stream().map(GateRow::of).toList(),
                status(state));
    }

    /** A newer cursor move cancels this work (the executor interrupts it): stop before the costly diff. */
    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("superseded by a newer position");
    }

    /** E.g. "Run running · steps: 3 completed, 1 running, 5 pending · 1 gate pending". */
    static String status(RunState state) {
        List<String> counts = new ArrayList<>();
        for (StepStatus s : StepStatus.values()) {
            int n = state.stepsWith(s).size();
            if (n > 0) counts.add(n + " " + s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        long pending = state.gates().stream().filter(GateState::pending).count();
        return "Run " + state.runStatus().name().toLowerCase(Locale.ROOT) + " · steps: "
                + (counts.isEmpty() ? "none" : String.join(", ", counts))
                + " · " + (pending == 0 ? "no gate pending" : pending + " gate" + (pending == 1 ? "" : "s") + " pending");
    }
}
