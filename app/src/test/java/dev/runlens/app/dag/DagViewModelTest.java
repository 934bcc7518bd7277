package dev.runlens.app.dag;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.graph.Edge;
import dev.runlens.graph.layout.ElkLayeredLayout;
import dev.runlens.graph.layout.NodePlacement;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.analysis.CriticalPaths;
import dev.runlens.replay.analysis.FailureAnalysis;
import dev.runlens.replay.receipt.Receipts;
import dev.runlens.workbench.TaskExecutor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DAG tab's logic on real sample runs, with background work run on the calling thread. */
class DagViewModelTest {
    private final RunSession session = new RunSession();

    {
        session.showTab(RunTab.DAG); // the tab works only while it is in front
    }
    private final DagViewModel model = new DagViewModel(session, TaskExecutor.sameThread(), new ElkLayeredLayout());

    private Replay open(String sample) {
        session.show(Runs.inspect(sample));
        return session.replay().orElseThrow();
    }

    private Map<String, DagNode> nodes() {
        return model.nodesProperty().get().stream().collect(Collectors.toMap(DagNode::id, n -> n));
    }

    @Test
    void everyStepOfTheFortyStepSampleIsLaidOutWithoutOverlap() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);

        assertEquals(40, model.layoutProperty().get().nodes().size());
        assertEquals(replay.dag().nodes(), model.nodesProperty().get().stream().map(DagNode::id).toList());
        List<NodePlacement> boxes = List.copyOf(model.layoutProperty().get().nodes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) assertFalse(boxes.get(i).overlaps(boxes.get(j)));
        }
        assertEquals("", model.messageProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void atTheEndOfACompletedRunEveryStepCompletedAndEveryEdgeWasTaken() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);
        assertEquals(replay.size(), model.shownPositionProperty().get());
        assertTrue(model.nodesProperty().get().stream().allMatch(n -> n.state() == NodeState.COMPLETED));
        assertEquals(replay.dag().edges().size(), model.edgesProperty().get().size());
        assertTrue(model.edgesProperty().get().stream().allMatch(DagEdge::executed));
    }

    @Test
    void beforeTheFirstEventNothingHasRunOrSpent() {
        open(Runs.VENDOR_DUE_DILIGENCE);
        session.moveTo(0);
        assertEquals(0, model.shownPositionProperty().get());
        for (DagNode n : model.nodesProperty().get()) {
            assertEquals(NodeState.PENDING, n.state(), n.id());
            assertEquals(Heat.NONE, n.heat(), n.id());
            assertEquals(0, n.tokens());
            assertEquals("", n.cost());
        }
        assertTrue(model.edgesProperty().get().stream().noneMatch(DagEdge::executed));
    }

    @Test
    void theNodesFollowTheCursor() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);
        TraceEvent firstDone = replay.bundle().trace().stream().filter(StepCompleted.class::isInstance).findFirst().orElseThrow();
        String step = firstDone.stepId().orElseThrow();

        session.moveTo(firstDone.index());
        assertEquals(NodeState.RUNNING, nodes().get(step).state());
        session.moveTo(firstDone.index() + 1);
        assertEquals(NodeState.COMPLETED, nodes().get(step).state());
        RunState state = replay.stateAt(firstDone.index() + 1);
        for (DagNode n : model.nodesProperty().get()) {
            assertEquals(state.spend().step(n.id()).totalTokens(), n.tokens(), n.id());
        }
    }

    @Test
    void aFailedRunShowsItsFailedStepAndTheStepsNeverReached() {
        Replay replay = open(Runs.INVOICE_FAILED);
        FailureAnalysis failure = FailureAnalysis.of(replay).orElseThrow();
        Map<String, DagNode> nodes = nodes();

        assertEquals(NodeState.FAILED, nodes.get(failure.stepId().orElseThrow()).state());
        Set<String> neverReached = nodes.values().stream().filter(n -> n.state() == NodeState.NEVER_REACHED)
                .map(DagNode::id).collect(Collectors.toSet());
        assertFalse(neverReached.isEmpty());
        assertEquals(Set.copyOf(failure.notStarted()), neverReached);
        assertTrue(model.edgesProperty().get().stream().filter(e -> neverReached.contains(e.edge().to()))
                .noneMatch(DagEdge::executed), "no edge into a never-reached step was taken");
    }

    @Test
    void heatIsEachStepsLargestShareOfTheMostExpensiveStepInTheSameCurrency() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);
        RunState end = replay.finalState();
        Map<String, BigDecimal> max = new TreeMap<>();
        replay.dag().nodes().forEach(id -> end.spend().step(id).cost().forEach((c, v) -> max.merge(c, v, BigDecimal::max)));
        assertTrue(max.size() > 1, "the sample spends in more than one currency: " + max);

        for (DagNode n : model.nodesProperty().get()) {
            double share = end.spend().step(n.id()).cost().entrySet().stream()
                    .mapToDouble(e -> e.getValue().doubleValue() / max.get(e.getKey()).doubleValue()).max().orElse(0);
            Heat expected = share == 0 ? Heat.NONE : share <= 1 / 3.0 ? Heat.COLD : share <= 2 / 3.0 ? Heat.WARM : Heat.HOT;
            assertEquals(expected, n.heat(), n.id() + " share " + share);
        }
        Set<Heat> seen = model.nodesProperty().get().stream().map(DagNode::heat).collect(Collectors.toSet());
        assertEquals(Set.of(Heat.values()), seen, "the sample has steps in every bucket");
    }

    @Test
    void theLegendGivesEachBucketsUpperFiguresPerCurrency() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);
        RunState end = replay.finalState();
        Map<String, BigDecimal> max = new TreeMap<>();
        replay.dag().nodes().forEach(id -> end.spend().step(id).cost().forEach((c, v) -> max.merge(c, v, BigDecimal::max)));

        List<LegendEntry> legend = model.legendProperty().get();
        assertEquals(List.of(Heat.NONE, Heat.COLD, Heat.WARM, Heat.HOT), legend.stream().map(LegendEntry::heat).toList());
        assertEquals(max.entrySet().stream().map(e -> "≤ " + Formats.money(e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · ")), legend.get(3).range());
        assertTrue(legend.get(1).range().contains("≤ " + Formats.money("USD", max.get("USD").divide(BigDecimal.valueOf(3),
                java.math.MathContext.DECIMAL64))), legend.get(1).range());
    }

    @Test
    void selectingANodeSelectsTheStepEverywhereAndShowsItsReceipts() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);
        Receipts receipts = Receipts.of(replay.bundle());
        String step = replay.dag().nodes().stream().filter(id -> !receipts.forStep(id).isEmpty()).findFirst().orElseThrow();

        model.select(step);

        assertEquals(step, session.selectedStepProperty().get());
        StepDetails d = model.detailsProperty().get();
        assertEquals(step, d.id());
        assertEquals(receipts.forStep(step).size(), d.receipts().size());
        StepDetails.ReceiptRow first = d.receipts().get(0);
        assertTrue(first.model().contains(receipts.forStep(step).get(0).model().orElseThrow()), first.model());
        assertTrue(first.tokens().endsWith(")") && first.tokens().contains(" tok"), first.tokens());
        assertTrue(first.cost().startsWith("USD "), first.cost());
    }

    @Test
    void aStepSelectedElsewhereShowsItsArtifactsAndGates() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);
        String gated = replay.finalState().gates().stream().filter(g -> g.resolution().isPresent()
                && g.resolution().get().note().isPresent() && g.resolution().get().checkpointId().isEmpty())
                .findFirst().orElseThrow().stepId();

        session.selectStep(gated);

        StepDetails d = model.detailsProperty().get();
        assertEquals(gated, d.id());
        assertFalse(d.gates().isEmpty());
        assertTrue(d.gates().stream().anyMatch(g -> g.note().contains("note: ")), d.gates().toString());
        List<String> declared = replay.bundle().run().workflowSnapshot().step(gated).orElseThrow().outputs();
        assertEquals(new TreeSet<>(declared), d.artifacts().stream().map(StepDetails.ArtifactRow::key)
                .filter(declared::contains).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void detailsOnlyHoldWhatTheTraceHasByTheCursor() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);
        String step = replay.dag().nodes().get(1);
        session.selectStep(step);
        assertFalse(model.detailsProperty().get().receipts().isEmpty());
        assertFalse(model.detailsProperty().get().artifacts().isEmpty());

        session.moveTo(0);

        assertEquals(step, model.detailsProperty().get().id());
        assertTrue(model.detailsProperty().get().receipts().isEmpty());
        assertTrue(model.detailsProperty().get().artifacts().isEmpty());
        assertEquals("pending", model.detailsProperty().get().status());
    }

    @Test
    void aPendingGateShowsOnItsStepAndInItsDetails() {
        Replay replay = open(Runs.CLAIMS_PENDING);
        String waiting = replay.finalState().pendingGates().get(0).stepId();

        assertTrue(nodes().get(waiting).status().endsWith("waiting at gate"), nodes().get(waiting).status());
        session.selectStep(waiting);
        assertTrue(model.detailsProperty().get().gates().stream().anyMatch(g -> g.state().equals("pending")));
        assertEquals("pause before", model.detailsProperty().get().policy());
    }

    @Test
    void theCostCriticalPathIsTheMostExpensivePath() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);
        List<String> expected = CriticalPaths.of(replay).byCost().get("USD").stepIds();

        model.showCritical(CriticalMode.COST);

        assertEquals(expected, model.nodesProperty().get().stream().filter(DagNode::critical).map(DagNode::id)
                .sorted((a, b) -> Integer.compare(expected.indexOf(a), expected.indexOf(b))).toList());
        assertEquals(Set.copyOf(PreparedRun.edgesOf(expected)), model.edgesProperty().get().stream()
                .filter(DagEdge::critical).map(DagEdge::edge).collect(Collectors.toSet()));
        assertTrue(model.criticalSummaryProperty().get().startsWith("Most expensive path (USD): " + expected.size() + " steps"));
    }

    @Test
    void theLatencyCriticalPathAndOffSwitch() {
        Replay replay = open(Runs.VENDOR_DUE_DILIGENCE);
        List<String> expected = CriticalPaths.of(replay).byLatency().orElseThrow().stepIds();

        model.showCritical(CriticalMode.LATENCY);
        assertEquals(Set.copyOf(expected), model.nodesProperty().get().stream().filter(DagNode::critical)
                .map(DagNode::id).collect(Collectors.toSet()));
        assertTrue(model.criticalSummaryProperty().get().contains("at gates"));

        model.showCritical(CriticalMode.NONE);
        assertTrue(model.nodesProperty().get().stream().noneMatch(DagNode::critical));
        assertTrue(model.edgesProperty().get().stream().noneMatch(DagEdge::critical));
        assertEquals("", model.criticalSummaryProperty().get());
    }

    @Test
    void danglingEdgesAreReportedAndTheRestIsDrawn() {
        Replay replay = open("negative/audit/dangling-edge.json");
        Edge dangling = replay.dag().danglingEdges().get(0);
        assertTrue(model.messageProperty().get().contains("1 edge not drawn (unknown step): " + dangling), model.messageProperty().get());
        assertEquals(replay.dag().nodes().size(), model.nodesProperty().get().size());
    }

    @Test
    void aCyclicWorkflowIsDrawnAndHasNoCriticalPath() {
        Replay replay = open("negative/audit/workflow-cycle.json");
        assertEquals(replay.dag().nodes().size(), model.nodesProperty().get().size());
        assertTrue(model.messageProperty().get().contains("The workflow has a cycle"), model.messageProperty().get());
        model.showCritical(CriticalMode.LATENCY);
        assertTrue(model.nodesProperty().get().stream().noneMatch(DagNode::critical));
        assertTrue(model.criticalSummaryProperty().get().contains("cycle"));
    }

    @Test
    void closingTheRunClearsTheDag() {
        open(Runs.VENDOR_DUE_DILIGENCE);
        session.selectStep("open_case");
        session.show(null);
        assertNull(model.layoutProperty().get());
        assertTrue(model.nodesProperty().get().isEmpty());
        assertNull(model.detailsProperty().get());
    }
}
