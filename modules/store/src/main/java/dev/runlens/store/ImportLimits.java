package dev.runlens.store;

/**
 * Caps on what an import reads. Uncompressed bytes are counted as they are read, never taken from
 * an archive's own (forgeable) headers.
 */
public record ImportLimits(long maxFileBytes, long maxArchiveBytes, int maxArchiveEntries) {
    public static final ImportLimits DEFAULT = new ImportLimits(512L << 20, 4L << 30, 10_000);
}
