package dev.runlens.signing.verify;

import dev.runlens.protocol.model.AnnotationEvent;
import dev.runlens.protocol.model.Engine;
import dev.runlens.protocol.model.GateStatus;
import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.signing.handback.HandBack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gate history of a bundle as the log cross-check (design B7 step 12) and the import (B11) read
 * it: every {@code human_gate_requested} and {@code human_gate_resolved} (each resolution tied to the
 * latest request of its step and gate before it), every {@code runlens:signed-decision} annotation
 * the hand-back leaves ({@code gate-decision sha256:<entryDigest> ...}), and the engine snapshot's
 * {@code gateState} when the bundle has one. Read from a bundle whose integrity the caller checked.
 */
public record RunGates(String runId, List<Request> requests, List<Resolution> resolutions, List<Link> links,
                       Optional<List<EngineGate>> engine) {
    private static final Pattern LINK = Pattern.compile("^gate-decision (sha256:[0-9a-f]{64})(\\s.*)?$", Pattern.DOTALL);

    public RunGates {
        requests = List.copyOf(requests);
        resolutions = List.copyOf(resolutions);
        links = List.copyOf(links);
        engine = engine.map(List::copyOf);
    }

    public record Request(String eventId, int index, String stepId, String gate) {}

    /** {@code requestEventId}: the latest request of the same step and gate before it, if any. */
    public record Resolution(String eventId, int index, String stepId, String gate, String decision, Optional<String> note,
                             Optional<String> requestEventId) {}

    /** An annotation naming a signed decision's payload digest. */
    public record Link(String eventId, int index, String entryDigest) {}

    /** {@code engine.gateState} of one step: {@code pending}, {@code approved} or {@code unknown}; checkpoints by id. */
    public record EngineGate(String stepId, String before, String after, Map<String, String> checkpoints) {
        public EngineGate {
            checkpoints = Map.copyOf(checkpoints);
        }
    }

    public static RunGates of(RunBundle model) {
        List<Request> requests = new ArrayList<>();
        List<Resolution> resolutions = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (TraceEvent e : model.trace()) {
            if (e instanceof HumanGateRequested q) {
                requests.add(new Request(q.id(), q.index(), q.stepId().orElse(""), q.gate().wire()));
            } else if (e instanceof HumanGateResolved r) {
                String step = r.stepId().orElse("");
                Optional<String> request = requests.stream().filter(q -> q.stepId().equals(step) && q.gate().equals(r.gate().wire()))
                        .reduce((a, b) -> b).map(Request::eventId);
                resolutions.add(new Resolution(r.id(), r.index(), step, r.gate().wire(), r.decision().wire(), r.note(), request));
            } else if (e instanceof AnnotationEvent a && a.tags().contains(HandBack.ANNOTATION_TAG)) {
                Matcher m = LINK.matcher(a.text());
                if (m.matches()) links.add(new Link(a.id(), a.index(), m.group(1)));
            }
        }
        Optional<List<EngineGate>> engine = model.engine().map(en -> en.gateState().stream().map(RunGates::engineGate).toList());
        return new RunGates(model.run().id(), requests, resolutions, links, engine);
    }

    private static EngineGate engineGate(Engine.GateState g) {
        Map<String, String> cps = new LinkedHashMap<>();
        g.checkpoints().forEach((k, v) -> cps.put(k, wire(v)));
        return new EngineGate(g.stepId(), wire(g.before()), wire(g.after()), cps);
    }

    private static String wire(GateStatus s) {
        return s.wire() == null ? "unknown" : s.wire();
    }

    public Optional<Request> request(String eventId) {
        return requests.stream().filter(q -> q.eventId().equals(eventId)).findFirst();
    }

    /** The latest request of a step's gate: the instance a decision must answer to be current. */
    public Optional<Request> latestRequest(String stepId, String gate) {
        return requests.stream().filter(q -> q.stepId().equals(stepId) && q.gate().equals(gate)).reduce((a, b) -> b);
    }

    /**
     * The engine snapshot's state of a gate ({@code before} for PAUSE_BEFORE, {@code after} for PAUSE_AFTER,
     * {@code checkpoints[id]} for a CHECKPOINT); empty when the bundle has no engine snapshot or no entry for it.
     */
    public Optional<String> engineStatus(String stepId, String gate, Optional<String> checkpointId) {
        if (engine.isEmpty()) return Optional.empty();
        for (EngineGate g : engine.get()) {
            if (!g.stepId().equals(stepId)) continue;
            return switch (gate) {
                case "PAUSE_BEFORE" -> Optional.of(g.before());
                case "PAUSE_AFTER" -> Optional.of(g.after());
                default -> checkpointId.map(id -> g.checkpoints().get(id));
            };
        }
        return Optional.empty();
    }
}
