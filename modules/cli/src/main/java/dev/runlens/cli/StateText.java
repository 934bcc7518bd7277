package dev.runlens.cli;

import dev.runlens.replay.GateState;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepState;
import dev.runlens.replay.Totals;

import java.nio.file.Path;
import java.util.Locale;

/** The human report of {@code replay}. */
final class StateText {
    private StateText() {}

    static String render(Path file, RunState s) {
        StringBuilder sb = new StringBuilder(file.toString()).append('\n');
        InspectionText.row(sb, "position", s.position() + " events applied"
                + s.lastEvent().map(e -> " · last: #" + e.index() + " " + e.type() + " " + e.ts()
                + e.stepId().map(id -> " step " + id).orElse("")).orElse(" (before the first event)"));
        InspectionText.row(sb, "run", s.runStatus().wire());
        for (StepState st : s.steps().values()) {
            InspectionText.row(sb, "step", String.format(Locale.ROOT, "%-28s %s", st.stepId(),
                    st.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + (st.attempts() > 1 ? " (" + st.attempts() + " attempts)" : "")
                            + st.error().map(e -> ": " + e.message()).orElse("")));
        }
        for (GateState g : s.gates()) {
            InspectionText.row(sb, "gate", g.stepId() + " " + g.gate().wire() + " "
                    + g.resolution().map(r -> r.decision().wire() + r.note().map(n -> " (" + n + ")").orElse(""))
                    .orElse("PENDING"));
        }
        s.artifacts().values().forEach(a -> InspectionText.row(sb, "artifact",
                a.artifactKey() + "@" + a.version() + " (" + a.origin().name().toLowerCase(Locale.ROOT) + ")"));
        s.spans().open().forEach(sp -> InspectionText.row(sb, "open span", sp.name() + " " + sp.spanId()));
        Totals t = s.spend().total();
        InspectionText.row(sb, "so far", String.format(Locale.ROOT, "%,d tokens in %d responses; cost %s",
                t.totalTokens(), t.responses(), InspectionText.money(t.cost())));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
