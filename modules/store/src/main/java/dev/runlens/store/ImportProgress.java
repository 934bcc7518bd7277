package dev.runlens.store;

/** Told after each file: files done of total, bytes done of total (archive entries count their declared size). */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (filesDone, filesTotal, bytesDone, bytesTotal) -> { };

    void update(int filesDone, int filesTotal, long bytesDone, long bytesTotal);
}
