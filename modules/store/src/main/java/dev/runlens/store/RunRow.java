package dev.runlens.store;

/**
 * One imported file as indexed. {@code accepted} false: the runtime rejects the file, {@code errorCode}
 * and {@code errorMessage} say why, and the run fields are whatever the lenient model could read.
 */
public record RunRow(long bundleId, String fileSha, long bytes, String sourcePath, String importedAt,
                     boolean accepted, String errorCode, String errorMessage, String integrity,
                     String declaredSha, String computedSha, String runId, String workflowId,
                     Long workflowVersion, String workflowTitle, String status, String startedAt,
                     String endedAt, int eventCount) {}
