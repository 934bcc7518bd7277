package dev.runlens.app.governance;

import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.PlainText;
import dev.runlens.app.ui.Styles;
import dev.runlens.costs.Tier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The routing-policy editor's controls: workflow, owner and default tier; a table of steps with
 * an editable tier and reason; the problems found while editing; the diff against the saved file;
 * Save and Revert.
 */
public final class PolicyEditorView extends BorderPane {
    public static final String WORKFLOW_ID = "policy-workflow";
    public static final String TABLE_ID = "policy-steps";
    public static final String SAVE_ID = "policy-save";
    public static final String DIFF_ID = "policy-diff";

    static final StringConverter<Tier> TIERS = new StringConverter<>() {
        @Override
        public String toString(Tier t) {
            return t == null ? "(no rule)" : t.wire();
        }

        @Override
        public Tier fromString(String s) {
            return Tier.parse(s).orElse(null);
        }
    };

    public PolicyEditorView(PolicyEditorViewModel model) {
        getStyleClass().add(Styles.GOVERNANCE);
        var showing = Lifecycle.showing(this);
        ComboBox<String> workflow = new ComboBox<>(model.workflows());
        workflow.setId(WORKFLOW_ID);
        workflow.setConverter(plain());
        workflow.valueProperty().bindBidirectional(model.workflowProperty());
        TextField owner = new TextField();
        owner.setPromptText("owner (e-mail or team)");
        owner.textProperty().bindBidirectional(model.ownerProperty());
        ComboBox<Tier> defaultTier = new ComboBox<>(FXCollections.observableArrayList(null, Tier.SMALL, Tier.STANDARD, Tier.FRONTIER));
        defaultTier.setConverter(TIERS);
        defaultTier.valueProperty().bindBidirectional(model.defaultTierProperty());
        Button save = new Button("Save");
        save.setId(SAVE_ID);
        save.disableProperty().bind(model.validProperty().not().or(model.changedProperty().not()));
        save.setOnAction(e -> model.save());
        Button revert = new Button("Revert");
        revert.disableProperty().bind(model.changedProperty().not());
        revert.setOnAction(e -> model.revert());
        HBox bar = new HBox(new Label("Workflow"), workflow, new Label("Owner"), owner, new Label("Default tier"), defaultTier, save, revert);
        bar.getStyleClass().add(Styles.GOVERNANCE_TOOLBAR);
        HBox.setHgrow(owner, Priority.ALWAYS);
        setTop(bar);

        TableView<PolicyRow> steps = new TableView<>(model.rows());
        steps.setId(TABLE_ID);
        steps.getStyleClass().add(Styles.GOVERNANCE_TABLE);
        steps.setEditable(true);
        steps.setPlaceholder(new Label("Pick a workflow"));
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PolicyRow, String> step = new TableColumn<>("Step");
        step.setCellValueFactory(f -> new ReadOnlyStringWrapper(PlainText.of(f.getValue().stepId())
                + (f.getValue().inWorkflow() ? "" : "  (not in the workflow)")));
        step.setPrefWidth(240);
        step.setEditable(false);
        TableColumn<PolicyRow, Tier> tier = new TableColumn<>("Tier");
        tier.setCellValueFactory(f -> f.getValue().tierProperty());
        tier.setCellFactory(ComboBoxTableCell.forTableColumn(TIERS, null, Tier.SMALL, Tier.STANDARD, Tier.FRONTIER));
        tier.setPrefWidth(130);
        TableColumn<PolicyRow, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(f -> f.getValue().reasonProperty());
        reason.setCellFactory(TextFieldTableCell.forTableColumn());
        reason.setPrefWidth(420);
        steps.getColumns().add(step);
        steps.getColumns().add(tier);
        steps.getColumns().add(reason);

        ListView<String> problems = new ListView<>(model.problems());
        problems.getStyleClass().add(Styles.GOVERNANCE_PROBLEM);
        problems.setPlaceholder(new Label("No problems: the policy can be saved."));
        problems.setPrefHeight(90);
        TextArea diff = new TextArea();
        diff.setId(DIFF_ID);
        diff.setEditable(false);
        diff.getStyleClass().add(Styles.GOVERNANCE_DIFF);
        diff.textProperty().bind(model.diffProperty().when(showing).orElse(""));
        diff.setPromptText("No change against the saved file.");
        Label file = new Label();
        file.getStyleClass().add(Styles.GOVERNANCE_STATUS);
        file.textProperty().bind(model.fileProperty().map(f -> f.isEmpty() ? "" : "File: " + f));
        VBox side = new VBox(section("Problems"), problems, section("Change against the saved file"), file, diff);
        VBox.setVgrow(diff, Priority.ALWAYS);
        SplitPane split = new SplitPane(steps, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        setCenter(split);
        Label status = new Label();
        status.getStyleClass().add(Styles.GOVERNANCE_STATUS);
        status.textProperty().bind(model.statusProperty());
        setBottom(status);
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.GOVERNANCE_SECTION);
        return l;
    }

    /** Workflow ids come from bundles: shown as plain text. */
    static StringConverter<String> plain() {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : PlainText.of(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
