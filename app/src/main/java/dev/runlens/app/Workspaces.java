package dev.runlens.app;

import dev.runlens.app.approvals.ApprovalsPane;
import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.governance.GovernancePane;
import dev.runlens.app.keys.KeysPane;
import dev.runlens.app.library.LibraryViewModel;
import dev.runlens.app.run.RunNavigator;
import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.trust.TrustPane;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.app.ui.TextClipboard;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.Locale;

/**
 * The window's workspaces, one tab each: Runs (the library and the run view), Approvals (every
 * pending gate), Costs (governance over the library), Keys (reviewer keys) and Trust (the trust list
 * decisions are verified with, and the audience). Also the
 * {@link RunNavigator} the other workspaces use to send the user to a run.
 */
final class Workspaces extends TabPane implements RunNavigator {
    static final String ID = "workspaces";

    enum Workspace { RUNS, APPROVALS, COSTS, KEYS, TRUST }

    private final LibraryViewModel library;
    private final RunSession session;

    Workspaces(Node runs, Workbench workbench, RunLibrary runLibrary, LibraryViewModel library, RunSession session, FileDialogs dialogs,
               SigningContext signing, TextClipboard clipboard) {
        this.library = library;
        this.session = session;
        setId(ID);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setSide(javafx.geometry.Side.LEFT);
        add(Workspace.RUNS, "Runs", runs);
        ApprovalsPane approvals = new ApprovalsPane(workbench, runLibrary, this, dialogs, signing, clipboard);
        add(Workspace.APPROVALS, "Approvals", approvals);
        add(Workspace.COSTS, "Costs", new GovernancePane(workbench, runLibrary, this, dialogs));
        add(Workspace.KEYS, "Keys", new KeysPane(workbench, dialogs, signing, clipboard));
        TrustPane trust = new TrustPane(workbench, dialogs, signing);
        add(Workspace.TRUST, "Trust", trust);
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getUserData() == Workspace.APPROVALS) approvals.refresh(); // the library may have changed
            if (now != null && now.getUserData() == Workspace.TRUST) trust.refresh(); // keys or the list's file may have changed
        });
    }

    private void add(Workspace which, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("workspace-" + which.name().toLowerCase(Locale.ROOT));
        tab.setUserData(which);
        getTabs().add(tab);
    }

    void show(Workspace which) {
        getTabs().stream().filter(t -> t.getUserData() == which).findFirst().ifPresent(getSelectionModel()::select);
    }

    @Override
    public void openRun(long bundleId, RunTab tab, String stepId) {
        show(Workspace.RUNS);
        if (library.selectedProperty().get() == bundleId && session.inspection().isPresent()) {
            reveal(tab, stepId); // already open: selecting it again would not load it again
            return;
        }
        ChangeListener<Inspection> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Inspection> o, Inspection was, Inspection now) {
                if (now == null) return;
                session.inspectionProperty().removeListener(this);
                reveal(tab, stepId);
            }
        };
        session.inspectionProperty().addListener(once);
        library.select(bundleId);
    }

    private void reveal(RunTab tab, String stepId) {
        session.showTab(tab);
        if (stepId != null) session.selectStep(stepId);
    }
}
