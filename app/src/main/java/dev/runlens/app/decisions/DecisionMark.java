package dev.runlens.app.decisions;

import dev.runlens.app.ui.PlainText;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.workbench.GateDecisions;

import java.util.List;
import java.util.Locale;

/**
 * A signed decision kept for the open run, placed on its step and gate, with its verification:
 * valid, valid with a stale trust list, invalid (and why) or untrusted key. Every text is plain (a decision file is untrusted
 * input until it verifies, and even then quotes the bundle).
 */
public record DecisionMark(String stepId, String gate, String requestEventId, String decision, String principal,
                           GateDecisions.Status status, String reason, List<String> warnings) {

    public DecisionMark {
        warnings = List.copyOf(warnings);
    }

    /** From a checked decision whose statement could be read; null when it could not (nothing to place). */
    static DecisionMark of(GateDecisions.Checked c) {
        if (c.statement().isEmpty() || c.statement().get().predicate() == null) return null;
        DecisionStatement.Predicate p = c.statement().get().predicate();
        return new DecisionMark(p.gate().stepId(), p.gate().gate(), p.gate().requestEventId(), PlainText.of(p.decision()),
                PlainText.of(p.reviewer().principal()), c.status(), PlainText.of(c.reason()), c.warnings().stream().map(PlainText::of).toList());
    }

    /** {@code valid}, {@code stale trust list}, {@code invalid}, {@code untrusted key}. */
    public static String label(GateDecisions.Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** E.g. "approved by alice@example.org — untrusted key". */
    public String summary() {
        return decision + " by " + principal + " — " + label(status);
    }

    /** The summary, the reason and any warning, one per line (tooltips). */
    public String detail() {
        StringBuilder sb = new StringBuilder(summary()).append('\n').append(reason);
        warnings.forEach(w -> sb.append("\n⚠ ").append(w));
        return sb.toString();
    }
}
