package dev.runlens.signing.verify;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code requiredApprovals} policy for one gate instance (design B11 step 3): distinct
 * principals with accepted approvals count (two keys of one person count once); an accepted
 * rejection later in the chain than every approval blocks.
 */
public final class GateApprovals {
    public enum Outcome { APPROVED, INSUFFICIENT, BLOCKED }

    public record Result(Outcome outcome, Set<String> approvers, int required, Optional<String> blockedBy) {}

    private GateApprovals() {}

    /** One accepted decision on the gate instance, as the policy counts it. */
    public record Vote(String principal, String decision, long seq) {}

    public static Result evaluate(List<DecisionReport> reports, String requestEventId, int required) {
        return evaluateVotes(reports.stream().filter(DecisionReport::accepted).map(r -> r.statement().orElseThrow())
                .filter(s -> s.predicate().gate().requestEventId().equals(requestEventId))
                .map(s -> new Vote(s.predicate().reviewer().principal(), s.predicate().decision(), s.predicate().log().seq())).toList(), required);
    }

    /** The policy over accepted decisions of one gate instance, in chain ({@code seq}) order. */
    public static Result evaluateVotes(List<Vote> votes, int required) {
        List<Vote> ordered = votes.stream().sorted(Comparator.comparingLong(Vote::seq)).toList();
        Set<String> approvers = new LinkedHashSet<>();
        Optional<String> blocked = Optional.empty();
        for (Vote v : ordered) {
            if (v.decision().equals("rejected")) {
                blocked = Optional.of(v.principal());
                approvers.clear();
            } else {
                approvers.add(v.principal());
                if (approvers.size() >= required) blocked = Optional.empty();
            }
        }
        Outcome o = blocked.isPresent() ? Outcome.BLOCKED : approvers.size() >= required ? Outcome.APPROVED : Outcome.INSUFFICIENT;
        return new Result(o, approvers, required, blocked);
    }
}
