package dev.runlens.graph.layout;

import java.util.concurrent.CancellationException;

/**
 * A layout engine: sizes in, coordinates out ({@code STYLE.md} #13). Implementations are
 * stateless and safe to call from any thread; they never touch a UI.
 */
public interface DagLayout {

    /**
     * Places every node of {@code request} without overlap and routes every edge between known
     * nodes. Cycles are laid out (some edges then point backwards); edges with an unknown endpoint
     * are skipped and reported, never fatal.
     *
     * @throws CancellationException when {@code monitor} asks to stop
     */
    Layout layout(LayoutRequest request, LayoutMonitor monitor);
}
