package dev.runlens.app.governance;

import dev.runlens.app.replay.DiffLine;
import dev.runlens.app.replay.LineDiff;
import dev.runlens.app.ui.PlainText;
import dev.runlens.costs.Tier;
import dev.runlens.costs.policy.PolicyException;
import dev.runlens.costs.policy.PolicyFile;
import dev.runlens.costs.policy.RoutingPolicy;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.library.RunLibrary;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The routing-policy editor: pick a workflow, give each step the tier it needs and why, see what
 * is wrong as you type (the same schema checks {@code PolicyFile} applies), see the change against
 * the saved file as a line diff, and save the plain JSON file into the policies folder. Reading
 * and writing files runs on the executor; the newest workflow choice wins. Touches no control.
 */
public final class PolicyEditorViewModel {
    private final RunLibrary library;
    private final TaskExecutor executor;
    private final PolicyStore store;

    private final ObservableList<String> workflows = FXCollections.observableArrayList();
    private final ObjectProperty<String> workflow = new SimpleObjectProperty<>(this, "workflow");
    private final ObservableList<PolicyRow> rows = FXCollections.observableArrayList(r -> new Observable[] {r.tierProperty(), r.reasonProperty()});
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final ObjectProperty<Tier> defaultTier = new SimpleObjectProperty<>(this, "defaultTier");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyStringWrapper diff = new ReadOnlyStringWrapper(this, "diff", "");
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper(this, "file", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private Optional<RoutingPolicy> base = Optional.empty();
    private String savedText = "";
    private Path target;
    private String text = "";
    private long latest;
    private boolean loading;

    public PolicyEditorViewModel(RunLibrary library, TaskExecutor executor, Path policiesFolder) {
        this.library = library;
        this.executor = executor;
        this.store = new PolicyStore(policiesFolder);
        workflow.addListener((o, was, now) -> load(now));
        rows.addListener((javafx.collections.ListChangeListener<PolicyRow>) c -> check());
        owner.addListener((o, was, now) -> check());
        defaultTier.addListener((o, was, now) -> check());
    }

    // ------------------------------------------------------------------ state

    /** Workflows of the library's runs and of the saved policies. */
    public ObservableList<String> workflows() {
        return FXCollections.unmodifiableObservableList(workflows);
    }

    public ObjectProperty<String> workflowProperty() {
        return workflow;
    }

    /** One row per step: the workflow's steps, then steps only the saved policy names. Edit their tier and reason. */
    public ObservableList<PolicyRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    /** The tier of steps without a rule (null: none). */
    public ObjectProperty<Tier> defaultTierProperty() {
        return defaultTier;
    }

    /** What keeps the policy from being saved, one line each; empty when it is valid. */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Whether the edited policy differs from the saved file. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The saved file against the edited policy, as a unified line diff (plain text). */
    public ReadOnlyStringProperty diffProperty() {
        return diff.getReadOnlyProperty();
    }

    /** Where the policy is (or will be) saved. */
    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands

    /** Lists the workflows (library and saved policies). */
    public void start() {
        executor.submit(() -> {
            TreeSet<String> ids = new TreeSet<>(library.workflowIds());
            ids.addAll(store.files().keySet());
            return List.copyOf(ids);
        }, ids -> {
            workflows.setAll(ids);
            if (workflow.get() == null && !ids.isEmpty()) workflow.set(ids.get(0));
        }, this::failed);
    }

    /** Saves the edited policy as its canonical JSON; refused while it has problems. */
    public void save() {
        if (!valid.get() || target == null) return;
        String t = text;
        Path f = target;
        long ticket = latest;
        status.set("Saving…");
        executor.submit(() -> {
            PolicyStore.write(f, t);
            return f;
        }, saved -> {
            if (ticket != latest) return;
            savedText = t;
            status.set("Saved to " + PlainText.of(saved.toString()) + ".");
            check();
        }, this::failed);
    }

    /** Back to the saved file. */
    public void revert() {
        load(workflow.get());
    }

    // ------------------------------------------------------------------ loading and checking

    private record Loaded(List<String> steps, Optional<PolicyStore.Saved> saved, Path target) {}

    private void load(String id) {
        long ticket = ++latest;
        rows.clear();
        problems.clear();
        diff.set("");
        if (id == null) return;
        status.set("Reading the policy…");
        executor.submit(() -> {
            Optional<PolicyStore.Saved> saved = store.saved(id);
            return new Loaded(library.workflowSteps(id), saved, saved.map(PolicyStore.Saved::file).orElse(store.fileFor(id)));
        }, l -> { if (ticket == latest) show(id, l); }, f -> { if (ticket == latest) failed(f); });
    }

    private void show(String id, Loaded l) {
        loading = true;
        base = l.saved().flatMap(PolicyStore.Saved::policy);
        savedText = l.saved().map(PolicyStore.Saved::text).orElse("");
        target = l.target();
        file.set(PlainText.of(target.toString()));
        Map<String, RoutingPolicy.StepRule> rules = base.map(RoutingPolicy::steps).orElse(Map.of());
        List<PolicyRow> out = new ArrayList<>();
        for (String step : l.steps()) {
            RoutingPolicy.StepRule r = rules.get(step);
            out.add(new PolicyRow(step, true, r == null ? null : r.tier(), r == null ? "" : r.reason()));
        }
        rules.forEach((step, r) -> {
            if (!l.steps().contains(step)) out.add(new PolicyRow(step, false, r.tier(), r.reason()));
        });
        rows.setAll(out);
        owner.set(base.flatMap(RoutingPolicy::owner).orElse(""));
        defaultTier.set(base.flatMap(RoutingPolicy::defaultTier).orElse(null));
        loading = false;
        status.set(l.saved().isEmpty() ? "No policy saved for " + PlainText.of(id) + " yet."
                : l.saved().get().problem().map(p -> "The saved file does not read: " + PlainText.of(p))
                .orElse("Policy of " + PlainText.of(id) + "."));
        check();
    }

    /** Validates the edit, renders its canonical text and the diff against the saved file. */
    private void check() {
        if (loading || workflow.get() == null || target == null) return;
        List<String> found = new ArrayList<>();
        Map<String, RoutingPolicy.StepRule> steps = new LinkedHashMap<>();
        for (PolicyRow r : rows) {
            String reason = r.reasonProperty().get().strip();
            String name = PlainText.of(r.stepId());
            if (r.tierProperty().get() != null && reason.isEmpty()) found.add(name + ": a tier needs a reason.");
            else if (r.tierProperty().get() == null && !reason.isEmpty()) found.add(name + ": give a tier for this reason, or clear it.");
            else if (r.tierProperty().get() != null) steps.put(r.stepId(), new RoutingPolicy.StepRule(r.tierProperty().get(), reason));
        }
        String o = owner.get().strip();
        RoutingPolicy p = new RoutingPolicy(workflow.get(), o.isEmpty() ? Optional.empty() : Optional.of(o),
                Optional.ofNullable(defaultTier.get()), base.flatMap(RoutingPolicy::unit), base.flatMap(RoutingPolicy::weeklyBudget),
                base.map(RoutingPolicy::targets).orElse(Map.of()), steps);
        text = PolicyFile.write(p);
        try {
            PolicyFile.parse(JsonReader.hardened().read(text.getBytes(StandardCharsets.UTF_8)).value());
        } catch (PolicyException | dev.runlens.protocol.json.JsonReadException | RuntimeException e) {
            found.add(PlainText.of(e.getMessage()));
        }
        problems.setAll(found);
        valid.set(found.isEmpty());
        changed.set(!text.equals(savedText));
        List<DiffLine> d = LineDiff.of(lines(savedText), lines(text));
        diff.set(changed.get() ? PlainText.block(d.stream().map(DiffLine::toString).collect(Collectors.joining("\n"))) : "");
    }

    private static List<String> lines(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\n", -1));
    }

    private void failed(Throwable t) {
        status.set("Could not read or write the policy: " + PlainText.of(String.valueOf(t.getMessage())));
    }
}
