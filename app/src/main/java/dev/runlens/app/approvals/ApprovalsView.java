package dev.runlens.app.approvals;

import dev.runlens.app.ui.Feedback;
import dev.runlens.app.ui.Lifecycle;
import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The approval inbox, built in code: the pending gates in a table, and below it what is being
 * decided at the selected one (facts, request event, reviewed artifacts with their changes), the
 * buttons to open the run or decide, and the hand-back once signed. Binds to
 * {@link ApprovalsViewModel} while showing and forwards the user's choices.
 */
public final class ApprovalsView extends BorderPane {
    public static final String TABLE_ID = "approvals-inbox";
    public static final String STATUS_ID = "approvals-status";
    public static final String REFRESH_ID = "approvals-refresh";
    public static final String DETAIL_ID = "approvals-detail";
    public static final String OPEN_RUN_ID = "approvals-open-run";
    public static final String DECIDE_ID = "approvals-decide";
    public static final String REFUSAL_ID = "approvals-refusal";
    public static final String HAND_BACK_ID = "approvals-hand-back";
    public static final String COPY_HAND_BACK_ID = "approvals-copy-hand-back";

    private final ApprovalsViewModel model;
    private final Supplier<Window> owner;
    private final TableView<InboxRow> table = new TableView<>();

    public ApprovalsView(ApprovalsViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        getStyleClass().add(Styles.APPROVALS);
        getStylesheets().add(Styles.resource(ApprovalsView.class, "approvals.css"));
        ObservableValue<Boolean> showing = Lifecycle.showing(this);

        SplitPane split = new SplitPane(table(), detail(showing));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        setTop(toolbar(showing));
        setCenter(split);
    }

    private HBox toolbar(ObservableValue<Boolean> showing) {
        Button refresh = new Button("Refresh");
        refresh.setId(REFRESH_ID);
        refresh.setOnAction(e -> model.refresh());
        HBox bar = new HBox(8, refresh, Feedback.busy(model.busyProperty().when(showing)),
                Feedback.status(STATUS_ID, model.statusProperty().when(showing)));
        bar.getStyleClass().add(Styles.APPROVALS_TOOLBAR);
        return bar;
    }

    private TableView<InboxRow> table() {
        table.setId(TABLE_ID);
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No gate is waiting for a decision."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Workflow", t -> t.workflow(), 200));
        table.getColumns().add(column("Run", t -> t.run(), 220));
        table.getColumns().add(column("Step", t -> t.step(), 120));
        table.getColumns().add(column("Gate", t -> t.gate(), 100));
        table.getColumns().add(column("Requested at", t -> t.requestedAt(), 170));
        table.getColumns().add(column("Waiting", t -> t.waiting(), 80));
        table.getColumns().add(column("Cost so far", t -> t.cost(), 110));
        table.getColumns().add(column("Integrity", t -> t.integrity(), 150));
        table.getColumns().add(column("State", t -> t.state(), 200));
        table.getColumns().add(signatureColumn());
        table.setRowFactory(t -> new InboxTableRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != model.selectedProperty().get()) model.select(now);
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) table.getSelectionModel().select(now);
        });
        return table;
    }

    private static TableColumn<InboxRow, String> column(String title, Function<InboxRow.Texts, String> text, double width) {
        TableColumn<InboxRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(cell.getValue().text())));
        c.setPrefWidth(width);
        return c;
    }

    /** How the decision signed here verifies with the trust list in use, coloured like the DAG's badges; why, in a tooltip. */
    private static TableColumn<InboxRow, InboxRow> signatureColumn() {
        TableColumn<InboxRow, InboxRow> c = new TableColumn<>("Signature");
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setPrefWidth(130);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(InboxRow row, boolean empty) {
                super.updateItem(row, empty);
                Styles.replace(this, empty || row == null ? null : row.verified().map(v -> Styles.decision(v.status())).orElse(null),
                        Styles.DECISION_STATES);
                setText(empty || row == null ? null : row.text().signature());
                setTooltip(empty || row == null || row.text().signatureReason().isEmpty() ? null : new Tooltip(row.text().signatureReason()));
            }
        });
        return c;
    }

    private ScrollPane detail(ObservableValue<Boolean> showing) {
        VBox box = new VBox(8);
        box.setId(DETAIL_ID);
        box.getStyleClass().add(Styles.APPROVALS_DETAIL);
        Label title = new Label("Select a pending gate to see what is being decided.");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        Label refusal = new Label();
        refusal.setId(REFUSAL_ID);
        refusal.setWrapText(true);
        refusal.getStyleClass().add(Styles.SIGNING_ERROR);
        refusal.managedProperty().bind(refusal.visibleProperty());
        Button open = new Button("Open the run at this step");
        open.setId(OPEN_RUN_ID);
        open.setOnAction(e -> model.openInRuns());
        open.disableProperty().bind(model.selectedProperty().when(showing).map(r -> r == null).orElse(true));
        Button decide = new Button("Decide…");
        decide.setId(DECIDE_ID);
        decide.setDefaultButton(false);
        decide.setOnAction(e -> model.decide().ifPresent(d -> new DecisionDialog(d, owner.get()).show()));
        decide.disableProperty().bind(model.canDecideProperty().when(showing).map(b -> !b).orElse(true));
        HBox actions = new HBox(8, open, decide);
        VBox artifacts = new VBox(6);
        TextArea event = code(6);
        Label eventTitle = section("Request event");
        VBox handBack = handBack(showing);

        model.detailProperty().when(showing).subscribe(d -> {
            facts.getChildren().clear();
            artifacts.getChildren().clear();
            boolean shown = d != null;
            title.setText(shown ? d.title() : model.selectedProperty().get() == null ? "Select a pending gate to see what is being decided."
                    : "Reading the run…");
            refusal.setVisible(shown && d.refusal().isPresent());
            refusal.setText(shown ? d.refusal().map(r -> "This run's integrity is not valid, so no decision can be signed on it: " + r).orElse("") : "");
            event.setText(shown ? d.requestEvent() : "");
            event.setVisible(shown);
            eventTitle.setVisible(shown);
            if (!shown) return;
            int row = 0;
            for (GateDetail.Fact f : d.facts()) {
                Label k = new Label(f.label());
                k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                k.getStyleClass().add(Styles.SIGNING_NOTE);
                Label v = new Label(f.value());
                v.setWrapText(true);
                facts.addRow(row++, k, v);
            }
            artifacts.getChildren().add(section(d.artifacts().isEmpty() ? "Reviewed artifacts: none" : "Reviewed artifacts"));
            for (GateDetail.Reviewed a : d.artifacts()) artifacts.getChildren().addAll(reviewed(a));
        });
        box.getChildren().addAll(title, facts, refusal, actions, handBack, eventTitle, event, artifacts);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox handBack(ObservableValue<Boolean> showing) {
        TextArea text = code(5);
        text.setId(HAND_BACK_ID);
        Button copy = new Button("Copy");
        copy.setId(COPY_HAND_BACK_ID);
        copy.setOnAction(e -> model.copyHandBack());
        Label title = section("Signed, awaiting hand-back: give these runtime calls to the engineer who holds the run");
        VBox box = new VBox(4, title, text, copy);
        box.getStyleClass().add(Styles.APPROVALS_SIGNED);
        model.handBackProperty().when(showing).subscribe(t -> {
            text.setText(t);
            box.setVisible(!t.isEmpty());
        });
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static javafx.scene.Node[] reviewed(GateDetail.Reviewed a) {
        Label heading = new Label(a.heading());
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        TextArea json = code(8);
        json.setText(a.json());
        Label changes = new Label(a.changesHeading());
        changes.getStyleClass().add(Styles.SIGNING_NOTE);
        TextArea diff = code(Math.min(8, Math.max(2, a.changes().size())));
        diff.setText(String.join("\n", a.changes()));
        diff.setVisible(!a.changes().isEmpty());
        diff.managedProperty().bind(diff.visibleProperty());
        return new javafx.scene.Node[] {heading, json, changes, diff};
    }

    private static TextArea code(int rows) {
        TextArea t = new TextArea();
        t.setEditable(false);
        t.setWrapText(false);
        t.setPrefRowCount(rows);
        t.getStyleClass().add(Styles.APPROVALS_CODE);
        t.managedProperty().bind(t.visibleProperty());
        VBox.setVgrow(t, Priority.NEVER);
        return t;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** Signed rows and rows that cannot be signed stand out; the whole state in a tooltip. */
    private static final class InboxTableRow extends TableRow<InboxRow> {
        @Override
        protected void updateItem(InboxRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(Styles.APPROVALS_SIGNED, Styles.APPROVALS_UNSIGNABLE);
            setTooltip(null);
            if (empty || row == null) return;
            if (row.signed().isPresent()) getStyleClass().add(Styles.APPROVALS_SIGNED);
            if (!row.signable()) getStyleClass().add(Styles.APPROVALS_UNSIGNABLE);
            setTooltip(new Tooltip(row.text().state() + row.whyNot().map(w -> "\ncannot be signed: " + dev.runlens.app.ui.PlainText.of(w)).orElse("")));
        }
    }
}
