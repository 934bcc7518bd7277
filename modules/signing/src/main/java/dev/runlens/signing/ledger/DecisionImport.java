package dev.runlens.signing.ledger;

import dev.runlens.signing.decision.BundleFacts;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.handback.RuntimeCall;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.signing.verify.DecisionVerifier;
import dev.runlens.signing.verify.RunGates;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Importing verified decisions into a live run (design B11, (c) case 51): each decision is verified
 * in full against the live run's exported bundle (B7, in import mode: the live trace may have grown
 * past the reviewed one as long as it starts with it); a decision id the ledger already holds with
 * the same payload is a no-op, with another payload a conflict; the gate must still be pending — the
 * request answered is the latest of its step and gate, no later {@code human_gate_resolved} approved
 * it, and {@code engine.gateState} says {@code pending} — or the run has moved past it; then the
 * trust list's {@code requiredApprovals} is enforced over distinct principals (a later rejection
 * blocks), and what is recorded in the ledger and handed back to the runtime is decided.
 */
public final class DecisionImport {
    private final DecisionVerifier verifier;
    private final BundleFacts live;
    private final RunGates gates;
    private final int requiredApprovals;
    private final Instant now;

    /** One decision file to import. */
    public record Input(String source, byte[] bytes) {}

    /**
     * @param verifier          bound to the live bundle with {@code allowGrownTrace(true)}
     * @param requiredApprovals the trust list's policy for the live run's workflow
     */
    public DecisionImport(DecisionVerifier verifier, BundleFacts live, RunGates gates, int requiredApprovals, Instant now) {
        this.verifier = verifier;
        this.live = live;
        this.gates = gates;
        this.requiredApprovals = requiredApprovals;
        this.now = now;
    }

    /** The outcome of each input (in input order) and the ledger lines to append. */
    public ImportLedger.Update<List<ImportResult>> plan(List<ImportLedger.Entry> ledger, List<Input> inputs) {
        ImportResult[] results = new ImportResult[inputs.size()];
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            DecisionReport r = verifier.verify(inputs.get(i).bytes());
            if (r.accepted()) candidates.add(new Candidate(i, inputs.get(i).source(), r));
            else results[i] = ImportResult.of(inputs.get(i).source(), ImportResult.Outcome.REJECTED, "does not verify: " + r.summary(), r);
        }
        List<Candidate> fresh = new ArrayList<>();
        for (List<Candidate> same : byDecisionId(candidates).values()) {
            Candidate first = same.get(0);
            Optional<ImportLedger.Entry> seen = ImportLedger.find(ledger, first.decisionId());
            if (seen.isPresent()) {
                for (Candidate c : same) results[c.index()] = seen.get().entryDigest().equals(c.digest())
                        ? c.result(ImportResult.Outcome.ALREADY_IMPORTED, "already imported at " + seen.get().importedAt() + " (" + seen.get().outcome()
                        + "): a no-op, nothing to hand back")
                        : c.result(ImportResult.Outcome.CONFLICT, "decision id " + c.decisionId() + " was imported at " + seen.get().importedAt()
                        + " with payload " + seen.get().entryDigest() + "; this file carries another payload, " + c.digest());
            } else if (same.stream().map(Candidate::digest).distinct().count() > 1) {
                for (Candidate c : same) results[c.index()] = c.result(ImportResult.Outcome.CONFLICT, "decision id " + c.decisionId()
                        + " comes with " + same.size() + " different payloads in this import (" + String.join(", ", same.stream().map(Candidate::source).toList()) + ")");
            } else {
                for (Candidate dup : same.subList(1, same.size())) results[dup.index()] = dup.result(ImportResult.Outcome.ALREADY_IMPORTED,
                        "the same decision as " + first.source() + " in this import: nothing more to do");
                Optional<String> past = movedPast(first.statement(), ledger);
                if (past.isPresent()) results[first.index()] = first.result(ImportResult.Outcome.REJECTED, "run has moved past the gate: " + past.get());
                else fresh.add(first);
            }
        }
        List<ImportLedger.Entry> append = new ArrayList<>();
        Map<String, List<Candidate>> byGate = new LinkedHashMap<>();
        for (Candidate c : fresh) byGate.computeIfAbsent(c.statement().predicate().gate().requestEventId(), k -> new ArrayList<>()).add(c);
        for (Map.Entry<String, List<Candidate>> g : byGate.entrySet()) {
            GateTally tally = new GateTally(requiredApprovals, ledger.stream().filter(e -> e.requestEventId().equals(g.getKey())).toList());
            List<Candidate> ordered = g.getValue().stream().sorted(Comparator.comparingLong((Candidate c) -> c.statement().predicate().log().seq())
                    .thenComparing(Candidate::digest)).toList();
            for (Candidate c : ordered) {
                ImportResult r = tally.add(c);
                results[c.index()] = r;
                if (r.outcome().recorded()) append.add(entry(c, r));
            }
        }
        List<ImportResult> out = new ArrayList<>();
        for (ImportResult r : results) {
            out.add(gates.engine().isEmpty() && r.outcome().recorded()
                    ? r.withNote("the live bundle has no engine snapshot: the gate's pending state comes from the trace alone") : r);
        }
        return new ImportLedger.Update<>(out, append);
    }

    private static Map<String, List<Candidate>> byDecisionId(List<Candidate> candidates) {
        Map<String, List<Candidate>> out = new LinkedHashMap<>();
        for (Candidate c : candidates) out.computeIfAbsent(c.decisionId(), k -> new ArrayList<>()).add(c);
        return out;
    }

    /** Why the gate this decision answers is no longer pending in the live run, if it is not. */
    private Optional<String> movedPast(DecisionStatement st, List<ImportLedger.Entry> ledger) {
        DecisionStatement.Gate g = st.predicate().gate();
        Optional<RunGates.Request> request = gates.request(g.requestEventId());
        if (request.isEmpty()) return Optional.of("request " + g.requestEventId() + " is not in the live run");
        Optional<RunGates.Request> latest = gates.latestRequest(g.stepId(), g.gate());
        if (latest.isPresent() && !latest.get().eventId().equals(g.requestEventId()))
            return Optional.of("a later request #" + latest.get().index() + " (" + latest.get().eventId() + ") of " + g.stepId() + " " + g.gate()
                    + " replaced the one this decision answers (#" + request.get().index() + ")");
        for (RunGates.Resolution r : gates.resolutions()) {
            boolean sameGate = r.stepId().equals(g.stepId()) && r.gate().equals(g.gate())
                    && (g.checkpointId().isEmpty() || r.note().equals(g.checkpointId()));
            if (sameGate && r.index() > request.get().index() && !r.decision().equals("rejected"))
                return Optional.of("human_gate_resolved #" + r.index() + " (" + r.eventId() + ") resolved " + g.stepId() + " " + g.gate() + " as " + r.decision());
        }
        Optional<String> engine = gates.engineStatus(g.stepId(), g.gate(), g.checkpointId());
        if (engine.isPresent() && !engine.get().equals("pending"))
            return Optional.of("engine.gateState says " + g.stepId() + " " + g.gate() + g.checkpointId().map(c -> " " + c).orElse("") + " is " + engine.get());
        if (gates.engine().isPresent() && engine.isEmpty() && !(g.gate().equals("CHECKPOINT") && g.checkpointId().isEmpty()))
            return Optional.of("engine.gateState has no state for " + g.stepId() + " " + g.gate() + ", so it cannot be pending");
        for (ImportLedger.Entry e : ledger) {
            if (e.requestEventId().equals(g.requestEventId()) && e.outcome().equals("imported") && !e.decision().equals("rejected"))
                return Optional.of("decision " + e.decisionId() + " by " + e.principal() + " was handed back for it at " + e.importedAt() + " (ledger)");
        }
        return Optional.empty();
    }

    private ImportLedger.Entry entry(Candidate c, ImportResult r) {
        DecisionStatement.Predicate p = c.statement().predicate();
        return new ImportLedger.Entry(DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.MILLIS)), c.statement().runId(), p.decisionId(),
                c.digest(), p.gate().requestEventId(), p.gate().stepId(), p.gate().gate(), p.decision(), p.reviewer().principal(), p.reviewer().keyid(),
                p.log().seq(), r.outcome().wire(), live.computedSha256().orElse(""), live.traceLength(), r.calls().stream().map(RuntimeCall::method).toList());
    }

    /** An accepted decision in the import, with where it came from. */
    record Candidate(int index, String source, DecisionReport report) {
        DecisionStatement statement() {
            return report.statement().orElseThrow();
        }

        String digest() {
            return report.entryDigest().orElseThrow();
        }

        String decisionId() {
            return statement().predicate().decisionId();
        }

        ImportResult result(ImportResult.Outcome o, String reason) {
            return ImportResult.of(source, o, reason, report);
        }
    }
}
