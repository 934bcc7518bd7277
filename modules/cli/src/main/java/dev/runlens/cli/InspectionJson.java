package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.Run;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepStatus;
import dev.runlens.replay.Totals;
import dev.runlens.workbench.Inspection;

import java.util.Locale;

/** {@code inspect --json}: the run summary and the findings. Fields are only ever added. */
final class InspectionJson {
    private InspectionJson() {}

    static JsonValue of(Inspection i) {
        Json.Obj o = Json.obj().put("file", i.bundle().report().file())
                .put("fileSha256", i.bundle().report().fileSha256())
                .put("accepted", i.bundle().report().accepted())
                .put("integrity", i.bundle().report().integrity().label());
        i.model().ifPresent(m -> o.put("run", run(m.run())));
        i.finalState().ifPresent(s -> {
            o.put("steps", steps(s));
            o.put("tokens", tokens(s.spend().total()));
            o.put("cost", Json.money(s.spend().total().cost()));
            o.put("pendingGates", Json.arr(s.pendingGates(), g -> Json.obj().put("stepId", g.stepId())
                    .put("gate", g.gate().wire()).put("requestedAt", g.request().map(r -> r.ts()))
                    .put("reason", g.request().flatMap(r -> r.reason())).build()));
        });
        i.failure().ifPresent(f -> o.put("failure", Json.obj().put("cause", f.cause().name().toLowerCase(Locale.ROOT))
                .put("stepId", f.stepId()).put("message", f.message()).put("code", f.code())));
        return o.put("findings", FindingsJson.of(i.audit().findings())).build();
    }

    private static Json.Obj run(Run r) {
        return Json.obj().put("id", r.id()).put("workflowId", r.workflowId()).put("workflowVersion", r.workflowVersion())
                .put("title", r.workflowSnapshot().title()).put("status", r.status().wire())
                .put("startedAt", r.startedAt()).put("endedAt", r.endedAt());
    }

    static Json.Obj steps(RunState s) {
        Json.Obj by = Json.obj();
        for (StepStatus st : StepStatus.values()) {
            int n = s.stepsWith(st).size();
            if (n > 0) by.put(st.name().toLowerCase(Locale.ROOT), n);
        }
        return Json.obj().put("total", s.steps().size()).put("byStatus", by);
    }

    static Json.Obj tokens(Totals t) {
        return Json.obj().put("responses", t.responses()).put("input", t.inputTokens()).put("output", t.outputTokens())
                .put("total", t.totalTokens()).put("cachedInput", t.cachedInputTokens()).put("reasoning", t.reasoningTokens());
    }
}
