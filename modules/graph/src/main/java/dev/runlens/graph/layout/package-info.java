/**
 * Layout contract for drawing a DAG: {@link dev.runlens.graph.layout.DagLayout} takes node sizes and
 * edges ({@link dev.runlens.graph.layout.LayoutRequest}) and gives node positions and edge routes
 * ({@link dev.runlens.graph.layout.Layout}), reporting progress and honouring cancel through a
 * UI-free {@link dev.runlens.graph.layout.LayoutMonitor}. {@link dev.runlens.graph.layout.ElkLayeredLayout}
 * implements it with the Eclipse Layout Kernel's layered (Sugiyama) algorithm; ELK stays behind
 * this package, so callers never see its types.
 */
package dev.runlens.graph.layout;
