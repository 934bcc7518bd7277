package dev.runlens.protocol.json;

/**
 * Limits the hardened reader enforces on untrusted files. A file over a limit is rejected with
 * {@code LIMIT_EXCEEDED} naming the limit, before any of it is trusted. Defaults are generous
 * enough for every bundle the reference runtime can itself export and verify.
 *
 * @param maxDocumentBytes largest file accepted (default 4 GiB)
 * @param maxDepth         deepest nesting of arrays/objects (default 20,000; {@code JSON.parse}
 *                         copes with far more, but the runtime cannot hash beyond a few thousand)
 * @param maxStringLength  longest string or key, in UTF-16 units (default 256 Mi)
 * @param maxNumberLength  longest number literal, in characters (default 100,000)
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

    public static final ReadLimits DEFAULT = new ReadLimits(4L << 30, 20_000, 256 << 20, 100_000);

    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0)
            throw new IllegalArgumentException("read limits must be positive");
    }

    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
    }

    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxNumberLength);
    }

    public ReadLimits withMaxStringLength(int chars) {
        return new ReadLimits(maxDocumentBytes, maxDepth, chars, maxNumberLength);
    }
}
