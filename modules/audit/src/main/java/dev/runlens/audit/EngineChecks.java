package dev.runlens.audit;

import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactRef;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.Engine;
import dev.runlens.protocol.model.GateStatus;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.StepRuntimeStatus;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.WireEnum;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The engine snapshot against the trace: entries for known steps only and once each, revision =
 * number of events, step statuses and gate states as the trace leads to them, idempotency keys as
 * the artifact writes used them.
 */
final class EngineChecks implements Check {

    @Override
    public void run(AuditContext ctx, Findings out) {
        RunBundle b = ctx.bundle();
        if (b.engine().isEmpty() || !ctx.stepsKnown()) return;
        Engine engine = b.engine().get();
        if (engine.revision() != b.trace().size()) {
            out.add(FindingCatalog.ENGINE_REVISION_MISMATCH, "engine.revision is " + engine.revision() + " but the trace has "
                    + b.trace().size() + " events", At.ENGINE.key("revision"), Target.NONE);
        }
        TraceState state = TraceState.replay(b, engine);
        Set<String> seen = new HashSet<>();
        List<Engine.StepState> steps = engine.stepStatus();
        for (int i = 0; i < steps.size(); i++) {
            Engine.StepState s = steps.get(i);
            if (!entry(ctx, "stepStatus", i, s.stepId(), seen, out)) continue;
            StepRuntimeStatus expected = state.status.get(s.stepId());
            if (s.status() != expected) {
                out.add(FindingCatalog.ENGINE_STEP_STATUS_MISMATCH, "engine says step \"" + s.stepId() + "\" is " + wire(s.status())
                        + "; its trace events lead to " + wire(expected), At.engine("stepStatus", i).index(1), Target.step(s.stepId()));
            }
        }
        unlisted(ctx, seen, "stepStatus", id -> state.status.get(id) != StepRuntimeStatus.PENDING, out);
        seen.clear();
        List<Engine.GateState> gates = engine.gateState();
        for (int i = 0; i < gates.size(); i++) {
            Engine.GateState g = gates.get(i);
            if (entry(ctx, "gateState", i, g.stepId(), seen, out)) gate(g, state.gates.get(g.stepId()), i, out);
        }
        unlisted(ctx, seen, "gateState", id -> state.gates.get(id).moved(), out);
        idempotency(b, engine, out);
    }

    /** A step the engine does not list rehydrates in its initial state; reported when the trace moved it on. */
    private static void unlisted(AuditContext ctx, Set<String> listed, String member, Predicate<String> moved, Findings out) {
        for (String id : ctx.stepIds()) {
            if (listed.contains(id) || !moved.test(id)) continue;
            FindingCatalog code = member.equals("stepStatus") ? FindingCatalog.ENGINE_STEP_STATUS_MISMATCH
                    : FindingCatalog.ENGINE_GATE_STATE_MISMATCH;
            out.add(code, "engine." + member + " has no entry for step \"" + id + "\" (it would rehydrate in its initial state)"
                    + " but its trace events moved it on", At.ENGINE.key(member), Target.step(id));
        }
    }

    /** A known step, listed once; false when the entry cannot be compared. */
    private static boolean entry(AuditContext ctx, String member, int i, String stepId, Set<String> seen, Findings out) {
        if (!ctx.knownStep(stepId)) {
            out.add(FindingCatalog.UNKNOWN_STEP, "engine." + member + " has an entry for step \"" + stepId
                    + "\", which the workflow snapshot does not have", At.engine(member, i).index(0), Target.NONE);
            return false;
        }
        if (!seen.add(stepId)) {
            out.add(FindingCatalog.ENGINE_DUPLICATE_ENTRY, "engine." + member + " lists step \"" + stepId + "\" again",
                    At.engine(member, i).index(0), Target.step(stepId));
            return false;
        }
        return true;
    }

    private static void gate(Engine.GateState g, TraceState.Gates expected, int i, Findings out) {
        String step = g.stepId();
        if (g.before() != expected.before) mismatch(step, "before", g.before(), expected.before, i, out);
        if (g.after() != expected.after) mismatch(step, "after", g.after(), expected.after, i, out);
        Map<String, GateStatus> want = new LinkedHashMap<>(expected.checkpoints);
        for (Map.Entry<String, GateStatus> c : g.checkpoints().entrySet()) {
            GateStatus w = want.remove(c.getKey());
            if (c.getValue() != w) mismatch(step, "checkpoints[\"" + c.getKey() + "\"]", c.getValue(), w, i, out);
        }
        want.forEach((id, w) -> mismatch(step, "checkpoints[\"" + id + "\"]", null, w, i, out));
    }

    private static void mismatch(String step, String slot, GateStatus engine, GateStatus trace, int i, Findings out) {
        String field = slot.startsWith("checkpoints") ? "checkpoints" : slot;
        out.add(FindingCatalog.ENGINE_GATE_STATE_MISMATCH, "engine says gate " + slot + " of step \"" + step + "\" is "
                + wire(engine) + "; its trace events lead to " + wire(trace), At.engine("gateState", i).index(1).key(field),
                Target.step(step));
    }

    /** Every idempotency entry names the version its key's write produced, and every keyed write is listed. */
    private static void idempotency(RunBundle b, Engine engine, Findings out) {
        Map<String, TraceEvent> writes = new LinkedHashMap<>();
        for (TraceEvent e : b.trace()) {
            if (e instanceof ArtifactWritten w) w.idempotencyKey().ifPresent(k -> writes.putIfAbsent(k, e));
            if (e instanceof ArtifactPatch p) p.idempotencyKey().ifPresent(k -> writes.putIfAbsent(k, e));
        }
        List<Engine.Idempotency> entries = engine.idempotency();
        for (int i = 0; i < entries.size(); i++) {
            Engine.Idempotency entry = entries.get(i);
            TraceEvent w = writes.remove(entry.key());
            ArtifactRef t = entry.target();
            String produced = w == null ? null : Target.event(w).artifactKey().orElse("") + "@" + Target.event(w).artifactVersion().orElse(0);
            if (!Objects.equals(produced, t.artifactKey() + "@" + t.version())) {
                out.add(FindingCatalog.ENGINE_IDEMPOTENCY_MISMATCH, "idempotency key \"" + entry.key() + "\" points at "
                        + t.artifactKey() + "@" + t.version() + (w == null ? ", but no write in the trace used that key"
                        : ", but the write that used it (trace[" + w.index() + "]) produced " + produced),
                        At.engine("idempotency", i).index(1), Target.artifact(t.artifactKey(), t.version()));
            }
        }
        writes.forEach((key, w) -> out.add(FindingCatalog.ENGINE_IDEMPOTENCY_MISMATCH, w.type() + " used idempotency key \""
                + key + "\", which engine.idempotency does not list", At.event(w.index()).key("idempotencyKey"), Target.event(w)));
    }

    private static String wire(Enum<?> e) {
        if (e == null) return "(absent)";
        return e instanceof WireEnum w && w.wire() != null ? w.wire() : e.name().toLowerCase(Locale.ROOT);
    }
}
