package dev.runlens.signing.ledger;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.handback.RuntimeCall;
import dev.runlens.signing.verify.DecisionReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What importing one decision file came to: the outcome and why, the verification report, and the
 * exact runtime calls to make ({@code calls}, in order; empty unless {@link Outcome#IMPORTED}) with
 * the {@code human_gate_resolved} event the resolution appends.
 */
public record ImportResult(String source, Outcome outcome, String reason, DecisionReport report, List<RuntimeCall> calls,
                           Optional<JsonValue.Obj> expectedEvent, List<String> notes) {

    public enum Outcome {
        /** Recorded in the ledger; {@code calls} hand it back to the runtime. */
        IMPORTED,
        /** A valid approval, recorded; the gate needs approvals from more distinct principals before anything is handed back. */
        AWAITING_APPROVALS,
        /** A valid approval, recorded; a rejection later in the chain blocks it. */
        BLOCKED,
        /** The ledger (or this import) already has this exact decision: a no-op. */
        ALREADY_IMPORTED,
        /** The same decision id with a different payload. Not recorded. */
        CONFLICT,
        /** It does not verify against the live run, or the run has moved past its gate. Not recorded. */
        REJECTED;

        /** {@code imported}, {@code awaiting-approvals}, ... as the ledger and JSON output write it. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Whether the ledger records it. */
        public boolean recorded() {
            return this == IMPORTED || this == AWAITING_APPROVALS || this == BLOCKED;
        }

        /** Neither a conflict nor a rejection. */
        public boolean ok() {
            return this != CONFLICT && this != REJECTED;
        }
    }

    public ImportResult {
        calls = List.copyOf(calls);
        notes = List.copyOf(notes);
    }

    static ImportResult of(String source, Outcome outcome, String reason, DecisionReport report) {
        return new ImportResult(source, outcome, reason, report, List.of(), Optional.empty(), List.of());
    }

    ImportResult withNote(String note) {
        List<String> all = new ArrayList<>(notes);
        all.add(note);
        return new ImportResult(source, outcome, reason, report, calls, expectedEvent, all);
    }

    /** The decision as verified (absent when the file is not a readable decision). */
    public Optional<DecisionStatement> statement() {
        return report.statement().filter(s -> s.predicate() != null);
    }

    public Optional<String> entryDigest() {
        return report.entryDigest();
    }
}
