package dev.runlens.app.findings;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.audit.AuditFinding;
import dev.runlens.audit.FindingCatalog;
import dev.runlens.audit.Group;
import dev.runlens.audit.Target;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Findings tab's logic on the audit fixtures: grouping, filter, toggles, detail and jumps. */
class FindingsViewModelTest {
    private static final Workbench WORKBENCH = new Workbench(TaskExecutor.sameThread());
    private final RunSession session = new RunSession();
    private final FindingsViewModel model = new FindingsViewModel(session);

    private Inspection open(String file) {
        Path p = ProjectFolder.sampleBundles().resolve(file);
        Inspection run = WORKBENCH.inspect(p);
        session.show(run);
        return run;
    }

    private Inspection openFixture(String code) {
        return open("negative/audit/" + FindingCatalog.valueOf(code).fixtureName());
    }

    private List<FindingNode> leaves() {
        List<FindingNode> out = new ArrayList<>();
        for (FindingNode s : model.groupsProperty().get()) for (FindingNode c : s.children()) out.addAll(c.children());
        return out;
    }

    /** The first finding row of {@code code}. */
    private FindingNode row(String code) {
        return leaves().stream().filter(n -> n.finding().orElseThrow().code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not shown"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            DUPLICATE_EVENT_ID,  ERROR
            STEP_NEVER_REACHED,  WARNING
            TIMESTAMP_BACKWARDS, WARNING
            MIXED_CURRENCIES,    NOTE
            WORKFLOW_ID_MISMATCH, ERROR
            """)
    void aFixturesFindingAppearsUnderItsSeverityAndCode(String code, Severity severity) {
        Inspection run = openFixture(code);

        FindingNode group = model.groupsProperty().get().stream().filter(g -> g.severity() == severity).findFirst().orElseThrow();
        FindingNode codeGroup = group.children().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
        assertEquals(FindingNode.Kind.SEVERITY, group.kind());
        assertEquals(run.audit().count(severity), group.count());
        assertEquals(run.audit().findings(code).size(), codeGroup.count());
        assertEquals(FindingCatalog.valueOf(code).title(), codeGroup.message());
        assertTrue(codeGroup.children().stream().allMatch(n -> n.finding().orElseThrow().code().equals(code)));
    }

    @Test
    void errorsComeFirstThenWarnings() {
        openFixture("STRIPPED_FIELD");
        assertEquals(List.of(Severity.ERROR, Severity.WARNING),
                model.groupsProperty().get().stream().map(FindingNode::severity).toList());
        assertEquals("1 error, 1 warning, 0 notes", model.summaryProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-03-contract-review-completed.json", "2026-09-09-invoice-extraction-fork-completed.json",
            "2026-09-24-vendor-due-diligence-completed.json", "2026-10-27-claims-triage-pending-pause-after.json"})
    void aCleanSampleShowsNoErrorGroup(String file) {
        open(file);
        assertTrue(model.groupsProperty().get().stream().noneMatch(g -> g.severity() == Severity.ERROR));
        assertTrue(model.summaryProperty().get().startsWith("0 errors") || model.summaryProperty().get().equals("No findings."),
                model.summaryProperty().get());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            DUPLICATE_EVENT_ID
            UNKNOWN_STEP
            TIMESTAMP_BACKWARDS
            RESPONSE_WITHOUT_COST
            MIXED_CURRENCIES
            """)
    void activatingAFindingWithAnEventJumpsToThatEventInTheTrace(String code) {
        Inspection run = openFixture(code);
        FindingNode row = row(code);
        Target target = row.finding().orElseThrow().target();

        model.activate(row);

        int index = target.eventIndex().orElseThrow();
        assertEquals(index, session.selectedEventProperty().get());
        assertEquals(index + 1, session.positionProperty().get());
        assertEquals(RunTab.TRACE, session.tabProperty().get());
        assertEquals(target.eventId().orElseThrow(), run.replay().orElseThrow().event(index).id());
        assertEquals("Event #" + index + " selected in Trace.", model.statusProperty().get());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ENGINE_STEP_STATUS_MISMATCH
            STEP_NEVER_REACHED
            DANGLING_EDGE
            """)
    void activatingAFindingWithOnlyAStepSelectsItInTheDag(String code) {
        openFixture(code);
        FindingNode row = row(code);
        Target target = row.finding().orElseThrow().target();
        assertTrue(target.eventIndex().isEmpty() && target.artifactKey().isEmpty(), "a step-only target");

        model.activate(row);

        assertEquals(target.stepId().orElseThrow(), session.selectedStepProperty().get());
        assertEquals(RunTab.DAG, session.tabProperty().get());
        assertEquals(RunSession.NO_EVENT, session.selectedEventProperty().get());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ENGINE_IDEMPOTENCY_MISMATCH
            PAYLOAD_HASH_MISMATCH
            """)
    void activatingAFindingWithAnArtifactVersionSelectsTheEventThatMadeItInTheReplay(String code) {
        Inspection run = openFixture(code);
        FindingNode row = leaves().stream()
                .filter(n -> n.finding().orElseThrow().target().eventIndex().isEmpty())
                .filter(n -> n.finding().orElseThrow().target().artifactKey().isPresent()).findFirst().orElseThrow();
        Target target = row.finding().orElseThrow().target();

        model.activate(row);

        assertEquals(RunTab.REPLAY, session.tabProperty().get());
        TraceEvent e = run.replay().orElseThrow().event(session.selectedEventProperty().get());
        String key = target.artifactKey().orElseThrow();
        long version = target.artifactVersion().orElseThrow();
        assertTrue(e instanceof ArtifactWritten w && w.artifact().artifactKey().equals(key) && w.artifact().version() == version
                || e instanceof ArtifactPatch p && p.artifactKey().equals(key) && p.toVersion() == version, e.toString());
    }

    @Test
    void aFindingWithoutTargetMovesNothingAndSaysSo() {
        openFixture("WORKFLOW_ID_MISMATCH");

        model.activate(row("WORKFLOW_ID_MISMATCH"));

        assertEquals(FindingsViewModel.NO_TARGET, model.statusProperty().get());
        assertEquals(RunTab.OVERVIEW, session.tabProperty().get());
        assertEquals(RunSession.NO_EVENT, session.selectedEventProperty().get());
        assertEquals(null, session.selectedStepProperty().get());
    }

    @Test
    void activatingAGroupDoesNothing() {
        openFixture("DUPLICATE_EVENT_ID");
        model.activate(model.groupsProperty().get().get(0));
        assertEquals(RunTab.OVERVIEW, session.tabProperty().get());
        assertEquals("", model.statusProperty().get());
    }

    @Test
    void theFilterKeepsFindingsWhoseCodeOrMessageContainsIt() {
        Inspection run = openFixture("PATCH_NOT_REPLAYABLE");
        assertEquals(2, leaves().size());

        model.filterProperty().set("patch_not");
        assertEquals(List.of("PATCH_NOT_REPLAYABLE"), leaves().stream().map(FindingNode::code).toList());

        String word = run.audit().findings("PAYLOAD_HASH_CARRIED_OVER").get(0).message().split(" ")[0];
        model.filterProperty().set(word.toUpperCase(java.util.Locale.ROOT));
        assertTrue(leaves().stream().anyMatch(n -> n.code().equals("PAYLOAD_HASH_CARRIED_OVER")));

        model.filterProperty().set("no such text");
        assertTrue(model.groupsProperty().get().isEmpty());
        assertEquals("0 errors, 2 warnings, 0 notes — showing 0 of 2", model.summaryProperty().get());
    }

    @Test
    void aSeverityToggledOffLeavesItsGroupOut() {
        openFixture("STRIPPED_FIELD");

        model.shownProperty(Severity.ERROR).set(false);

        assertEquals(List.of(Severity.WARNING), model.groupsProperty().get().stream().map(FindingNode::severity).toList());
        model.shownProperty(Severity.ERROR).set(true);
        assertEquals(2, model.groupsProperty().get().size());
    }

    @Test
    void theDetailExplainsTheSelectedFindingWithTheCatalogsText() {
        Inspection run = openFixture("DUPLICATE_EVENT_ID");
        AuditFinding f = run.audit().findings("DUPLICATE_EVENT_ID").get(0);

        model.select(row("DUPLICATE_EVENT_ID"));

        String detail = model.detailProperty().get();
        assertTrue(detail.startsWith("DUPLICATE_EVENT_ID — " + FindingCatalog.DUPLICATE_EVENT_ID.title()), detail);
        assertTrue(detail.contains(f.path()) && detail.contains(f.location()), detail);
        assertTrue(detail.contains("event #" + f.target().eventIndex().orElseThrow()), detail);
        assertTrue(detail.endsWith(FindingCatalog.DUPLICATE_EVENT_ID.explanation()), detail);
    }

    @Test
    void theSelectionSurvivesFilteringWhileItsFindingStaysShown() {
        openFixture("PATCH_NOT_REPLAYABLE");
        FindingNode row = row("PATCH_NOT_REPLAYABLE");
        model.select(row);

        model.filterProperty().set("patch_not");
        assertEquals(row.finding(), model.selectedProperty().get().finding());

        model.filterProperty().set("nothing matches this");
        assertEquals(null, model.selectedProperty().get());
        assertEquals("", model.detailProperty().get());
    }

    @Test
    void openingAnotherRunReplacesTheGroupsAndClearsTheStatus() {
        openFixture("DUPLICATE_EVENT_ID");
        model.activate(row("DUPLICATE_EVENT_ID"));
        assertFalse(model.statusProperty().get().isEmpty());

        open("2026-09-01-meeting-digest-completed.json");

        assertEquals("", model.statusProperty().get());
        assertTrue(model.groupsProperty().get().isEmpty());
        assertEquals("No findings.", model.summaryProperty().get());
        session.show(null);
        assertEquals(FindingsViewModel.NOTHING_OPEN, model.summaryProperty().get());
    }

    @Test
    void bundleTextInFindingsIsShownAsPlainText() {
        AuditFinding f = new AuditFinding("DUPLICATE_EVENT_ID", Group.EVENTS, Severity.ERROR, "two\nlines\u202Eevil",
                "trace[0].id", "1:1", "", new Target(OptionalInt.of(0), Optional.of("evt\n1"), Optional.empty(),
                Optional.empty(), OptionalLong.empty()));

        FindingNode leaf = FindingsTree.build(List.of(f), "", EnumSet.allOf(Severity.class)).get(0).children().get(0).children().get(0);

        assertEquals("two\\u000Alines\\u202Eevil", leaf.message());
        assertEquals("event #0 evt\\u000A1", leaf.target());
    }
}
