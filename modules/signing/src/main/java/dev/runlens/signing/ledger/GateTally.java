package dev.runlens.signing.ledger;

import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.handback.HandBack;
import dev.runlens.signing.handback.RuntimeCall;
import dev.runlens.signing.verify.GateApprovals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code requiredApprovals} policy while importing into one gate instance (design B11 step 3):
 * the votes the ledger already recorded for it plus this import's decisions, in chain order. A
 * rejection is handed back at once (the runtime keeps the gate pending); an approval is handed back
 * when it completes a set of distinct approving principals, annotating every approval that counts;
 * until then it waits, and a later rejection blocks it.
 */
final class GateTally {
    private final int required;
    private final List<GateApprovals.Vote> votes = new ArrayList<>();
    /** Approvals recorded but not handed back, by entry digest. */
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();

    private record Waiting(String principal, String keyid, long seq) {}
    private Optional<String> resolvedBy = Optional.empty();

    GateTally(int required, List<ImportLedger.Entry> recorded) {
        this.required = required;
        for (ImportLedger.Entry e : recorded) {
            votes.add(new GateApprovals.Vote(e.principal(), e.decision(), e.seq()));
            if (!e.decision().equals("rejected") && !e.outcome().equals(ImportResult.Outcome.IMPORTED.wire()))
                waiting.put(e.entryDigest(), new Waiting(e.principal(), e.keyid(), e.seq()));
        }
    }

    ImportResult add(DecisionImport.Candidate c) {
        DecisionStatement st = c.statement();
        DecisionStatement.Predicate p = st.predicate();
        if (resolvedBy.isPresent())
            return c.result(ImportResult.Outcome.REJECTED, "run has moved past the gate: decision " + resolvedBy.get() + " in this import resolves it");
        votes.add(new GateApprovals.Vote(p.reviewer().principal(), p.decision(), p.log().seq()));
        HandBack hb = HandBack.of(st, c.digest());
        if (p.decision().equals("rejected"))
            return handBack(c, hb, hb.calls(), "a rejection by " + p.reviewer().principal() + "; the runtime keeps the gate pending");
        GateApprovals.Result r = GateApprovals.evaluateVotes(votes, required);
        switch (r.outcome()) {
            case APPROVED -> {
                List<RuntimeCall> calls = new ArrayList<>(hb.calls());
                long lastRejection = votes.stream().filter(v -> v.decision().equals("rejected")).mapToLong(GateApprovals.Vote::seq).max().orElse(0);
                waiting.forEach((digest, w) -> {
                    if (r.approvers().contains(w.principal()) && w.seq() > lastRejection) calls.add(HandBack.annotation(digest, w.keyid()));
                });
                waiting.clear();
                resolvedBy = Optional.of(p.decisionId());
                return handBack(c, hb, calls, required == 1 ? p.decision() + " by " + p.reviewer().principal()
                        : "approved by " + r.approvers().size() + " distinct principals " + r.approvers() + " (" + required + " required)");
            }
            case INSUFFICIENT -> {
                waiting.put(c.digest(), new Waiting(p.reviewer().principal(), p.reviewer().keyid(), p.log().seq()));
                return c.result(ImportResult.Outcome.AWAITING_APPROVALS, r.approvers().size() + " of " + required
                        + " distinct principals approve " + r.approvers() + "; the gate stays pending until " + required + " do");
            }
            default -> {
                return c.result(ImportResult.Outcome.BLOCKED, "a rejection by " + r.blockedBy().orElse("?")
                        + " later in the chain blocks this approval; nothing is handed back");
            }
        }
    }

    private static ImportResult handBack(DecisionImport.Candidate c, HandBack hb, List<RuntimeCall> calls, String reason) {
        return new ImportResult(c.source(), ImportResult.Outcome.IMPORTED, reason, c.report(), calls, Optional.of(hb.expectedEvent()), hb.notes());
    }
}
