package dev.runlens.store;

/**
 * What became of one file.
 *
 * @param source   the file, or {@code archive.zip!/entry.json}
 * @param bundleId the library row (null when {@link Outcome#FAILED})
 * @param runId    the run id read from the file, or null
 * @param copies   files in the library with this run id, this one included (above 1: flagged as a second copy)
 * @param message  why a file was rejected or could not be read; empty otherwise
 */
public record ImportResult(String source, Outcome outcome, Long bundleId, String runId, int copies, String message) {

    public enum Outcome {
        /** Accepted by the reader and indexed. */
        IMPORTED,
        /** Rejected by the reader, but kept and indexed with its error so the library can show why. */
        IMPORTED_WITH_ERROR,
        /** The same bytes are already in the library: nothing was written. */
        ALREADY_IMPORTED,
        /** Not read at all (I/O error, size caps, unsafe archive entry): nothing was written. */
        FAILED
    }

    public boolean hasOtherCopies() {
        return copies > 1;
    }
}
