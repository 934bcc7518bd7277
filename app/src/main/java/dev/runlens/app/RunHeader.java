package dev.runlens.app;

import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The run view's header line: status, timing, steps, tokens, cost and pending gates of the open run. */
final class RunHeader extends FlowPane {
    static final String ID = "run-header";

    private final Label run = value("header-run");
    private final Label workflow = value("header-workflow");
    private final Label status = value("header-status");
    private final Label started = value("header-started");
    private final Label duration = value("header-duration");
    private final Label steps = value("header-steps");
    private final Label tokens = value("header-tokens");
    private final Label cost = value("header-cost");
    private final Label gates = value("header-gates");

    RunHeader(ObservableValue<RunSummary> summary) {
        super(22, 4);
        setId(ID);
        getStyleClass().add(Styles.RUN_HEADER);
        getChildren().addAll(fact("Run", run), fact("Workflow", workflow), fact("Status", status),
                fact("Started", started), fact("Duration", duration), fact("Steps", steps),
                fact("Tokens", tokens), fact("Cost", cost), fact("Pending gates", gates));
        summary.subscribe(this::show);
    }

    private void show(RunSummary s) {
        run.setText(s.run());
        workflow.setText(s.workflow());
        status.setText(s.status());
        started.setText(s.started());
        duration.setText(s.duration());
        steps.setText(s.steps());
        tokens.setText(s.tokens());
        cost.setText(s.cost());
        gates.setText(s.pendingGates());
        Styles.replace(gates, s.hasPendingGates() ? Styles.PENDING : null, List.of(Styles.PENDING));
        String statusClass = "rl-run-status-" + s.status();
        Styles.replace(status, Styles.RUN_STATUSES.contains(statusClass) ? statusClass : null, Styles.RUN_STATUSES);
    }

    private static VBox fact(String name, Label value) {
        Label caption = new Label(name);
        caption.getStyleClass().add(Styles.FACT_CAPTION);
        VBox box = new VBox(caption, value);
        box.getStyleClass().add(Styles.FACT);
        return box;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(Styles.FACT_VALUE);
        return l;
    }
}
