package dev.runlens.signing.verify;

import dev.runlens.signing.log.LogChain;
import dev.runlens.signing.log.LogProblem;

import java.util.List;
import java.util.Map;

/** A decision log verified (design B7 step 12): each line's report and the chain's problems. */
public record LogReport(Map<Integer, DecisionReport> lines, LogChain chain, List<LogProblem> problems) {
    public LogReport {
        lines = Map.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
