package dev.runlens.app.ui;

import dev.runlens.protocol.integrity.Severity;
import javafx.scene.Node;

import java.util.List;
import java.util.Objects;

/**
 * The style-class names of {@code runlens.css}, in one place ({@code STYLE.md} #14). Colours are
 * semantic looked-up colours ({@code -rl-ok}, {@code -rl-tampered}, ...) defined on {@code .root}.
 */
public final class Styles {
    public static final String BANNER = "rl-banner";
    public static final String BANNER_HEADLINE = "rl-banner-headline";
    public static final String BANNER_FILE = "rl-banner-file";
    public static final String BANNER_EXPLANATION = "rl-banner-explanation";
    public static final String BANNER_EVIDENCE = "rl-banner-evidence";
    public static final String BANNER_STRICT = "rl-banner-strict";

    public static final String VERDICT_NONE = "rl-verdict-none";
    public static final String VERDICT_VERIFYING = "rl-verdict-verifying";
    public static final String VERDICT_VALID = "rl-verdict-valid";
    public static final String VERDICT_MISMATCH = "rl-verdict-mismatch";
    public static final String VERDICT_MISSING = "rl-verdict-missing";
    public static final String VERDICT_REJECTED = "rl-verdict-rejected";
    public static final String VERDICT_ERROR = "rl-verdict-error";
    public static final List<String> VERDICTS = List.of(VERDICT_NONE, VERDICT_VERIFYING, VERDICT_VALID,
            VERDICT_MISMATCH, VERDICT_MISSING, VERDICT_REJECTED, VERDICT_ERROR);

    public static final String STRICT_OK = "rl-strict-ok";
    public static final String STRICT_FAILED = "rl-strict-failed";
    public static final List<String> STRICTNESS = List.of(STRICT_OK, STRICT_FAILED);

    public static final String SECTION_TITLE = "rl-section-title";
    public static final String CONTENT = "rl-content";
    public static final String DETAILS = "rl-details";
    public static final String DETAILS_LABEL = "rl-details-label";
    public static final String VALUE = "rl-value";
    public static final String HASH = "rl-hash";

    public static final String FINDINGS = "rl-findings";
    public static final String SEVERITY_ERROR = "rl-severity-error";
    public static final String SEVERITY_WARNING = "rl-severity-warning";
    public static final String SEVERITY_NOTE = "rl-severity-note";
    public static final List<String> SEVERITIES = List.of(SEVERITY_ERROR, SEVERITY_WARNING, SEVERITY_NOTE);

    public static final String STATUS_BAR = "rl-status-bar";
    public static final String DROP_TARGET = "rl-drop-target";

    // DAG tab (dev.runlens.app.dag, dag.css): the control, its nodes and edges, the legend and the side panel
    public static final String DAG_PANE = "rl-dag-pane";
    public static final String DAG_VIEW = "rl-dag-view";
    public static final String DAG_CANVAS = "rl-dag-canvas";
    public static final String DAG_TOOLBAR = "rl-dag-toolbar";
    public static final String DAG_MESSAGE = "rl-dag-message";
    public static final String DAG_NODE = "rl-dag-node";
    public static final String DAG_NODE_TITLE = "rl-dag-node-title";
    public static final String DAG_NODE_STATUS = "rl-dag-node-status";
    public static final String DAG_NODE_FIGURES = "rl-dag-node-figures";
    public static final String DAG_BADGE = "rl-dag-badge";
    public static final String DAG_BADGE_AUTO = "rl-dag-badge-auto";
    public static final String DAG_PENDING = "rl-dag-pending";
    public static final String DAG_RUNNING = "rl-dag-running";
    public static final String DAG_COMPLETED = "rl-dag-completed";
    public static final String DAG_FAILED = "rl-dag-failed";
    public static final String DAG_NEVER_REACHED = "rl-dag-never-reached";
    public static final List<String> DAG_STATES = List.of(DAG_PENDING, DAG_RUNNING, DAG_COMPLETED, DAG_FAILED,
            DAG_NEVER_REACHED);
    public static final String DAG_COST_NONE = "rl-dag-cost-none";
    public static final String DAG_COST_COLD = "rl-dag-cost-cold";
    public static final String DAG_COST_WARM = "rl-dag-cost-warm";
    public static final String DAG_COST_HOT = "rl-dag-cost-hot";
    public static final List<String> DAG_HEATS = List.of(DAG_COST_NONE, DAG_COST_COLD, DAG_COST_WARM, DAG_COST_HOT);
    public static final String DAG_CRITICAL = "rl-dag-critical";
    public static final String DAG_EDGE = "rl-dag-edge";
    public static final String DAG_EDGE_LINE = "rl-dag-edge-line";
    public static final String DAG_EDGE_ARROW = "rl-dag-edge-arrow";
    public static final String DAG_EDGE_EXECUTED = "rl-dag-edge-executed";
    public static final String DAG_LEGEND = "rl-dag-legend";
    public static final String DAG_SWATCH = "rl-dag-swatch";
    public static final String DAG_PANEL = "rl-dag-panel";
    public static final String DAG_PANEL_TITLE = "rl-dag-panel-title";
    public static final String DAG_RECEIPT = "rl-dag-receipt";
    public static final String DAG_ARTIFACT = "rl-dag-artifact";
    public static final String DAG_GATE = "rl-dag-gate";
    public static final String DAG_ERROR = "rl-dag-error";

    private Styles() {}

    /** The stylesheet's URL, for {@code Scene.getStylesheets()}. */
    public static String stylesheet() {
        return resource(Styles.class, "runlens.css");
    }

    /** The dark theme's URL: added after {@link #stylesheet()}, it redefines the -rl-* tokens only. */
    public static String darkStylesheet() {
        return resource(Styles.class, "runlens-dark.css");
    }

    /** The URL of a stylesheet next to {@code owner}, e.g. a custom control's own {@code dag.css}. */
    public static String resource(Class<?> owner, String name) {
        return Objects.requireNonNull(owner.getResource(name), name).toExternalForm();
    }

    public static String severity(Severity s) {
        return switch (s) {
            case ERROR -> SEVERITY_ERROR;
            case WARNING -> SEVERITY_WARNING;
            case NOTE -> SEVERITY_NOTE;
        };
    }

    /** Gives {@code node} exactly one class of {@code family}: {@code chosen}, or none when it is null. */
    public static void replace(Node node, String chosen, List<String> family) {
        node.getStyleClass().removeAll(family);
        if (chosen != null) node.getStyleClass().add(chosen);
    }
}
