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
    public static final String BANNER_CAUTION = "rl-banner-caution";

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

    public static final String RUN_HEADER = "rl-run-header";
    public static final String FACT = "rl-fact";
    public static final String FACT_CAPTION = "rl-fact-caption";
    public static final String FACT_VALUE = "rl-fact-value";
    public static final String PENDING = "rl-pending";
    /** {@code rl-run-status-} + the run status as written. */
    public static final List<String> RUN_STATUSES = List.of("rl-run-status-running", "rl-run-status-completed",
            "rl-run-status-failed", "rl-run-status-cancelled");
    public static final String DROP_TARGET = "rl-drop-target";

    // Replay tab (app.replay; rules in replay/replay.css)
    public static final String REPLAY = "rl-replay";
    public static final String REPLAY_POSITION = "rl-replay-position";
    public static final String REPLAY_TITLE = "rl-replay-title";
    public static final String REPLAY_USAGE = "rl-replay-usage";
    public static final String REPLAY_NOTE = "rl-replay-note";
    public static final String REPLAY_CODE = "rl-replay-code";
    public static final String REPLAY_DIFF_ADDED = "rl-replay-diff-added";
    public static final String REPLAY_DIFF_REMOVED = "rl-replay-diff-removed";
    public static final String REPLAY_DIFF_SKIPPED = "rl-replay-diff-skipped";
    public static final List<String> REPLAY_DIFF_KINDS = List.of(REPLAY_DIFF_ADDED, REPLAY_DIFF_REMOVED, REPLAY_DIFF_SKIPPED);
    public static final String REPLAY_GATE_PENDING = "rl-replay-gate-pending";
    public static final String REPLAY_ARTIFACT_CHANGED = "rl-replay-artifact-changed";
    public static final String REPLAY_ARTIFACT_WARNING = "rl-replay-artifact-warning";
    /** The "Compare with" version box: a fixed width, so its hundreds of choices are never measured to size it. */
    public static final String REPLAY_COMPARE = "rl-replay-compare";

    // Findings tab (dev.runlens.app.findings, findings.css)
    public static final String FINDINGS_VIEW = "rl-findings-view";
    public static final String FINDINGS_TOOLBAR = "rl-findings-toolbar";
    public static final String FINDINGS_TREE = "rl-findings-tree";
    public static final String FINDINGS_GROUP = "rl-findings-group";
    public static final String FINDINGS_DETAIL = "rl-findings-detail";
    public static final String FINDINGS_STATUS = "rl-findings-status";

    // Costs tab (dev.runlens.app.costs, costs.css)
    public static final String COSTS_VIEW = "rl-costs-view";
    public static final String COSTS_TOOLBAR = "rl-costs-toolbar";
    public static final String COSTS_TOTAL = "rl-costs-total";
    public static final String COSTS_TABLE = "rl-costs-table";
    public static final String COSTS_CHART = "rl-costs-chart";
    public static final String COSTS_CHART_SCROLL = "rl-costs-chart-scroll";
    public static final String COSTS_UNPRICED = "rl-costs-unpriced";
    public static final String COSTS_STATUS = "rl-costs-status";

    // Trace tab (dev.runlens.app.trace, rules in trace/trace.css)
    public static final String TRACE = "rl-trace";
    public static final String TRACE_TABLE = "rl-trace-table";
    public static final String TRACE_INDEX = "rl-trace-index";
    public static final String TRACE_TYPE = "rl-trace-type";
    public static final String TRACE_NUMBER = "rl-trace-number";
    public static final String TRACE_COUNT = "rl-trace-count";
    public static final String TRACE_NOTE = "rl-trace-note";
    public static final String FAMILY_MODEL = "rl-family-model";
    public static final String FAMILY_TOOL = "rl-family-tool";
    public static final String FAMILY_GATE = "rl-family-gate";
    public static final String FAMILY_ARTIFACT = "rl-family-artifact";
    public static final String FAMILY_STEP = "rl-family-step";
    public static final String FAMILY_SPAN = "rl-family-span";
    public static final String FAMILY_ERROR = "rl-family-error";
    public static final String FAMILY_RUN = "rl-family-run";
    public static final List<String> FAMILIES = List.of(FAMILY_MODEL, FAMILY_TOOL, FAMILY_GATE, FAMILY_ARTIFACT,
            FAMILY_STEP, FAMILY_SPAN, FAMILY_ERROR, FAMILY_RUN);
    /** An event reporting a failure (error, failed step or span, failed run): stands out whatever its family. */
    public static final String FAILURE = "rl-failure";
    public static final String FILTER_FIELD = "rl-filter-field";
    public static final String FILTER_EMPTY = "rl-filter-empty";
    public static final String FILTER_VALID = "rl-filter-valid";
    public static final String FILTER_INVALID = "rl-filter-invalid";
    public static final List<String> FILTER_STATES = List.of(FILTER_EMPTY, FILTER_VALID, FILTER_INVALID);
    public static final String FILTER_ERROR = "rl-filter-error";
    public static final String JSON_TREE = "rl-json-tree";
    public static final String RAW_JSON = "rl-raw-json";

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

    // Library
    public static final String LIBRARY = "rl-library";
    public static final String LIBRARY_WORKFLOW_ROW = "rl-library-workflow";
    public static final String LIBRARY_SECOND_COPY = "rl-library-second-copy";
    public static final String LIBRARY_PENDING = "rl-library-pending";
    public static final String LIBRARY_PROBLEM = "rl-library-problem";
    public static final String LIBRARY_REPORT = "rl-library-report";
    public static final String LIBRARY_COPIES = "rl-library-copies";
    public static final String LIBRARY_STATUS = "rl-library-status";
    public static final String INTEGRITY_VALID = "rl-integrity-valid";
    public static final String INTEGRITY_MISMATCH = "rl-integrity-mismatch";
    public static final String INTEGRITY_MISSING = "rl-integrity-missing";
    public static final String INTEGRITY_REJECTED = "rl-integrity-rejected";
    public static final String INTEGRITY_ERROR = "rl-integrity-error";
    public static final List<String> INTEGRITIES = List.of(INTEGRITY_VALID, INTEGRITY_MISMATCH, INTEGRITY_MISSING,
            INTEGRITY_REJECTED, INTEGRITY_ERROR);

    // Signed decisions (DAG badge, replay signature column, approvals, keys)
    public static final String DAG_DECISION = "rl-dag-decision";
    public static final String DECISION_VALID = "rl-decision-valid";
    public static final String DECISION_INVALID = "rl-decision-invalid";
    public static final String DECISION_UNTRUSTED = "rl-decision-untrusted";
    /** Valid, but checked with an expired (stale) trust list. */
    public static final String DECISION_STALE = "rl-decision-stale";
    public static final List<String> DECISION_STATES = List.of(DECISION_VALID, DECISION_INVALID, DECISION_UNTRUSTED, DECISION_STALE);
    public static final String APPROVALS = "rl-approvals";
    public static final String APPROVALS_TOOLBAR = "rl-approvals-toolbar";
    public static final String APPROVALS_DIALOG = "rl-approvals-dialog";
    public static final String APPROVALS_SIGNED = "rl-approvals-signed";
    public static final String APPROVALS_UNSIGNABLE = "rl-approvals-unsignable";
    public static final String APPROVALS_DETAIL = "rl-approvals-detail";
    public static final String APPROVALS_CODE = "rl-approvals-code";
    public static final String SIGNING_ERROR = "rl-signing-error";
    public static final String SIGNING_NOTE = "rl-signing-note";
    public static final String KEYS = "rl-keys";
    public static final String KEYS_FORM = "rl-keys-form";
    public static final String KEYS_TOOLBAR = "rl-keys-toolbar";
    public static final String KEYS_KEY_ID = "rl-keys-key-id";

    // Costs workspace (dev.runlens.app.governance, governance.css): dashboard, policy editor, weekly review
    public static final String GOVERNANCE = "rl-governance";
    public static final String GOVERNANCE_TOOLBAR = "rl-governance-toolbar";
    public static final String GOVERNANCE_STATUS = "rl-governance-status";
    public static final String GOVERNANCE_TOTALS = "rl-governance-totals";
    public static final String GOVERNANCE_CHART = "rl-governance-chart";
    public static final String GOVERNANCE_TABLE = "rl-governance-table";
    public static final String GOVERNANCE_UNPRICED = "rl-governance-unpriced";
    public static final String GOVERNANCE_PROBLEM = "rl-governance-problem";
    public static final String GOVERNANCE_DIFF = "rl-governance-diff";
    public static final String GOVERNANCE_SECTION = "rl-governance-section";
    public static final String GOVERNANCE_ATTENTION = "rl-governance-attention";

    // What's here panel (dev.runlens.app.welcome, welcome.css) and About dialog (dev.runlens.app.about, about.css)
    public static final String WHATS_HERE = "rl-whats-here";
    public static final String WHATS_HERE_TITLE = "rl-whats-here-title";
    public static final String WHATS_HERE_CARD = "rl-whats-here-card";
    public static final String WHATS_HERE_ACTION = "rl-whats-here-action";
    public static final String WHATS_HERE_TEXT = "rl-whats-here-text";
    public static final String WHATS_HERE_HINT = "rl-whats-here-hint";
    public static final String WHATS_HERE_PROBLEM = "rl-whats-here-problem";
    public static final String ABOUT = "rl-about";
    public static final String ABOUT_TITLE = "rl-about-title";
    public static final String ABOUT_FACT = "rl-about-fact";
    public static final String ABOUT_NOTICE = "rl-about-notice";

    // Trust workspace (dev.runlens.app.trust, trust.css): the trust list in use, its verdict, its admin forms
    public static final String TRUST = "rl-trust";
    public static final String TRUST_TOOLBAR = "rl-trust-toolbar";
    public static final String TRUST_SUMMARY = "rl-trust-summary";
    public static final String TRUST_FORM = "rl-trust-form";
    public static final String TRUST_VERDICT = "rl-trust-verdict";
    public static final String TRUST_TRUSTED = "rl-trust-trusted";
    public static final String TRUST_STALE = "rl-trust-stale";
    public static final String TRUST_REJECTED = "rl-trust-rejected";
    public static final String TRUST_UNPINNED = "rl-trust-unpinned";
    public static final List<String> TRUST_STANDINGS = List.of(TRUST_TRUSTED, TRUST_STALE, TRUST_REJECTED, TRUST_UNPINNED);
    /** An expiry that has passed (a stale list). */
    public static final String TRUST_EXPIRED = "rl-trust-expired";
    /** A reviewer key that cannot sign now (revoked, expired, retired, not yet valid). */
    public static final String TRUST_KEY_UNUSABLE = "rl-trust-key-unusable";
    public static final String TRUST_DIALOG = "rl-trust-dialog";

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

    /** The class of a signed decision's verification. */
    public static String decision(dev.runlens.workbench.GateDecisions.Status s) {
        return switch (s) {
            case VALID -> DECISION_VALID;
            case STALE_TRUST_LIST -> DECISION_STALE;
            case INVALID -> DECISION_INVALID;
            case UNTRUSTED_KEY -> DECISION_UNTRUSTED;
        };
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
