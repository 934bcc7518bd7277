/**
 * DAG algorithms over plain string ids: {@link dev.runlens.graph.Dag} (nodes, edges, neighbours,
 * dangling edges), stable topological order, a concrete cycle when there is one, reachability and
 * the heaviest root-to-sink (critical) path by node weights. Depends on nothing of ours: callers pass ids and
 * edges, not bundles.
 */
package dev.runlens.graph;
