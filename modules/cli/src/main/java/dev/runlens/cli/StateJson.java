package dev.runlens.cli;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.GateState;
import dev.runlens.replay.RunState;

import java.util.Locale;

/** {@code replay --json}: the state of the run at one point of its trace. Fields are only ever added. */
final class StateJson {
    private StateJson() {}

    static JsonValue of(RunState s) {
        Json.Obj o = Json.obj().put("position", s.position());
        s.lastEvent().ifPresent(e -> o.put("event", event(e)));
        o.put("runStatus", s.runStatus().wire());
        o.put("steps", Json.arr(s.steps().values(), st -> Json.obj().put("id", st.stepId())
                .put("status", st.status().name().toLowerCase(Locale.ROOT)).put("attempts", st.attempts())
                .put("startedAt", st.startedAt()).put("endedAt", st.endedAt())
                .put("error", st.error().map(er -> er.message())).build()));
        o.put("gates", Json.arr(s.gates(), StateJson::gate));
        o.put("artifacts", Json.arr(s.artifacts().values(), a -> Json.obj().put("key", a.artifactKey())
                .put("version", a.version()).put("typeId", a.typeId())
                .put("origin", a.origin().name().toLowerCase(Locale.ROOT)).put("eventId", a.eventId()).build()));
        o.put("openSpans", Json.arr(s.spans().open(), sp -> Json.obj().put("spanId", sp.spanId()).put("name", sp.name())
                .put("stepId", sp.stepId()).put("startedAt", sp.startedAt()).build()));
        o.put("tokens", InspectionJson.tokens(s.spend().total()));
        o.put("cost", Json.money(s.spend().total().cost()));
        return o.build();
    }

    static Json.Obj event(TraceEvent e) {
        return Json.obj().put("index", e.index()).put("id", e.id()).put("type", e.type()).put("ts", e.ts())
                .put("stepId", e.stepId());
    }

    private static JsonValue gate(GateState g) {
        return Json.obj().put("stepId", g.stepId()).put("gate", g.gate().wire())
                .put("state", g.resolution().map(r -> r.decision().wire()).orElse("pending"))
                .put("note", g.resolution().flatMap(GateState.Resolution::note))
                .put("checkpointId", g.resolution().flatMap(GateState.Resolution::checkpointId))
                .put("requestedAt", g.request().map(TraceEvent::ts))
                .put("resolvedAt", g.resolution().map(r -> r.event().ts())).build();
    }
}
