package dev.runlens.audit;

import java.util.Locale;

/** What a check looks at; the unit in which checks are switched on and off ({@link Auditor.Builder#checks}). */
public enum Group {
    /** The integrity verdict and the strict reader's findings (hash coverage, duplicate keys, numbers, bytes). */
    INTEGRITY,
    /** Trace events: ids, run ids, step ids, timestamps, step / gate / span pairing. */
    EVENTS,
    /** Artifact versions, their pointers and snapshots, user-export redactions. */
    ARTIFACTS,
    /** The workflow snapshot: graph shape, ids, steps a completed run never reached. */
    WORKFLOW,
    /** The engine snapshot against the trace. */
    ENGINE,
    /** Model call receipts: token usage, cost, currencies, retries. */
    RECEIPTS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
