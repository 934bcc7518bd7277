package dev.runlens.app.approvals;

import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.GateReview;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One pending gate of one library run, as the approval inbox lists it. The display texts are plain
 * (they quote the bundle); {@code review} and {@code gate} are what a decision on it signs over,
 * {@code signed} the decision already signed here for this gate on this very content, if any, and
 * {@code verified} how it verifies with the trust list in use and the audience.
 *
 * @param original the library's kept original of the run (byte-exact)
 */
public record InboxRow(long bundleId, Path original, GateReview review, GateReview.PendingGate gate,
                       Optional<GateDecisions.Kept> signed, Optional<GateDecisions.Checked> verified, Texts text) {

    /**
     * What the inbox's columns show; {@code signature} is how the decision signed here verifies (valid,
     * stale trust list, untrusted key, invalid; empty when none was signed) and {@code signatureReason} why.
     */
    public record Texts(String workflow, String run, String step, String gate, String requestedAt, String waiting, String cost,
                        String integrity, String state, String signature, String signatureReason) {}

    /** Pending in the bundle and not signed here yet. */
    public static final String PENDING = "pending";
    /** Signed here; the engineer has yet to hand the decision back to the runtime. */
    public static final String AWAITING_HAND_BACK = "signed, awaiting hand-back";

    public boolean signable() {
        return review.signable();
    }

    /** Why no decision can be signed on this run (its integrity is not valid...); empty when one can. */
    public Optional<String> whyNot() {
        return review.refusal();
    }

    /** The key the row keeps when the inbox is refreshed: the gate request of this file. */
    public String key() {
        return bundleId + "/" + gate.requestEventId();
    }
}
