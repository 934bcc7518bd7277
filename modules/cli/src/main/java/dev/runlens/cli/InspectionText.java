package dev.runlens.cli;

import dev.runlens.audit.AuditFinding;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.protocol.model.Run;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepStatus;
import dev.runlens.replay.Timestamps;
import dev.runlens.replay.Totals;
import dev.runlens.replay.analysis.FailureAnalysis;
import dev.runlens.workbench.Inspection;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The human report of {@code inspect}: a summary block, then the findings. */
final class InspectionText {
    private InspectionText() {}

    static String render(Inspection i) {
        StringBuilder sb = new StringBuilder(i.bundle().report().file()).append('\n');
        i.model().ifPresent(m -> run(sb, m.run()));
        row(sb, "integrity", i.bundle().report().accepted() ? i.bundle().report().integrity().label()
                : "rejected (" + i.bundle().report().error().code() + ")");
        i.finalState().ifPresent(s -> state(sb, s));
        i.failure().ifPresent(f -> row(sb, "failure", failure(f)));
        findings(sb, i.audit().findings());
        return sb.toString();
    }

    private static String failure(FailureAnalysis f) {
        String step = f.stepId().orElse("?");
        String what = switch (f.cause()) {
            case STEP_FAILED -> "step " + step + " failed";
            case GATE_REJECTED -> "a gate of step " + step + " was rejected";
            case CANCELLED -> "cancelled" + f.stepId().map(id -> " during step " + id).orElse("");
            case RUN_FAILED -> "the run failed" + f.stepId().map(id -> " during step " + id).orElse("");
        };
        return what + f.message().map(m -> ": " + m).orElse("");
    }

    private static void run(StringBuilder sb, Run r) {
        row(sb, "run", r.id() + " — workflow " + r.workflowId() + " v" + r.workflowVersion()
                + r.workflowSnapshot().title().map(t -> " \"" + t + "\"").orElse(""));
        row(sb, "status", r.status().wire() + " · started " + r.startedAt()
                + r.endedAt().map(e -> " · ended " + e + duration(r.startedAt(), e)).orElse(""));
    }

    private static void state(StringBuilder sb, RunState s) {
        List<String> parts = new ArrayList<>();
        for (StepStatus st : StepStatus.values()) {
            int n = s.stepsWith(st).size();
            if (n > 0) parts.add(n + " " + st.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        row(sb, "steps", s.steps().size() + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
        Totals t = s.spend().total();
        row(sb, "tokens", String.format(Locale.ROOT, "%,d (input %,d, output %,d, cached %,d) in %d responses",
                t.totalTokens(), t.inputTokens(), t.outputTokens(), t.cachedInputTokens(), t.responses()));
        row(sb, "cost", money(t.cost()));
        List<String> gates = s.pendingGates().stream().map(g -> g.stepId() + " " + g.gate().wire()
                + g.request().map(r -> " since " + r.ts()).orElse("")).toList();
        row(sb, "gates", gates.isEmpty() ? "none pending" : "pending: " + String.join("; ", gates));
    }

    static String money(Map<String, BigDecimal> cost) {
        if (cost.isEmpty()) return "none recorded";
        List<String> parts = new ArrayList<>();
        cost.forEach((cur, amount) -> parts.add(cur + " " + amount.stripTrailingZeros().toPlainString()));
        return String.join("; ", parts);
    }

    private static void findings(StringBuilder sb, List<AuditFinding> fs) {
        row(sb, "findings", String.format(Locale.ROOT, "%d errors, %d warnings, %d notes",
                count(fs, Severity.ERROR), count(fs, Severity.WARNING), count(fs, Severity.NOTE)));
        for (AuditFinding f : fs) {
            sb.append("    ").append(String.format(Locale.ROOT, "%-7s", f.severity().label())).append(' ').append(f.code());
            if (!f.path().isEmpty()) sb.append("  ").append(f.path());
            if (!f.location().isEmpty()) sb.append(" (").append(f.location()).append(')');
            sb.append("\n            ").append(f.message()).append('\n');
        }
        sb.setLength(sb.length() - 1);
    }

    private static long count(List<AuditFinding> fs, Severity s) {
        return fs.stream().filter(f -> f.severity() == s).count();
    }

    static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-10s ", label)).append(value).append('\n');
    }

    private static String duration(String start, String end) {
        OptionalDouble ms = Timestamps.millisBetween(start, end);
        if (ms.isEmpty()) return "";
        if (ms.getAsDouble() < 0) return " (ends before it starts)";
        Duration d = Duration.ofMillis((long) ms.getAsDouble());
        return String.format(Locale.ROOT, " (%dh %02dm %02ds)", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
