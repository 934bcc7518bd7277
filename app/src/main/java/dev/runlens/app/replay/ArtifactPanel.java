package dev.runlens.app.replay;

import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Artifacts at the cursor (left) and the shown one (right): its data, and its changes since the
 * version picked in "Compare with" as RFC 6902 operations and as a line diff.
 */
final class ArtifactPanel extends VBox {
    static final String LIST_ID = "replay-artifacts";
    static final String TITLE_ID = "replay-artifact-title";
    static final String NOTE_ID = "replay-artifact-note";
    static final String DATA_ID = "replay-artifact-data";
    static final String COMPARE_ID = "replay-compare";
    static final String CHANGES_ID = "replay-changes";
    static final String DIFF_ID = "replay-diff";

    private final ListView<ArtifactRow> list = new ListView<>();
    private final ComboBox<VersionChoice> compare = new ComboBox<>();
    /** The versions the shown one can be compared with; put in the box only when it opens (a long trace has thousands). */
    private List<VersionChoice> choices = List.of();
    private boolean updating;

    ArtifactPanel(ReplayViewModel model, ObservableValue<ReplayFrame> frame) {
        list.setId(LIST_ID);
        list.setPlaceholder(new Label("No artifact written by this point."));
        list.setCellFactory(l -> new ArtifactCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!updating && now != null) model.selectArtifact(now.key());
        });
        compare.setId(COMPARE_ID);
        compare.getStyleClass().add(Styles.REPLAY_COMPARE);
        compare.valueProperty().addListener((o, was, now) -> {
            if (!updating) model.compareWith(now);
        });
        compare.setOnShowing(e -> fillChoices());

        Label title = ReceiptPanel.label(TITLE_ID, Styles.REPLAY_TITLE);
        Label note = ReceiptPanel.label(NOTE_ID, Styles.REPLAY_NOTE);
        note.setWrapText(true);
        TextArea data = ReceiptPanel.area(DATA_ID, "Data");
        ListView<String> changes = new ListView<>();
        changes.setId(CHANGES_ID);
        changes.setPlaceholder(new Label("No changes to show."));
        ListView<DiffLine> diff = new ListView<>();
        diff.setId(DIFF_ID);
        diff.setPlaceholder(new Label("No diff to show."));
        diff.setCellFactory(l -> new DiffCell());
        diff.getStyleClass().add(Styles.REPLAY_CODE);
        TabPane views = new TabPane(tab("Data", data), tab("Changes (RFC 6902)", changes), tab("Line diff", diff));
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(views, Priority.ALWAYS);
        HBox compareRow = new HBox(6, new Label("Compare with"), compare);
        compareRow.setAlignment(Pos.CENTER_LEFT);
        VBox detail = new VBox(4, title, note, compareRow, views);

        frame.subscribe(f -> show(f, title, note, data, changes, diff));
        SplitPane split = new SplitPane(list, detail);
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);
        setSpacing(4);
        getChildren().addAll(ReplayView.section("Artifacts"), split);
    }

    private void show(ReplayFrame f, Label title, Label note, TextArea data, ListView<String> changes,
                      ListView<DiffLine> diff) {
        ArtifactDetail d = f.artifact();
        updating = true;
        try {
            list.getItems().setAll(f.artifacts());
            d.key().flatMap(k -> f.artifacts().stream().filter(r -> r.key().equals(k)).findFirst())
                    .ifPresentOrElse(list.getSelectionModel()::select, list.getSelectionModel()::clearSelection);
            choices = d.versions();
            if (compare.isShowing()) compare.getItems().setAll(choices);
            else compare.getItems().clear();
            compare.setValue(d.comparedWith().orElse(null));
            compare.setDisable(choices.isEmpty());
        } finally {
            updating = false;
        }
        title.setText(d.title());
        note.setText(d.note());
        ReceiptPanel.setIfChanged(data, d.data());
        if (!changes.getItems().equals(d.changes())) changes.getItems().setAll(d.changes());
        if (!diff.getItems().equals(d.lines())) diff.getItems().setAll(d.lines());
    }

    /** Puts the frame's versions in the box as it opens, keeping the compared one selected. */
    private void fillChoices() {
        updating = true;
        try {
            VersionChoice value = compare.getValue();
            compare.getItems().setAll(choices);
            compare.setValue(value);
        } finally {
            updating = false;
        }
    }

    private static Tab tab(String title, Node content) {
        return new Tab(title, content);
    }

    /** An artifact: key, version, origin; marked when the last applied event set it or replay disagrees. */
    private static final class ArtifactCell extends ListCell<ArtifactRow> {
        @Override
        protected void updateItem(ArtifactRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.label());
            getStyleClass().removeAll(Styles.REPLAY_ARTIFACT_CHANGED, Styles.REPLAY_ARTIFACT_WARNING);
            setTooltip(null);
            if (empty || row == null) return;
            if (row.changedHere()) getStyleClass().add(Styles.REPLAY_ARTIFACT_CHANGED);
            if (!row.warning().isEmpty()) getStyleClass().add(Styles.REPLAY_ARTIFACT_WARNING);
            setTooltip(row.warning().isEmpty() ? null : new Tooltip(row.warning()));
        }
    }

    /** A diff line with its sign, styled by kind. */
    private static final class DiffCell extends ListCell<DiffLine> {
        @Override
        protected void updateItem(DiffLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty || line == null ? null : line.toString());
            Styles.replace(this, empty || line == null ? null : style(line.kind()), Styles.REPLAY_DIFF_KINDS);
        }

        private static String style(DiffLine.Kind kind) {
            return switch (kind) {
                case ADDED -> Styles.REPLAY_DIFF_ADDED;
                case REMOVED -> Styles.REPLAY_DIFF_REMOVED;
                case SKIPPED -> Styles.REPLAY_DIFF_SKIPPED;
                case SAME -> null;
            };
        }
    }
}
