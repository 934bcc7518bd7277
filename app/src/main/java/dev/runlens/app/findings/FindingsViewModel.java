package dev.runlens.app.findings;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.PlainText;
import dev.runlens.audit.AuditFinding;
import dev.runlens.audit.Target;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.workbench.Inspection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Findings tab: the open run's audit findings grouped by severity and code, a filter and
 * severity toggles, the selected row's explanation, and the jump from a finding to what it points
 * at (an event in the Trace tab, a step in the DAG tab, the event that made an artifact version in
 * the Replay tab). Touches no control; use on one thread (the FX thread in the app).
 */
public final class FindingsViewModel {
    static final String NOTHING_OPEN = "No run open.";
    /** The summary while the open run's audit is still running (never "no findings" before it arrived). */
    static final String AUDITING = "Auditing… findings appear when the audit is done.";
    static final String NO_TARGET = "This finding points at no event, step or artifact: it concerns the file as a whole.";

    private final RunSession session;
    private final ReadOnlyObjectWrapper<List<FindingNode>> groups = new ReadOnlyObjectWrapper<>(this, "groups", List.of());
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final Map<Severity, BooleanProperty> shown = new EnumMap<>(Severity.class);
    private final ReadOnlyObjectWrapper<FindingNode> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", NOTHING_OPEN);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper auditing = new ReadOnlyBooleanWrapper(this, "auditing");

    public FindingsViewModel(RunSession session) {
        this.session = session;
        for (Severity s : Severity.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, "show" + s.name(), true);
            p.addListener((o, was, now) -> regroup());
            shown.put(s, p);
        }
        filter.addListener((o, was, now) -> regroup());
        session.inspectionProperty().addListener((o, was, now) -> {
            status.set("");
            regroup();
        });
        regroup();
    }

    // ------------------------------------------------------------------ state

    /** Severity groups (errors first) of code groups of findings; replaced, never changed in place. */
    public ReadOnlyObjectProperty<List<FindingNode>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /** Keeps findings whose code or message contains this text (ignoring case). */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Whether findings of {@code severity} are shown. */
    public BooleanProperty shownProperty(Severity severity) {
        return shown.get(severity);
    }

    public ReadOnlyObjectProperty<FindingNode> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected row explained: the finding, where it is, what it points at, and the catalog's text. Plain text. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** How many findings of each severity the run has, and how many the filter shows. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while the open run's audit is still running: no finding is known yet, not even "none". */
    public ReadOnlyBooleanProperty auditingProperty() {
        return auditing.getReadOnlyProperty();
    }

    /** What the last jump did, or why it could not. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ commands

    /** Selects a row (null clears) and explains it. */
    public void select(FindingNode node) {
        selected.set(node);
        detail.set(node == null ? "" : FindingDetail.of(node));
    }

    /**
     * Goes to what the finding points at: its event (Trace tab), else the event that made its
     * artifact version (Replay tab), else its step (DAG tab). Group rows do nothing.
     */
    public void activate(FindingNode node) {
        if (node == null || node.finding().isEmpty()) return;
        select(node);
        jump(node.finding().get());
    }

    private void jump(AuditFinding f) {
        Target t = f.target();
        if (t.eventIndex().isPresent()) {
            int i = t.eventIndex().getAsInt();
            if (i >= session.size()) {
                status.set("Event #" + i + " is not in the replayed trace (" + session.size() + " events).");
                return;
            }
            session.selectEvent(i);
            session.showTab(RunTab.TRACE);
            status.set("Event #" + i + " selected in Trace.");
        } else if (t.artifactKey().isPresent()) {
            OptionalInt writer = session.inspection().flatMap(Inspection::model)
                    .map(b -> Targets.writer(b, t.artifactKey().get(), t.artifactVersion().orElse(-1)))
                    .orElse(OptionalInt.empty());
            if (writer.isEmpty() || writer.getAsInt() >= session.size()) {
                status.set("No trace event wrote artifact " + Targets.artifact(t) + ".");
                return;
            }
            session.selectEvent(writer.getAsInt());
            session.showTab(RunTab.REPLAY);
            status.set("Artifact " + Targets.artifact(t) + ": made by event #" + writer.getAsInt() + ", shown in Replay.");
        } else if (t.stepId().isPresent()) {
            session.selectStep(t.stepId().get());
            session.showTab(RunTab.DAG);
            status.set("Step " + PlainText.of(t.stepId().get()) + " selected in DAG.");
        } else {
            status.set(NO_TARGET);
        }
    }

    // ------------------------------------------------------------------ grouping

    private void regroup() {
        auditing.set(session.auditPending());
        List<AuditFinding> all = session.inspection().flatMap(Inspection::auditReport).map(a -> a.findings()).orElse(List.of());
        Set<Severity> on = EnumSet.noneOf(Severity.class);
        shown.forEach((s, p) -> { if (p.get()) on.add(s); });
        List<FindingNode> now = FindingsTree.build(all, filter.get(), on);
        groups.set(now);
        summary.set(summarise(all, now));
        FindingNode was = selected.get();
        select(was == null ? null : find(now, was));
    }

    private String summarise(List<AuditFinding> all, List<FindingNode> now) {
        if (session.inspection().isEmpty()) return NOTHING_OPEN;
        if (auditing.get()) return AUDITING;
        if (all.isEmpty()) return "No findings.";
        String counts = Arrays.stream(Severity.values())
                .map(s -> plural(all.stream().filter(f -> f.severity() == s).count(), s))
                .collect(Collectors.joining(", "));
        int visible = now.stream().mapToInt(FindingNode::count).sum();
        return counts + (visible == all.size() ? "" : " — showing " + visible + " of " + all.size());
    }

    private static String plural(long count, Severity s) {
        return count + " " + s.label() + (count == 1 ? "" : "s");
    }

    /** The row of {@code now} that shows what {@code was} showed, or null. */
    private static FindingNode find(List<FindingNode> now, FindingNode was) {
        for (FindingNode n : now) {
            if (same(n, was)) return n;
            FindingNode inside = find(n.children(), was);
            if (inside != null) return inside;
        }
        return null;
    }

    private static boolean same(FindingNode a, FindingNode b) {
        if (a.kind() != b.kind() || a.severity() != b.severity()) return false;
        return switch (a.kind()) {
            case SEVERITY -> true;
            case CODE -> a.code().equals(b.code());
            case FINDING -> a.finding().get() == b.finding().get();
        };
    }
}
