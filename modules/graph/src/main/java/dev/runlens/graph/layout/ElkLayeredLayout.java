package dev.runlens.graph.layout;

import dev.runlens.graph.Edge;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * {@link DagLayout} with ELK Layered: layers in the edge direction (network simplex), crossings
 * minimised with the input order as tie-breaker, Brandes-Köpf placement, orthogonal or polyline
 * routes. Cycles are broken by ELK (the reversed edges are still routed from source to target).
 * Each call builds its own ELK graph, so calls may run in parallel.
 */
public final class ElkLayeredLayout implements DagLayout {

    /** ELK finds algorithms through a registry; registering ours once keeps it off any plugin set-up. */
    private static final class Registry {
        static final boolean READY = register();

        private static boolean register() {
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
            return true;
        }
    }

    @Override
    public Layout layout(LayoutRequest request, LayoutMonitor monitor) {
        checkCancel(monitor);
        Map<String, LayoutNode> nodes = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (LayoutNode n : request.nodes()) {
            if (nodes.putIfAbsent(n.id(), n) != null) duplicates.add(n.id());
        }
        List<Edge> drawn = new ArrayList<>();
        List<Edge> skipped = new ArrayList<>();
        Set<Edge> seen = new LinkedHashSet<>();
        for (Edge e : request.edges()) {
            if (!nodes.containsKey(e.from()) || !nodes.containsKey(e.to())) skipped.add(e);
            else if (seen.add(e)) drawn.add(e);
        }
        if (nodes.isEmpty()) return new Layout(Map.of(), List.of(), skipped, duplicates, 0, 0);

        ElkNode root = graph(request.options());
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        for (LayoutNode n : nodes.values()) {
            ElkNode k = ElkGraphUtil.createNode(root);
            k.setIdentifier(n.id());
            k.setDimensions(n.width(), n.height());
            elkNodes.put(n.id(), k);
        }
        Map<Edge, ElkEdge> elkEdges = new LinkedHashMap<>();
        for (Edge e : drawn) elkEdges.put(e, ElkGraphUtil.createSimpleEdge(elkNodes.get(e.from()), elkNodes.get(e.to())));

        if (!Registry.READY) throw new IllegalStateException("ELK layered is not registered");
        new RecursiveGraphLayoutEngine().layout(root, new ElkMonitor(monitor));
        checkCancel(monitor);
        monitor.progress("Reading coordinates", 1);
        return result(root, elkNodes, elkEdges, skipped, duplicates);
    }

    private static ElkNode graph(LayoutOptions o) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, o.direction() == LayoutOptions.Direction.RIGHT ? Direction.RIGHT : Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING,
                o.routing() == LayoutOptions.Routing.ORTHOGONAL ? EdgeRouting.ORTHOGONAL : EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, o.nodeSpacing());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, o.layerSpacing());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, o.layerSpacing() / 3);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(o.padding()));
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        return root;
    }

    private static Layout result(ElkNode root, Map<String, ElkNode> elkNodes, Map<Edge, ElkEdge> elkEdges,
                                 List<Edge> skipped, List<String> duplicates) {
        Map<String, NodePlacement> placed = new LinkedHashMap<>();
        double width = root.getWidth();
        double height = root.getHeight();
        for (var e : elkNodes.entrySet()) {
            ElkNode k = e.getValue();
            placed.put(e.getKey(), new NodePlacement(e.getKey(), k.getX(), k.getY(), k.getWidth(), k.getHeight()));
            width = Math.max(width, k.getX() + k.getWidth());
            height = Math.max(height, k.getY() + k.getHeight());
        }
        List<EdgeRoute> routes = new ArrayList<>();
        for (var e : elkEdges.entrySet()) routes.add(new EdgeRoute(e.getKey(), points(e.getValue(), placed, e.getKey())));
        return new Layout(placed, routes, skipped, duplicates, width, height);
    }

    /** The edge's sections joined into one polyline; a straight centre line when ELK gave none. */
    private static List<Point> points(ElkEdge edge, Map<String, NodePlacement> placed, Edge e) {
        List<Point> pts = new ArrayList<>();
        for (ElkEdgeSection s : edge.getSections()) {
            add(pts, new Point(s.getStartX(), s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) add(pts, new Point(b.getX(), b.getY()));
            add(pts, new Point(s.getEndX(), s.getEndY()));
        }
        if (pts.size() < 2) {
            pts.clear();
            pts.add(placed.get(e.from()).center());
            pts.add(placed.get(e.to()).center());
        }
        return pts;
    }

    private static void add(List<Point> pts, Point p) {
        if (pts.isEmpty() || !pts.get(pts.size() - 1).equals(p)) pts.add(p);
    }

    private static void checkCancel(LayoutMonitor monitor) {
        if (monitor.isCancelled()) throw new CancellationException("layout cancelled");
    }
}
