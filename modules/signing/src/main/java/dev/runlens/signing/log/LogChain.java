package dev.runlens.signing.log;

import dev.runlens.signing.decision.DecisionStatement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hash chain of a per-run decision log (design B9, B7 step 12): order comes from {@code prev}
 * and {@code seq}, not from lines, so reordering changes nothing while removal, re-linking, replay
 * from another run and conflicting decision ids are found. Identical duplicates are merged.
 */
public final class LogChain {
    private final Map<String, LogEntry> byDigest;
    private final List<LogProblem> problems;

    private LogChain(Map<String, LogEntry> byDigest, List<LogProblem> problems) {
        this.byDigest = byDigest;
        this.problems = List.copyOf(problems);
    }

    public static LogChain check(String runId, List<LogEntry> entries) {
        List<LogProblem> problems = new ArrayList<>();
        Map<String, LogEntry> byDigest = new LinkedHashMap<>();
        Map<String, LogEntry> byDecision = new HashMap<>();
        for (LogEntry e : entries) {
            if (!e.runId().equals(runId)) {
                problems.add(new LogProblem(LogProblem.Kind.OTHER_RUN, e.line(), "decision " + e.decisionId() + " is for run " + e.runId()
                        + ", not " + runId + " (replayed from another run's log)"));
                continue;
            }
            LogEntry seen = byDecision.get(e.decisionId());
            if (seen != null && !seen.entryDigest().equals(e.entryDigest())) {
                problems.add(new LogProblem(LogProblem.Kind.DECISION_ID_CONFLICT, e.line(), "decision id " + e.decisionId()
                        + " already has a different payload on line " + seen.line()));
                continue;
            }
            byDecision.putIfAbsent(e.decisionId(), e);
            byDigest.putIfAbsent(e.entryDigest(), e); // an identical payload twice is one entry
        }
        for (LogEntry e : byDigest.values()) {
            long maxPrev = 0;
            boolean resolved = true;
            for (String p : e.prev()) {
                LogEntry q = byDigest.get(p);
                if (q == null) {
                    resolved = false;
                    problems.add(new LogProblem(LogProblem.Kind.DANGLING_PREV, e.line(), "prev " + p
                            + " is not in this log: an earlier entry was removed, or it belongs to another run"));
                } else {
                    maxPrev = Math.max(maxPrev, q.seq());
                }
            }
            if (resolved && e.seq() != maxPrev + 1) {
                problems.add(new LogProblem(LogProblem.Kind.SEQ_INCONSISTENT, e.line(), "seq " + e.seq() + " but its prev "
                        + (e.prev().isEmpty() ? "is empty (expected 1)" : "give " + (maxPrev + 1))));
            }
        }
        findCycles(byDigest, problems);
        return new LogChain(byDigest, problems);
    }

    private static void findCycles(Map<String, LogEntry> byDigest, List<LogProblem> problems) {
        Set<String> done = new HashSet<>();
        for (String start : byDigest.keySet()) {
            Set<String> path = new HashSet<>();
            if (cycle(start, byDigest, path, done)) {
                problems.add(new LogProblem(LogProblem.Kind.CYCLE, byDigest.get(start).line(), "prev links form a cycle through " + start));
                return;
            }
        }
    }

    private static boolean cycle(String d, Map<String, LogEntry> byDigest, Set<String> path, Set<String> done) {
        if (done.contains(d)) return false;
        if (!path.add(d)) return true;
        LogEntry e = byDigest.get(d);
        if (e != null) for (String p : e.prev()) if (cycle(p, byDigest, path, done)) return true;
        path.remove(d);
        done.add(d);
        return false;
    }

    public List<LogProblem> problems() {
        return problems;
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** Distinct entries (identical duplicates merged). */
    public List<LogEntry> entries() {
        return List.copyOf(byDigest.values());
    }

    /** Entries no other entry names in {@code prev}: what the next decision links to. */
    public List<LogEntry> heads() {
        Set<String> referenced = new HashSet<>();
        for (LogEntry e : byDigest.values()) referenced.addAll(e.prev());
        return byDigest.values().stream().filter(e -> !referenced.contains(e.entryDigest())).toList();
    }

    /** The {@code log} link for the next decision: all current heads, {@code seq = 1 + max}. */
    public DecisionStatement.LogLink nextLink() {
        List<LogEntry> heads = heads();
        long seq = 1 + heads.stream().mapToLong(LogEntry::seq).max().orElse(0);
        return new DecisionStatement.LogLink(seq, heads.stream().map(LogEntry::entryDigest).sorted().toList());
    }
}
