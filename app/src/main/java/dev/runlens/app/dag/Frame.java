package dev.runlens.app.dag;

import dev.runlens.graph.layout.EdgeRoute;
import dev.runlens.protocol.model.GatePolicy;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepState;
import dev.runlens.replay.StepStatus;
import dev.runlens.replay.Totals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The DAG at one cursor position: every node's status, tokens, cost and heat, which edges the
 * run went along, the legend, and the selected step's details. Computed off the FX thread from a
 * {@link PreparedRun}; nothing here is highlighted as critical (the view model adds that).
 */
record Frame(int position, List<DagNode> nodes, List<DagEdge> edges, List<LegendEntry> legend,
             Optional<StepDetails> details) {

    static Frame at(PreparedRun run, int position, String selected) {
        RunState state = run.replay.stateAt(position);
        List<DagNode> nodes = new ArrayList<>();
        Map<String, NodeState> states = new HashMap<>();
        for (String id : run.layout.nodes().keySet()) {
            DagNode n = node(run, state, id);
            nodes.add(n);
            states.put(id, n.state());
        }
        List<DagEdge> edges = new ArrayList<>();
        for (EdgeRoute r : run.layout.edges()) {
            boolean executed = states.get(r.edge().from()) == NodeState.COMPLETED && states.get(r.edge().to()).started();
            edges.add(new DagEdge(r.edge(), r.points(), executed, false));
        }
        Optional<StepDetails> details = selected == null ? Optional.empty()
                : Details.of(run, state, selected);
        return new Frame(position, nodes, edges, run.heat.legend(), details);
    }

    private static DagNode node(PreparedRun run, RunState state, String id) {
        Optional<StepState> s = state.step(id);
        NodeState ns = NodeState.of(s.map(StepState::status).orElse(StepStatus.PENDING));
        Totals spend = state.spend().step(id);
        GatePolicy policy = run.policy(id);
        return new DagNode(id, run.title(id), ns, status(state, s, ns), policy, badge(policy),
                spend.totalTokens(), Formats.tokens(spend.totalTokens()), Formats.money(spend.cost()),
                run.heat.of(spend.cost()), false);
    }

    /** "completed", "running · 2nd attempt", "pending · waiting at gate". */
    static String status(RunState state, Optional<StepState> s, NodeState ns) {
        StringBuilder sb = new StringBuilder(ns.label());
        int attempts = s.map(StepState::attempts).orElse(0);
        if (attempts > 1) sb.append(" · ").append(attempts).append(" attempts");
        String id = s.map(StepState::stepId).orElse(null);
        if (id != null && state.pendingGates().stream().anyMatch(g -> g.stepId().equals(id))) {
            sb.append(" · waiting at gate");
        }
        return sb.toString();
    }

    /** The policy as a short lower-case badge ("pause before"); "auto" for steps that never stop. */
    static String badge(GatePolicy p) {
        return p == GatePolicy.UNKNOWN ? "unknown policy" : p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
