package dev.runlens.app.dag;

import dev.runlens.protocol.model.GatePolicy;

/**
 * One step as its DAG node shows it at the cursor. Text fields are already plain (escaped);
 * {@code cost} is per currency ("USD 0.0123 · EUR 0.4"), empty when nothing was spent.
 */
public record DagNode(String id, String title, NodeState state, String status, GatePolicy policy, String badge,
                      long tokens, String tokensText, String cost, Heat heat, boolean critical) {

    DagNode withCritical(boolean c) {
        return c == critical ? this
                : new DagNode(id, title, state, status, policy, badge, tokens, tokensText, cost, heat, c);
    }
}
