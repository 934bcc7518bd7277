package dev.runlens.signing.verify;

import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.log.DecisionLog;
import dev.runlens.signing.log.LogChain;
import dev.runlens.signing.log.LogEntry;
import dev.runlens.signing.log.LogProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Verifies a per-run decision log: every line through the {@link DecisionVerifier} (steps 1–11),
 * then the hash chain over the entries that verified ({@link LogChain}).
 */
public final class LogVerifier {
    private LogVerifier() {}

    public static LogReport verify(String runId, List<DecisionLog.Line> lines, DecisionVerifier verifier) {
        return verify(runId, lines, line -> verifier);
    }

    /** Each line with the verifier chosen for it (e.g. one anchored at the time a checkpoint gives that entry). */
    public static LogReport verify(String runId, List<DecisionLog.Line> lines, Function<DecisionLog.Line, DecisionVerifier> verifierFor) {
        Map<Integer, DecisionReport> reports = new LinkedHashMap<>();
        List<LogEntry> entries = new ArrayList<>();
        List<LogProblem> problems = new ArrayList<>();
        for (DecisionLog.Line line : lines) {
            DecisionReport r = verifierFor.apply(line).verify(line.bytes());
            reports.put(line.number(), r);
            if (r.statement().isEmpty() || r.entryDigest().isEmpty()) {
                problems.add(new LogProblem(LogProblem.Kind.UNREADABLE_ENTRY, line.number(), r.summary()));
                continue;
            }
            DecisionStatement st = r.statement().get();
            entries.add(new LogEntry(line.number(), r.entryDigest().get(), st.predicate().decisionId(), st.runId(),
                    st.predicate().log().seq(), st.predicate().log().prev()));
            if (r.verdict() == DecisionReport.Verdict.REJECTED && st.runId().equals(runId)) {
                problems.add(new LogProblem(LogProblem.Kind.UNREADABLE_ENTRY, line.number(), "the decision does not verify: " + r.summary()));
            }
        }
        LogChain chain = LogChain.check(runId, entries);
        problems.addAll(chain.problems());
        problems.sort(java.util.Comparator.comparingInt(LogProblem::line));
        return new LogReport(reports, chain, problems);
    }
}
