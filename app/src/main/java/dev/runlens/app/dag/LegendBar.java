package dev.runlens.app.dag;

import dev.runlens.app.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * The DAG's legend: cost heat buckets with the run's figures, then the step states and the
 * critical path as they are drawn.
 */
final class LegendBar extends FlowPane {
    static final String ID = "dag-legend";

    LegendBar(ObservableValue<List<LegendEntry>> entries) {
        setId(ID);
        getStyleClass().add(Styles.DAG_LEGEND);
        entries.subscribe(this::show);
    }

    private void show(List<LegendEntry> entries) {
        getChildren().clear();
        if (entries == null || entries.isEmpty()) return;
        getChildren().add(title("Cost"));
        for (LegendEntry e : entries) {
            getChildren().add(item(NodeCell.heatClass(e.heat()), e.heat().label() + " " + e.range(), "legend-" + e.heat().name()));
        }
        getChildren().add(title("Steps"));
        for (NodeState s : NodeState.values()) getChildren().add(item(NodeCell.stateClass(s), s.label(), null));
        getChildren().add(item(Styles.DAG_CRITICAL, "critical path", null));
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static Node item(String swatchClass, String text, String id) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll(Styles.DAG_SWATCH, swatchClass);
        Label l = new Label(text, swatch);
        if (id != null) l.setId(id);
        return l;
    }
}
