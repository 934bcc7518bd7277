package dev.runlens.costs.rollup;

import dev.runlens.protocol.model.GateDecision;
import dev.runlens.protocol.model.HumanGateResolved;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.RunStatus;

import java.util.List;
import java.util.Locale;

/**
 * How a run ended, for cost per outcome: completed runs are the product; failed, rejected (ended
 * after a reviewer rejected a gate) and cancelled runs are the cost of waste; open runs (still
 * running or waiting at a gate) are neither yet.
 */
public enum RunOutcome {
    COMPLETED, FAILED, REJECTED, CANCELLED, OPEN;

    public boolean isWaste() {
        return this == FAILED || this == REJECTED || this == CANCELLED;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunOutcome of(RunBundle b) {
        RunStatus s = b.run().status();
        if (s == RunStatus.COMPLETED) return COMPLETED;
        if (s != RunStatus.FAILED && s != RunStatus.CANCELLED) return OPEN;
        List<HumanGateResolved> gates = b.events(HumanGateResolved.class);
        if (!gates.isEmpty() && gates.get(gates.size() - 1).decision() == GateDecision.REJECTED) return REJECTED;
        return s == RunStatus.FAILED ? FAILED : CANCELLED;
    }
}
