package dev.runlens.graph.layout;

import dev.runlens.graph.Edge;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.WorkflowSnapshot;
import dev.runlens.testkit.ProjectFolder;

import java.util.Arrays;
import java.util.List;

/** Layout requests from the workflow snapshots of real sample bundles, and from compact text. */
final class Workflows {
    static final double W = 180;
    static final double H = 72;

    private Workflows() {}

    /** The workflow of {@code sample-bundles/<name>}, every step {@link #W} x {@link #H}. */
    static LayoutRequest sample(String name) {
        RunBundle b = BundleModel.of(BundleReader.loader().read(ProjectFolder.sampleBundles().resolve(name)));
        WorkflowSnapshot w = b.run().workflowSnapshot();
        return LayoutRequest.of(
                w.steps().stream().map(s -> new LayoutNode(s.id(), W, H)).toList(),
                w.edges().stream().map(e -> new Edge(e.from(), e.to())).toList());
    }

    /** Nodes "a b c" and edges "a>b b>c", every node {@link #W} x {@link #H}. */
    static LayoutRequest text(String nodes, String edges) {
        return LayoutRequest.of(words(nodes).stream().map(n -> new LayoutNode(n, W, H)).toList(),
                words(edges).stream().map(e -> e.split(">", -1)).map(p -> new Edge(p[0], p[1])).toList());
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
