package dev.runlens.store;

import dev.runlens.protocol.model.HumanGateRequested;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.TraceEvent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pairs gate requests with resolutions per step and gate kind: a resolution answers the open
 * request whose reason names its note ({@code Checkpoint "id" ...}), else the oldest open one;
 * with none open it is an episode of its own. Episodes come out in the order they began.
 */
final class GatePairing {
    private GatePairing() {}

    static List<GateRow> episodes(List<TraceEvent> trace) {
        List<GateRow> rows = new ArrayList<>();
        Map<String, Deque<Integer>> open = new HashMap<>();
        for (TraceEvent e : trace) {
            if (e instanceof HumanGateRequested q) {
                open.computeIfAbsent(key(q.stepId().orElse(null), q.gate().wire()), k -> new ArrayDeque<>()).add(rows.size());
                rows.add(new GateRow(q.stepId().orElse(null), q.gate().wire(), q.index(), q.ts(), q.reason().orElse(null),
                        null, null, null, null));
            } else if (e instanceof HumanGateResolved r) {
                Integer at = pick(open.get(key(r.stepId().orElse(null), r.gate().wire())), rows, r.note().orElse(null));
                if (at == null) {
                    rows.add(new GateRow(r.stepId().orElse(null), r.gate().wire(), null, null, null,
                            r.index(), r.ts(), r.decision().wire(), r.note().orElse(null)));
                } else {
                    GateRow q = rows.get(at);
                    rows.set(at, new GateRow(q.stepId(), q.gate(), q.requestedIndex(), q.requestedAt(), q.reason(),
                            r.index(), r.ts(), r.decision().wire(), r.note().orElse(null)));
                }
            }
        }
        return rows;
    }

    private static Integer pick(Deque<Integer> open, List<GateRow> rows, String note) {
        if (open == null || open.isEmpty()) return null;
        if (note != null) {
            for (Iterator<Integer> it = open.iterator(); it.hasNext(); ) {
                Integer i = it.next();
                String reason = rows.get(i).reason();
                if (reason != null && reason.contains('"' + note + '"')) {
                    it.remove();
                    return i;
                }
            }
        }
        return open.poll();
    }

    private static String key(String stepId, String gate) {
        return (stepId == null ? "" : stepId) + '\u0000' + gate;
    }
}
