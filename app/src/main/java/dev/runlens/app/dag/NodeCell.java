package dev.runlens.app.dag;

import dev.runlens.app.decisions.DecisionBadge;
import dev.runlens.app.decisions.DecisionMark;
import dev.runlens.app.ui.Styles;
import dev.runlens.protocol.model.GatePolicy;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One node of a {@link DagView}: title, status, gate policy badge, tokens and cost, styled by
 * state ({@code rl-dag-completed}...), heat ({@code rl-dag-cost-hot}...) and critical path;
 * {@code :selected} and {@code :focus-node} pseudo-classes for the selection and the keyboard.
 */
final class NodeCell extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass FOCUS_NODE = PseudoClass.getPseudoClass("focus-node");
    /** Node ids that are safe as CSS ids ({@code #dag-node-<id>}); others get no id. */
    private static final Pattern CSS_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final String stepId;
    private final Label title = label(Styles.DAG_NODE_TITLE);
    private final Label status = label(Styles.DAG_NODE_STATUS);
    private final Label badge = label(Styles.DAG_BADGE);
    private final Label tokens = label(Styles.DAG_NODE_FIGURES);
    private final Label cost = label(Styles.DAG_NODE_FIGURES);
    private final Label decision = label(Styles.DAG_DECISION);
    private final Tooltip tooltip = new Tooltip();
    private final Tooltip decisionTip = new Tooltip();
    private String accessible = "";

    NodeCell(String stepId) {
        this.stepId = stepId;
        getStyleClass().add(Styles.DAG_NODE);
        if (CSS_ID.matcher(stepId).matches()) setId(idFor(stepId));
        setUserData(stepId);
        setManaged(false);
        setAccessibleRole(AccessibleRole.BUTTON);
        title.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox figures = new HBox(6, badge, gap, tokens);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        decision.setMinWidth(Region.USE_PREF_SIZE);
        decision.setVisible(false);
        decision.setTooltip(decisionTip);
        HBox last = new HBox(6, cost, gap2, decision);
        getChildren().addAll(title, status, figures, last);
        Tooltip.install(this, tooltip);
    }

    static String idFor(String stepId) {
        return "dag-node-" + stepId;
    }

    String stepId() {
        return stepId;
    }

    void show(DagNode n) {
        title.setText(n.title());
        status.setText(n.status());
        badge.setText(n.badge());
        tokens.setText(n.tokensText());
        cost.setText(n.cost().isEmpty() ? "no cost" : n.cost());
        tooltip.setText(n.title() + "\n" + n.id() + "\n" + n.status() + "\n" + n.tokensText()
                + (n.cost().isEmpty() ? "" : "\n" + n.cost()));
        accessible = n.title() + ", " + n.status() + ", gate policy " + n.badge() + ", " + n.tokensText()
                + (n.cost().isEmpty() ? "" : ", " + n.cost());
        setAccessibleText(accessible + (decision.isVisible() ? ", " + decision.getAccessibleText() : ""));
        Styles.replace(this, stateClass(n.state()), Styles.DAG_STATES);
        Styles.replace(this, heatClass(n.heat()), Styles.DAG_HEATS);
        Styles.replace(badge, n.policy() == GatePolicy.AUTO ? Styles.DAG_BADGE_AUTO : null, List.of(Styles.DAG_BADGE_AUTO));
        Styles.replace(this, n.critical() ? Styles.DAG_CRITICAL : null, List.of(Styles.DAG_CRITICAL));
    }

    /** The signed decisions on this step as a small badge ("✍ valid"), or none. */
    void showDecision(DecisionBadge b) {
        decision.setVisible(b != null);
        decision.setText(b == null ? "" : "✍ " + DecisionMark.label(b.status()));
        decision.setAccessibleText(b == null ? "" : b.text());
        decisionTip.setText(b == null ? "" : b.detail());
        Styles.replace(decision, b == null ? null : Styles.decision(b.status()), Styles.DECISION_STATES);
        setAccessibleText(accessible + (b == null ? "" : ", " + b.text()));
    }

    String decisionText() {
        return decision.isVisible() ? decision.getText() : "";
    }

    static String stateClass(NodeState s) {
        return switch (s) {
            case PENDING -> Styles.DAG_PENDING;
            case RUNNING -> Styles.DAG_RUNNING;
            case COMPLETED -> Styles.DAG_COMPLETED;
            case FAILED -> Styles.DAG_FAILED;
            case NEVER_REACHED -> Styles.DAG_NEVER_REACHED;
        };
    }

    static String heatClass(Heat h) {
        return switch (h) {
            case NONE -> Styles.DAG_COST_NONE;
            case COLD -> Styles.DAG_COST_COLD;
            case WARM -> Styles.DAG_COST_WARM;
            case HOT -> Styles.DAG_COST_HOT;
        };
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setMinWidth(0);
        return l;
    }
}
