package dev.runlens.app.library;

import dev.runlens.protocol.integrity.Severity;

import java.util.Optional;

/**
 * One row of the library tree, every text ready to show (bundle text already made plain): a
 * workflow with its run count, or a run.
 *
 * @param bundleId   the run's library id (0 for a workflow row)
 * @param worst      the most severe finding of the run, empty when it has none
 * @param secondCopy another imported file has the same run id
 * @param tooltip    the run's source and id, or the workflow's id and version
 */
public record LibraryRow(Kind kind, long bundleId, String name, String started, String status, IntegrityMark integrity,
                         String steps, String tokens, String cost, String duration, String pending, String findings,
                         Optional<Severity> worst, boolean secondCopy, String tooltip) {

    public enum Kind { WORKFLOW, RUN }

    public boolean isRun() {
        return kind == Kind.RUN;
    }

    /** A workflow row: its name with the run count, and the count in words in the status column. */
    static LibraryRow workflow(String name, String count, String tooltip) {
        return new LibraryRow(Kind.WORKFLOW, 0, name, "", count, null, "", "", "", "", "", "", Optional.empty(), false, tooltip);
    }
}
