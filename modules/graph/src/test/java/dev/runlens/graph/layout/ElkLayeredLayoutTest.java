package dev.runlens.graph.layout;

import dev.runlens.graph.Edge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElkLayeredLayoutTest {
    private static final double TOLERANCE = 0.5;
    private static final String VENDOR_DUE_DILIGENCE = "2026-09-24-vendor-due-diligence-completed.json";
    private final DagLayout engine = new ElkLayeredLayout();

    @Test
    void theFortyStepSampleLaysOutWithoutOverlap() {
        LayoutRequest request = Workflows.sample(VENDOR_DUE_DILIGENCE);
        assertEquals(40, request.nodes().size());

        Layout layout = engine.layout(request, LayoutMonitor.NONE);

        assertEquals(request.nodes().stream().map(LayoutNode::id).toList(), List.copyOf(layout.nodes().keySet()));
        assertNoOverlap(layout);
        assertEquals(request.edges().size(), layout.edges().size());
        assertTrue(layout.skippedEdges().isEmpty());
        assertRoutesTouchTheirNodes(layout);
        assertEdgesPointRight(layout);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-09-03-contract-review-completed.json
            2026-09-08-invoice-extraction-failed.json
            2026-09-09-invoice-extraction-fork-completed.json
            2026-09-17-claims-triage-pending-pause-before.json
            2026-09-01-meeting-digest-completed.json
            """)
    void everySampleWorkflowLaysOutCleanly(String sample) {
        Layout layout = engine.layout(Workflows.sample(sample), LayoutMonitor.NONE);
        assertFalse(layout.nodes().isEmpty());
        assertNoOverlap(layout);
        assertRoutesTouchTheirNodes(layout);
        assertEdgesPointRight(layout);
    }

    @ParameterizedTest
    @EnumSource(LayoutOptions.Routing.class)
    void topToBottomPutsEveryTargetBelowItsSource(LayoutOptions.Routing routing) {
        LayoutRequest request = Workflows.text("a b c d e", "a>b a>c b>d c>d d>e")
                .with(LayoutOptions.DEFAULT.withDirection(LayoutOptions.Direction.DOWN).withRouting(routing));
        Layout layout = engine.layout(request, LayoutMonitor.NONE);
        for (EdgeRoute r : layout.edges()) {
            NodePlacement from = layout.nodes().get(r.edge().from());
            NodePlacement to = layout.nodes().get(r.edge().to());
            assertTrue(from.maxY() <= to.y(), r.edge() + " points down");
        }
        assertNoOverlap(layout);
        assertRoutesTouchTheirNodes(layout);
    }

    @Test
    void theDrawingBoundsEveryNodeAndRoute() {
        Layout layout = engine.layout(Workflows.sample(VENDOR_DUE_DILIGENCE), LayoutMonitor.NONE);
        for (NodePlacement p : layout.nodes().values()) {
            assertTrue(p.x() >= 0 && p.y() >= 0 && p.maxX() <= layout.width() && p.maxY() <= layout.height(), p.id());
        }
        for (EdgeRoute r : layout.edges()) {
            for (Point p : r.points()) {
                assertTrue(p.x() >= 0 && p.y() >= 0 && p.x() <= layout.width() && p.y() <= layout.height(), r.edge().toString());
            }
        }
    }

    @Test
    void danglingEdgesAreSkippedAndReported() {
        Layout layout = engine.layout(Workflows.text("a b", "a>b a>ghost ghost>b"), LayoutMonitor.NONE);
        assertEquals(List.of(new Edge("a", "ghost"), new Edge("ghost", "b")), layout.skippedEdges());
        assertEquals(List.of(new Edge("a", "b")), layout.edges().stream().map(EdgeRoute::edge).toList());
    }

    @Test
    void theDanglingEdgeFixtureLaysOut() {
        LayoutRequest request = Workflows.sample("negative/audit/dangling-edge.json");
        Layout layout = engine.layout(request, LayoutMonitor.NONE);
        assertEquals(1, layout.skippedEdges().size());
        assertEquals(request.edges().size() - 1, layout.edges().size());
        assertNoOverlap(layout);
    }

    @Test
    void theWorkflowCycleFixtureLaysOutWithEveryEdgeRouted() {
        LayoutRequest request = Workflows.sample("negative/audit/workflow-cycle.json");
        Layout layout = engine.layout(request, LayoutMonitor.NONE);
        assertEquals(request.nodes().size(), layout.nodes().size());
        assertEquals(request.edges().size(), layout.edges().size());
        assertNoOverlap(layout);
        assertRoutesTouchTheirNodes(layout);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'a b c', 'a>b b>c c>a'
            'a b',   'a>a a>b'
            'a b',   'a>b b>a'
            """)
    void cyclesAndSelfLoopsAreRouted(String nodes, String edges) {
        LayoutRequest request = Workflows.text(nodes, edges);
        Layout layout = engine.layout(request, LayoutMonitor.NONE);
        assertEquals(request.edges().size(), layout.edges().size());
        assertNoOverlap(layout);
        assertRoutesTouchTheirNodes(layout);
    }

    @Test
    void repeatedNodesAndEdgesArePlacedOnce() {
        Layout layout = engine.layout(Workflows.text("a b a", "a>b a>b"), LayoutMonitor.NONE);
        assertEquals(List.of("a", "b"), List.copyOf(layout.nodes().keySet()));
        assertEquals(List.of("a"), layout.duplicateNodes());
        assertEquals(1, layout.edges().size());
    }

    @Test
    void anEmptyRequestGivesAnEmptyLayout() {
        Layout layout = engine.layout(Workflows.text("", "a>b"), LayoutMonitor.NONE);
        assertTrue(layout.nodes().isEmpty());
        assertEquals(List.of(new Edge("a", "b")), layout.skippedEdges());
    }

    @Test
    void nodesKeepTheirSizes() {
        LayoutRequest request = LayoutRequest.of(
                List.of(new LayoutNode("wide", 300, 40), new LayoutNode("tall", 60, 200)), List.of(new Edge("wide", "tall")));
        Layout layout = engine.layout(request, LayoutMonitor.NONE);
        assertEquals(300, layout.nodes().get("wide").width());
        assertEquals(200, layout.nodes().get("tall").height());
    }

    @Test
    void aCancelledMonitorStopsTheLayout() {
        LayoutMonitor cancelled = new LayoutMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> engine.layout(Workflows.sample(VENDOR_DUE_DILIGENCE), cancelled));
    }

    @Test
    void cancellingWhileRunningStopsTheLayout() {
        List<String> tasks = new ArrayList<>();
        LayoutMonitor cancelAfterStart = new LayoutMonitor() {
            @Override
            public void progress(String task, double done) {
                tasks.add(task);
            }

            @Override
            public boolean isCancelled() {
                return !tasks.isEmpty();
            }
        };
        assertThrows(CancellationException.class,
                () -> engine.layout(Workflows.sample(VENDOR_DUE_DILIGENCE), cancelAfterStart));
        assertFalse(tasks.isEmpty(), "the engine reported a task before it stopped");
    }

    @Test
    void progressIsReportedUpToDone() {
        List<Double> fractions = new ArrayList<>();
        engine.layout(Workflows.sample(VENDOR_DUE_DILIGENCE), new LayoutMonitor() {
            @Override
            public void progress(String task, double done) {
                fractions.add(done);
            }
        });
        assertTrue(fractions.size() > 2, "several tasks reported: " + fractions);
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1), "monotone " + fractions);
    }

    @Test
    void theSameRequestGivesTheSameLayout() {
        LayoutRequest request = Workflows.sample(VENDOR_DUE_DILIGENCE);
        assertEquals(engine.layout(request, LayoutMonitor.NONE), engine.layout(request, LayoutMonitor.NONE));
    }

    static void assertNoOverlap(Layout layout) {
        List<NodePlacement> all = List.copyOf(layout.nodes().values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(all.get(i).overlaps(all.get(j)), all.get(i) + " overlaps " + all.get(j));
            }
        }
    }

    static void assertRoutesTouchTheirNodes(Layout layout) {
        for (EdgeRoute r : layout.edges()) {
            NodePlacement from = layout.nodes().get(r.edge().from());
            NodePlacement to = layout.nodes().get(r.edge().to());
            assertTrue(from.onBorder(r.start(), TOLERANCE), r.edge() + " starts on its source: " + r.start() + " " + from);
            assertTrue(to.onBorder(r.end(), TOLERANCE), r.edge() + " ends on its target: " + r.end() + " " + to);
        }
    }

    /** Layering respects edge direction: on an acyclic graph laid out left to right, every target is right of its source. */
    static void assertEdgesPointRight(Layout layout) {
        for (EdgeRoute r : layout.edges()) {
            NodePlacement from = layout.nodes().get(r.edge().from());
            NodePlacement to = layout.nodes().get(r.edge().to());
            assertTrue(from.maxX() <= to.x(), r.edge() + " points right: " + from + " -> " + to);
        }
    }
}
