package dev.runlens.app.library;

import dev.runlens.app.ui.Styles;
import dev.runlens.store.RunFilter;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The filter controls; each change is forwarded to {@link LibraryFilters}, which asks for the list again. */
final class FilterBar extends GridPane {
    static final String STATUS_ID = "library-filter-status";
    static final String FINDINGS_ID = "library-filter-findings";
    static final String PENDING_ID = "library-filter-pending";
    static final String CURRENCY_ID = "library-filter-currency";
    static final String MIN_ID = "library-filter-min";
    static final String MAX_ID = "library-filter-max";
    static final List<String> STATUSES = List.of("running", "completed", "failed", "cancelled");

    private final LibraryFilters filters;
    private final MenuButton status = new MenuButton("Any status");
    private final ChoiceBox<RunFilter.Findings> findings = new ChoiceBox<>();
    private final CheckBox pending = new CheckBox("Waiting at a gate");
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> currency = new ComboBox<>();
    private final TextField min = new TextField();
    private final TextField max = new TextField();

    FilterBar(LibraryFilters filters, ObservableList<String> currencies) {
        this.filters = filters;
        setHgap(6);
        setVgap(4);
        status.setId(STATUS_ID);
        for (String s : STATUSES) {
            CheckMenuItem item = new CheckMenuItem(s);
            item.selectedProperty().addListener((o, was, now) -> statusesChanged());
            status.getItems().add(item);
        }
        findings.setId(FINDINGS_ID);
        findings.getItems().setAll(RunFilter.Findings.values());
        findings.setValue(RunFilter.Findings.ANY);
        findings.setConverter(new FindingsLabels());
        findings.valueProperty().addListener((o, was, now) -> { if (now != null) filters.findings(now); });
        pending.setId(PENDING_ID);
        pending.selectedProperty().addListener((o, was, now) -> filters.pendingOnly(now));
        from.setPromptText("from");
        to.setPromptText("to");
        from.valueProperty().addListener((o, was, now) -> filters.started(from.getValue(), to.getValue()));
        to.valueProperty().addListener((o, was, now) -> filters.started(from.getValue(), to.getValue()));
        currency.setId(CURRENCY_ID);
        currency.setPromptText("currency");
        currency.setItems(currencies);
        min.setId(MIN_ID);
        max.setId(MAX_ID);
        min.setPromptText("min");
        max.setPromptText("max");
        min.setPrefColumnCount(5);
        max.setPrefColumnCount(5);
        currency.valueProperty().addListener((o, was, now) -> costChanged());
        min.setOnAction(e -> costChanged());
        max.setOnAction(e -> costChanged());
        min.focusedProperty().addListener((o, was, now) -> { if (!now) costChanged(); });
        max.focusedProperty().addListener((o, was, now) -> { if (!now) costChanged(); });
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> clear());

        addRow(0, label("Status"), status, label("Findings"), findings, pending);
        addRow(1, label("Started"), from, label("to"), to);
        add(label("Cost"), 0, 2);
        add(new HBox(6, currency, min, max), 1, 2, 3, 1);
        add(clear, 4, 2);
    }

    private void statusesChanged() {
        Set<String> chosen = status.getItems().stream().filter(i -> ((CheckMenuItem) i).isSelected())
                .map(i -> i.getText()).collect(Collectors.toSet());
        status.setText(chosen.isEmpty() ? "Any status" : String.join(", ", STATUSES.stream().filter(chosen::contains).toList()));
        filters.statuses(chosen);
    }

    private void costChanged() {
        filters.cost(currency.getValue(), min.getText(), max.getText());
    }

    private void clear() {
        status.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(false));
        findings.setValue(RunFilter.Findings.ANY);
        pending.setSelected(false);
        from.setValue(null);
        to.setValue(null);
        currency.setValue(null);
        min.clear();
        max.clear();
        filters.cost(null, null, null);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.DETAILS_LABEL);
        return l;
    }

    private static final class FindingsLabels extends StringConverter<RunFilter.Findings> {
        @Override
        public String toString(RunFilter.Findings f) {
            if (f == null) return "";
            return switch (f) {
                case ANY -> "any";
                case ERRORS -> "with errors";
                case WARNINGS -> "with warnings";
                case CLEAN -> "clean";
            };
        }

        @Override
        public RunFilter.Findings fromString(String s) {
            return RunFilter.Findings.ANY;
        }
    }
}
