package dev.runlens.workbench.library;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running import. {@link #cancel()} stops it between two files; it then still delivers its
 * summary (with {@code cancelled} set), and what was imported stays imported.
 */
public final class ImportTask {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
