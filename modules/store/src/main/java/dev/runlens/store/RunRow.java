package dev.runlens.store;

/**
 * One imported file as indexed. {@code accepted} false: the runtime rejects the file, {@code errorCode}
 * and {@code errorMessage} say why, and the run fields are whatever the lenient model could read.
 *
 * @param startedEpochMs {@code startedAt} as epoch milliseconds, null when absent or not a timestamp
 * @param stats          the aggregates; {@link RunStats#NONE} while {@code indexed} is false
 * @param indexed        false: indexed by an older RunLens, to be re-indexed from the original ({@code Importer.reindex})
 * @param copies         files in the library with this run id, this one included (above 1: a second copy)
 */
public record RunRow(long bundleId, String fileSha, long bytes, String sourcePath, String importedAt,
                     boolean accepted, String errorCode, String errorMessage, String integrity,
                     String declaredSha, String computedSha, String runId, String workflowId,
                     Long workflowVersion, String workflowTitle, String status, String startedAt,
                     String endedAt, int eventCount, Long startedEpochMs, RunStats stats, boolean indexed, int copies) {

    public boolean hasOtherCopies() {
        return copies > 1;
    }

    /** The source's file name ({@code a.json} for {@code /x/a.json} or {@code runs.zip!/dir/a.json}). */
    public String fileName() {
        String s = sourcePath.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
