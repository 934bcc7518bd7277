package dev.runlens.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/** Topological order (Kahn, stable) and cycle finding (iterative depth-first search). */
final class Topology {
    private Topology() {}

    static Optional<List<String>> order(Dag g) {
        Map<String, Integer> indegree = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>((a, b) -> Integer.compare(g.indexOf(a), g.indexOf(b)));
        for (String n : g.nodes()) {
            indegree.put(n, g.predecessors(n).size());
            if (g.predecessors(n).isEmpty()) ready.add(n);
        }
        List<String> out = new ArrayList<>(g.nodes().size());
        while (!ready.isEmpty()) {
            String n = ready.poll();
            out.add(n);
            for (String s : g.successors(n)) {
                if (indegree.merge(s, -1, Integer::sum) == 0) ready.add(s);
            }
        }
        return out.size() == g.nodes().size() ? Optional.of(List.copyOf(out)) : Optional.empty();
    }

    private static final int NEW = 0;
    private static final int ON_PATH = 1;
    private static final int DONE = 2;

    static Optional<List<String>> cycle(Dag g) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : g.nodes()) {
            if (state.getOrDefault(start, NEW) != NEW) continue;
            Optional<List<String>> found = search(g, start, state);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /** Depth-first search from {@code start} with an explicit stack of (node, next child index). */
    private static Optional<List<String>> search(Dag g, String start, Map<String, Integer> state) {
        Deque<String> path = new ArrayDeque<>();
        Deque<int[]> cursor = new ArrayDeque<>();
        path.push(start);
        cursor.push(new int[] {0});
        state.put(start, ON_PATH);
        while (!path.isEmpty()) {
            String n = path.peek();
            int[] next = cursor.peek();
            List<String> succ = g.successors(n);
            if (next[0] == succ.size()) {
                state.put(n, DONE);
                path.pop();
                cursor.pop();
                continue;
            }
            String s = succ.get(next[0]++);
            int st = state.getOrDefault(s, NEW);
            if (st == ON_PATH) return Optional.of(close(path, s));
            if (st == NEW) {
                state.put(s, ON_PATH);
                path.push(s);
                cursor.push(new int[] {0});
            }
        }
        return Optional.empty();
    }

    /** The cycle from {@code back} to the top of the path, closed by repeating {@code back}. */
    private static List<String> close(Deque<String> path, String back) {
        List<String> cycle = new ArrayList<>();
        var it = path.descendingIterator();
        boolean in = false;
        while (it.hasNext()) {
            String n = it.next();
            if (n.equals(back)) in = true;
            if (in) cycle.add(n);
        }
        cycle.add(back);
        return List.copyOf(cycle);
    }
}
