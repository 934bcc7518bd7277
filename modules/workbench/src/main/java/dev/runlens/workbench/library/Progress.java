package dev.runlens.workbench.library;

/** How far an import or re-index has come: files done of total, bytes done of total (0 when unknown). */
public record Progress(int filesDone, int filesTotal, long bytesDone, long bytesTotal) {

    /** From 0 to 1; by bytes when they are known, else by files. */
    public double fraction() {
        if (bytesTotal > 0) return Math.min(1.0, (double) bytesDone / bytesTotal);
        return filesTotal == 0 ? 0 : (double) filesDone / filesTotal;
    }
}
