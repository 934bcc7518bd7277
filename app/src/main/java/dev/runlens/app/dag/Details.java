package dev.runlens.app.dag;

import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.model.Cost;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.StepError;
import dev.runlens.protocol.model.Usage;
import dev.runlens.replay.GateState;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepState;
import dev.runlens.replay.StepStatus;
import dev.runlens.replay.Totals;
import dev.runlens.replay.analysis.ArtifactWrite;
import dev.runlens.replay.receipt.Receipt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds a step's {@link StepDetails} at one cursor position: only what the trace holds by then. */
final class Details {
    private Details() {}

    /** The details of {@code id}, or empty when it is neither a workflow step nor in the trace. */
    static Optional<StepDetails> of(PreparedRun run, RunState state, String id) {
        Optional<StepState> step = state.step(id);
        if (step.isEmpty() && !run.dag.contains(id)) return Optional.empty();
        NodeState ns = NodeState.of(step.map(StepState::status).orElse(StepStatus.PENDING));
        String error = step.flatMap(StepState::error).map(Details::error).orElse("");
        int p = state.position();
        List<StepDetails.ReceiptRow> receipts = new ArrayList<>();
        for (Receipt r : run.receipts.forStep(id)) {
            if (r.firstIndex() >= 0 && r.firstIndex() < p) receipts.add(receipt(r, p));
        }
        List<StepDetails.ArtifactRow> artifacts = new ArrayList<>();
        for (ArtifactWrite w : run.artifacts.forStep(id)) {
            if (w.eventIndex() < p) artifacts.add(new StepDetails.ArtifactRow(PlainText.of(w.artifactKey()), w.version(), how(w)));
        }
        List<StepDetails.GateRow> gates = state.gates().stream().filter(g -> g.stepId().equals(id)).map(Details::gate).toList();
        return Optional.of(new StepDetails(PlainText.of(id), run.title(id), Frame.status(state, step, ns),
                Frame.badge(run.policy(id)), error, receipts, artifacts, gates));
    }

    private static StepDetails.ReceiptRow receipt(Receipt r, int position) {
        String model = PlainText.of(r.provider().map(pr -> pr + " / ").orElse("") + r.model().orElse("unknown model"));
        boolean answered = r.response().map(ModelIo::index).filter(i -> i < position).isPresent();
        if (!answered) return new StepDetails.ReceiptRow(model, "awaiting response", "", "");
        return new StepDetails.ReceiptRow(model, r.usage().map(Details::usage).orElse("no usage"),
                r.cost().map(Details::cost).orElse("no cost"),
                r.durationMs().isPresent() ? Formats.duration(r.durationMs().getAsDouble()) : "");
    }

    private static String usage(Usage u) {
        long in = u.inputTokens().orElse(0);
        long out = u.outputTokens().orElse(0);
        long total = u.totalTokens().orElse(in + out);
        return Formats.tokens(total) + String.format(Locale.ROOT, " (in %,d · out %,d)", in, out);
    }

    private static String cost(Cost c) {
        return Double.isFinite(c.amount())
                ? PlainText.of(Formats.money(Totals.currency(c.currency()), BigDecimal.valueOf(c.amount())))
                : "invalid cost";
    }

    private static String how(ArtifactWrite w) {
        String how = w.kind() == ArtifactWrite.Kind.WRITTEN ? "written" : "patched";
        return w.basis() == ArtifactWrite.Basis.REVIEWER_EDIT ? how + " by reviewer edit" : how;
    }

    private static StepDetails.GateRow gate(GateState g) {
        String gate = g.gate().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String state = g.resolution().map(r -> r.decision().wire()).orElse("pending");
        if (g.request().isEmpty()) state += " (no request)";
        List<String> notes = new ArrayList<>();
        g.request().flatMap(r -> r.reason()).ifPresent(r -> notes.add("reason: " + r));
        g.resolution().ifPresent(r -> {
            if (r.checkpointId().isPresent()) notes.add("checkpoint: " + r.checkpointId().get());
            else r.note().ifPresent(n -> notes.add("note: " + n));
        });
        return new StepDetails.GateRow(gate, state, PlainText.of(String.join(" · ", notes)));
    }

    private static String error(StepError e) {
        return PlainText.of(e.code().map(c -> c + ": ").orElse("") + e.message());
    }
}
