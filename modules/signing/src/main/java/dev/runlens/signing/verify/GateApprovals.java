package dev.runlens.signing.verify;

import dev.runlens.signing.decision.DecisionStatement;

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

    public static Result evaluate(List<DecisionReport> reports, String requestEventId, int required) {
        List<DecisionStatement> accepted = reports.stream().filter(DecisionReport::accepted).map(r -> r.statement().orElseThrow())
                .filter(s -> s.predicate().gate().requestEventId().equals(requestEventId))
                .sorted(Comparator.comparingLong(s -> s.predicate().log().seq())).toList();
        Set<String> approvers = new LinkedHashSet<>();
        Optional<String> blocked = Optional.empty();
        for (DecisionStatement s : accepted) {
            if (s.predicate().decision().equals("rejected")) {
                blocked = Optional.of(s.predicate().reviewer().principal());
                approvers.clear();
            } else {
                approvers.add(s.predicate().reviewer().principal());
                if (approvers.size() >= required) blocked = Optional.empty();
            }
        }
        Outcome o = blocked.isPresent() ? Outcome.BLOCKED : approvers.size() >= required ? Outcome.APPROVED : Outcome.INSUFFICIENT;
        return new Result(o, approvers, required, blocked);
    }
}
