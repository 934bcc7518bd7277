package dev.runlens.app;

import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.model.Run;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepStatus;
import dev.runlens.replay.Timestamps;
import dev.runlens.replay.Totals;
import dev.runlens.workbench.Inspection;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The facts of the run view's header, as display text: which run, its status, when and how long,
 * how far its steps got, tokens, cost per currency (never added across currencies) and pending
 * gates. Every field is already safe to show; a value the bundle does not give is {@code "—"}.
 */
public record RunSummary(String run, String workflow, String status, String started, String duration,
                         String steps, String tokens, String cost, String pendingGates, boolean hasPendingGates) {
    static final String NONE = "—";
    static final RunSummary EMPTY = new RunSummary(NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, false);

    static RunSummary of(Inspection inspection) {
        if (inspection == null || inspection.model().isEmpty()) return EMPTY;
        Run r = inspection.model().get().run();
        RunState end = inspection.finalState().orElse(null);
        String workflow = r.workflowSnapshot().title().map(t -> t + " · ").orElse("") + r.workflowId() + " v" + r.workflowVersion();
        return new RunSummary(PlainText.of(r.id()), PlainText.of(workflow), PlainText.of(r.status().wire()),
                PlainText.of(r.startedAt()), duration(r), end == null ? NONE : steps(end),
                end == null ? NONE : tokens(end.spend().total()), end == null ? NONE : money(end.spend().total().cost()),
                end == null ? NONE : pending(end), end != null && !end.pendingGates().isEmpty());
    }

    private static String duration(Run r) {
        if (r.endedAt().isEmpty()) return "not ended";
        OptionalDouble ms = Timestamps.millisBetween(r.startedAt(), r.endedAt().get());
        if (ms.isEmpty()) return NONE;
        return human(Duration.ofMillis(Math.round(ms.getAsDouble())));
    }

    static String human(Duration d) {
        if (d.isNegative()) return "−" + human(d.negated());
        long s = d.toSeconds();
        if (s < 60) return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        if (s < 86_400) return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        return String.format(Locale.ROOT, "%d d %d h", s / 86_400, (s % 86_400) / 3600);
    }

    private static String steps(RunState s) {
        List<String> parts = new ArrayList<>();
        for (StepStatus st : StepStatus.values()) {
            int n = s.stepsWith(st).size();
            if (n > 0) parts.add(n + " " + st.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return s.steps().size() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static String tokens(Totals t) {
        return String.format(Locale.ROOT, "%,d in %,d response%s", t.totalTokens(), t.responses(), t.responses() == 1 ? "" : "s");
    }

    /** {@code USD 0.4123 · EUR 0.12}; "none recorded" when no response carries a cost. */
    static String money(Map<String, BigDecimal> cost) {
        if (cost.isEmpty()) return "none recorded";
        List<String> parts = new ArrayList<>();
        cost.forEach((cur, amount) -> parts.add(PlainText.of(cur) + " " + amount.stripTrailingZeros().toPlainString()));
        return String.join(" · ", parts);
    }

    private static String pending(RunState s) {
        int n = s.pendingGates().size();
        if (n == 0) return "none";
        return n + " · " + PlainText.of(String.join(", ", s.pendingGates().stream()
                .map(g -> g.stepId() + " " + g.gate().wire()).toList()));
    }
}
