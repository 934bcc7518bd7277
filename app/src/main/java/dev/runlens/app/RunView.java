package dev.runlens.app;

import dev.runlens.app.decisions.DecisionMark;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;

import dev.runlens.app.costs.CostsPane;
import dev.runlens.app.dag.DagPane;
import dev.runlens.app.findings.FindingsPane;
import dev.runlens.app.replay.ReplayPane;
import dev.runlens.app.trace.TracePane;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tabs of the run view. Each tab is its own view + view model over the shared
 * {@link RunSession}; this class only puts them side by side and keeps the front tab and
 * {@link RunSession#tabProperty()} in step.
 */
public final class RunView extends TabPane {
    public static final String ID = "run-tabs";

    private final Map<RunTab, Tab> tabs = new EnumMap<>(RunTab.class);

    public RunView(RunSession session, TaskExecutor executor, Node overview) {
        this(session, executor, overview, new SimpleObjectProperty<>(List.of()));
    }

    /** @param signed the open run's signed decisions, verified: badges on the DAG, a signature column in the Replay tab's gates */
    public RunView(RunSession session, TaskExecutor executor, Node overview, ObservableValue<List<DecisionMark>> signed) {
        setId(ID);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        add(RunTab.OVERVIEW, overview);
        add(RunTab.DAG, new DagPane(session, executor, signed));
        add(RunTab.TRACE, new TracePane(session, executor));
        add(RunTab.REPLAY, new ReplayPane(session, executor, signed));
        add(RunTab.FINDINGS, new FindingsPane(session, executor));
        add(RunTab.COSTS, new CostsPane(session, executor));

        getSelectionModel().select(tabs.get(session.tabProperty().get()));
        session.tabProperty().addListener((o, was, now) -> getSelectionModel().select(tabs.get(now)));
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) session.showTab((RunTab) now.getUserData());
        });
    }

    private void add(RunTab which, Node content) {
        Tab tab = new Tab(which.title(), content);
        tab.setId("tab-" + which.name().toLowerCase(java.util.Locale.ROOT));
        tab.setUserData(which);
        tabs.put(which, tab);
        getTabs().add(tab);
    }

    /** The tab showing {@code which}. */
    public Tab tab(RunTab which) {
        return tabs.get(which);
    }
}
