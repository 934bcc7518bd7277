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
