package dev.runlens.app.governance;

import dev.runlens.app.run.RunNavigator;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.Styles;
import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The Costs workspace: the dashboard over the library, the routing-policy editor and the weekly
 * review, each a view over its view model. Policies are the files of the data folder's
 * {@code policies/} (the editor saves there), contract rates those of its {@code rates/}.
 */
public final class GovernancePane extends StackPane {
    public static final String TABS_ID = "governance-tabs";

    private final DashboardViewModel dashboard;
    private final PolicyEditorViewModel policies;
    private final ReviewViewModel review;

    /** Over the platform data folder ({@code RUNLENS_HOME} or the per-user one), today in UTC. */
    public GovernancePane(Workbench workbench, RunLibrary library, RunNavigator navigator, FileDialogs dialogs) {
        this(workbench, library, navigator, dialogs, DataFolder.fromEnvironment(), () -> LocalDate.now(ZoneOffset.UTC));
    }

    public GovernancePane(Workbench workbench, RunLibrary library, RunNavigator navigator, FileDialogs dialogs, DataFolder data,
                          Supplier<LocalDate> today) {
        getStylesheets().add(Styles.resource(GovernancePane.class, "governance.css"));
        CostBasis basis = new CostBasis(data.policies(), data.rates(), today);
        Supplier<Window> owner = () -> sceneWindow();
        dashboard = new DashboardViewModel(library, workbench, workbench.executor(), basis, navigator);
        policies = new PolicyEditorViewModel(library, workbench.executor(), data.policies());
        review = new ReviewViewModel(library, workbench, workbench.executor(), basis, navigator, dialogs, owner);
        TabPane tabs = new TabPane(tab("governance-dashboard", "Dashboard", new DashboardView(dashboard)),
                tab("governance-policies", "Routing policies", new PolicyEditorView(policies)),
                tab("governance-review", "Weekly review", new ReviewView(review)));
        tabs.setId(TABS_ID);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getChildren().add(tabs);
        boolean[] started = new boolean[3];
        // a screen loads when it is first on screen (an app that never opens the workspace reads nothing);
        // the dashboard adds up again each time the workspace comes back to the front
        javafx.beans.value.ObservableValue<Boolean> onScreen = sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false)
                .flatMap(w -> w ? parentProperty().flatMap(javafx.scene.Node::visibleProperty).orElse(true) : new javafx.beans.property.SimpleBooleanProperty(false));
        onScreen.subscribe(now -> {
            if (!now) return;
            int i = tabs.getSelectionModel().getSelectedIndex();
            if (i == 0 && started[0]) dashboard.refresh();
            start(i, started);
        });
        tabs.getSelectionModel().selectedIndexProperty().subscribe(i -> {
            if (Boolean.TRUE.equals(onScreen.getValue())) start(i.intValue(), started);
        });
    }

    private void start(int index, boolean[] started) {
        if (index < 0 || started[index]) return;
        started[index] = true;
        switch (index) {
            case 0 -> dashboard.start();
            case 1 -> policies.start();
            default -> review.start();
        }
    }

    private Window sceneWindow() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public PolicyEditorViewModel policies() {
        return policies;
    }

    public ReviewViewModel review() {
        return review;
    }
}
