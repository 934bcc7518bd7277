package dev.runlens.signing.verify;

import dev.runlens.signing.log.LogChain;
import dev.runlens.signing.log.LogProblem;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A decision log verified (design B7 step 12): each line's report (by line number, in order) and the chain's problems. */
public record LogReport(Map<Integer, DecisionReport> lines, LogChain chain, List<LogProblem> problems) {
    public LogReport {
        lines = Collections.unmodifiableSortedMap(new TreeMap<>(lines));
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
