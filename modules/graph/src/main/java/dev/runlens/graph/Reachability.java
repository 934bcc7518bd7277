package dev.runlens.graph;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Breadth-first reachability; unknown start ids are ignored. */
final class Reachability {
    private Reachability() {}

    static List<String> from(Dag g, Collection<String> starts) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String s : starts) {
            if (g.contains(s) && seen.add(s)) queue.add(s);
        }
        while (!queue.isEmpty()) {
            for (String next : g.successors(queue.poll())) {
                if (seen.add(next)) queue.add(next);
            }
        }
        return g.nodes().stream().filter(seen::contains).toList();
    }
}
