package dev.runlens.signing.log;

import java.util.List;

/**
 * One decision of a per-run log, as the chain sees it (design B9): identity {@code entryDigest}
 * ({@code sha256:} of the signed payload), the decision id, the run it names and its {@code log} link.
 *
 * @param line 1-based line in the log file
 */
public record LogEntry(int line, String entryDigest, String decisionId, String runId, long seq, List<String> prev) {
    public LogEntry {
        prev = List.copyOf(prev);
    }
}
