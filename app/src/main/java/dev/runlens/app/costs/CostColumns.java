package dev.runlens.app.costs;

import dev.runlens.app.ui.Styles;
import dev.runlens.app.ui.WholeText;
import dev.runlens.replay.analysis.RunCosts;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.function.Function;

/** The costs table's columns: plain text, counts right-aligned, unpriced cost marked. */
final class CostColumns {
    static final String NAME_ID = "costs-name";
    static final String DETAIL_ID = "costs-detail";

    private CostColumns() {}

    static String noun(RunCosts.By by) {
        return switch (by) {
            case STEP -> "Step";
            case MODEL -> "Model";
            case PROVIDER -> "Provider";
        };
    }

    static List<TableColumn<CostRow, ?>> all() {
        TableColumn<CostRow, String> name = text("Step", CostRow::name, 200);
        name.setId(NAME_ID);
        TableColumn<CostRow, String> detail = text("Title", CostRow::detail, 200);
        detail.setId(DETAIL_ID);
        TableColumn<CostRow, String> cost = text("Cost", CostRow::cost, 190);
        cost.setSortable(false);
        cost.setCellFactory(c -> new TextCell(true));
        TableColumn<CostRow, String> share = text("Share", CostRow::share, 110);
        share.setSortable(false);
        TableColumn<CostRow, Number> duration = number("Duration", r -> r.line().totals().durationMs(), 80,
                v -> CostText.duration(v.doubleValue()));
        return List.of(name, detail, count("Calls", CostRow::calls, 55), count("Unpriced", CostRow::unpriced, 70),
                count("Tokens in", CostRow::inputTokens, 85), count("Out", CostRow::outputTokens, 70),
                count("Cached", CostRow::cachedInputTokens, 70), count("Reasoning", CostRow::reasoningTokens, 80),
                cost, share, duration);
    }

    /** Headings for {@code by}: Step + Title, Model + Provider, Provider alone. */
    static void retitle(TableView<CostRow> table, RunCosts.By by) {
        for (TableColumn<CostRow, ?> c : table.getColumns()) {
            if (NAME_ID.equals(c.getId())) c.setText(noun(by));
            if (DETAIL_ID.equals(c.getId())) {
                c.setText(by == RunCosts.By.MODEL ? "Provider" : "Title");
                c.setVisible(by != RunCosts.By.PROVIDER);
            }
        }
    }

    private static TableColumn<CostRow, String> text(String title, Function<CostRow, String> value, double width) {
        TableColumn<CostRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new TextCell(false));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<CostRow, Number> count(String title, Function<CostRow, Long> value, double width) {
        return number(title, value::apply, width, v -> CostText.count(v.longValue()));
    }

    private static TableColumn<CostRow, Number> number(String title, Function<CostRow, Number> value, double width,
                                                       Function<Number, String> format) {
        TableColumn<CostRow, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    /** Plain text with the whole of it in a tooltip; a cost that is (partly) unpriced is marked. */
    private static final class TextCell extends TableCell<CostRow, String> {
        private final boolean marksUnpriced;
        private final WholeText whole = new WholeText();

        TextCell(boolean marksUnpriced) {
            this.marksUnpriced = marksUnpriced;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean shown = whole.show(this, empty ? null : text);
            getStyleClass().remove(Styles.COSTS_UNPRICED);
            if (marksUnpriced && shown && text.contains(CostText.UNPRICED)) getStyleClass().add(Styles.COSTS_UNPRICED);
        }
    }
}
