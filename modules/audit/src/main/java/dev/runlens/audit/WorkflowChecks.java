package dev.runlens.audit;

import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.StepStarted;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.WorkflowEdge;
import dev.runlens.protocol.model.WorkflowSnapshot;
import dev.runlens.protocol.model.WorkflowStep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The workflow snapshot: the runtime's own structural rules (ids, edge endpoints, acyclic, run ↔
 * snapshot id and version), plus steps a completed run never started.
 */
final class WorkflowChecks implements Check {

    @Override
    public void run(AuditContext ctx, Findings out) {
        RunBundle b = ctx.bundle();
        WorkflowSnapshot wf = b.run().workflowSnapshot();
        ids(wf, out);
        List<WorkflowEdge> valid = new ArrayList<>();
        for (int i = 0; i < wf.edges().size(); i++) {
            WorkflowEdge e = wf.edges().get(i);
            boolean fromOk = ctx.knownStep(e.from());
            boolean toOk = ctx.knownStep(e.to());
            if (!fromOk) out.add(FindingCatalog.DANGLING_EDGE, "edge \"" + e.id() + "\" starts at \"" + e.from()
                    + "\", which is not a step", At.edge(i).key("from"), Target.step(e.from()));
            if (!toOk) out.add(FindingCatalog.DANGLING_EDGE, "edge \"" + e.id() + "\" ends at \"" + e.to()
                    + "\", which is not a step", At.edge(i).key("to"), Target.step(e.to()));
            if (fromOk && toOk) valid.add(e);
        }
        cycles(ctx.stepIds(), valid, wf, out);
        if (!b.run().workflowId().equals(wf.id())) {
            out.add(FindingCatalog.WORKFLOW_ID_MISMATCH, "run.workflowId is \"" + b.run().workflowId()
                    + "\" but the snapshot's id is \"" + wf.id() + "\"", At.RUN.key("workflowId"), Target.NONE);
        }
        if (b.run().workflowVersion() != wf.version()) {
            out.add(FindingCatalog.WORKFLOW_ID_MISMATCH, "run.workflowVersion is " + b.run().workflowVersion()
                    + " but the snapshot's version is " + wf.version(), At.RUN.key("workflowVersion"), Target.NONE);
        }
        if (b.run().status() == RunStatus.COMPLETED) neverReached(b, wf, out);
    }

    private static void ids(WorkflowSnapshot wf, Findings out) {
        Set<String> steps = new HashSet<>();
        for (int i = 0; i < wf.steps().size(); i++) {
            String id = wf.steps().get(i).id();
            if (!steps.add(id)) out.add(FindingCatalog.DUPLICATE_WORKFLOW_ID, "step id \"" + id + "\" is used twice",
                    At.step(i).key("id"), Target.step(id));
        }
        Set<String> edges = new HashSet<>();
        for (int i = 0; i < wf.edges().size(); i++) {
            String id = wf.edges().get(i).id();
            if (!edges.add(id)) out.add(FindingCatalog.DUPLICATE_WORKFLOW_ID, "edge id \"" + id + "\" is used twice",
                    At.edge(i).key("id"), Target.NONE);
        }
    }

    /** Kahn's algorithm, as the runtime's validator: steps left with incoming edges lie on (or behind) a cycle. */
    private static void cycles(Set<String> stepIds, List<WorkflowEdge> edges, WorkflowSnapshot wf, Findings out) {
        Map<String, Integer> inDegree = new HashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        for (String id : stepIds) inDegree.put(id, 0);
        for (WorkflowEdge e : edges) {
            inDegree.merge(e.to(), 1, Integer::sum);
            next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
        }
        Deque<String> ready = new ArrayDeque<>();
        inDegree.forEach((id, n) -> {
            if (n == 0) ready.add(id);
        });
        while (!ready.isEmpty()) {
            for (String to : next.getOrDefault(ready.poll(), List.of())) {
                if (inDegree.merge(to, -1, Integer::sum) == 0) ready.add(to);
            }
        }
        Set<String> cyclic = new TreeSet<>();
        inDegree.forEach((id, n) -> {
            if (n > 0) cyclic.add(id);
        });
        if (cyclic.isEmpty()) return;
        trimDownstream(cyclic, next);
        for (int i = 0; i < wf.edges().size(); i++) {
            WorkflowEdge e = wf.edges().get(i);
            if (cyclic.contains(e.from()) && cyclic.contains(e.to())) {
                out.add(FindingCatalog.WORKFLOW_CYCLE, "the workflow graph contains a cycle involving " + String.join(", ", cyclic)
                        + " (edge \"" + e.id() + "\": " + e.from() + " → " + e.to() + ")", At.edge(i), Target.step(e.from()));
                return;
            }
        }
    }

    /** Drops steps that only hang below a cycle (no edge back into the set), leaving the steps on cycles. */
    private static void trimDownstream(Set<String> cyclic, Map<String, List<String>> next) {
        boolean changed = true;
        while (changed) {
            changed = cyclic.removeIf(id -> next.getOrDefault(id, List.of()).stream().noneMatch(cyclic::contains));
        }
    }

    private static void neverReached(RunBundle b, WorkflowSnapshot wf, Findings out) {
        Set<String> reached = new HashSet<>();
        for (TraceEvent e : b.trace()) {
            if (e instanceof StepStarted || e instanceof StepCompleted) e.stepId().ifPresent(reached::add);
        }
        for (int i = 0; i < wf.steps().size(); i++) {
            WorkflowStep s = wf.steps().get(i);
            if (!reached.contains(s.id())) {
                out.add(FindingCatalog.STEP_NEVER_REACHED, "the run is completed but step \"" + s.id() + "\" never started",
                        At.step(i), Target.step(s.id()));
            }
        }
    }
}
