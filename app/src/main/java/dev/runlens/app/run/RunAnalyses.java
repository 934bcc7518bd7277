package dev.runlens.app.run;

import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.receipt.Receipts;
import dev.runlens.workbench.Inspection;

/**
 * What several tabs derive from the open run, computed once by whichever tab asks first, on its
 * background thread (unless the opening already did), and reused by the others. Thread-safe:
 * background work calls it.
 */
public final class RunAnalyses {
    private final RunBundle bundle;
    private volatile Receipts receipts;

    private RunAnalyses(RunBundle bundle, Receipts receipts) {
        this.bundle = bundle;
        this.receipts = receipts;
    }

    /** For {@code run}'s model (with its receipts when the opening paired them); null without a run or a readable model. */
    static RunAnalyses of(Inspection run) {
        return run == null ? null : run.model().map(m -> new RunAnalyses(m, run.receipts().orElse(null))).orElse(null);
    }

    RunBundle bundle() {
        return bundle;
    }

    /** The run's model calls paired into receipts ({@link Receipts#of}), the same object for every caller. */
    public Receipts receipts() {
        Receipts r = receipts;
        if (r == null) {
            synchronized (this) {
                r = receipts;
                if (r == null) {
                    r = Receipts.of(bundle);
                    receipts = r;
                }
            }
        }
        return r;
    }
}
