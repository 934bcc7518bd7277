package dev.runlens.workbench;

import dev.runlens.audit.AuditReport;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.analysis.FailureAnalysis;
import dev.runlens.replay.receipt.Receipts;

import java.util.Objects;
import java.util.Optional;

/**
 * A bundle opened, audited and replayable: what {@code inspect} shows and what the run view is
 * built from. {@code replay} is empty when the file is not JSON at all; {@code receipts}, the
 * model's calls paired, when the opening did not pair them (then whoever needs them does).
 *
 * <p>A run opened in stages ({@link Workbench#inspectAsync(java.nio.file.Path, java.util.function.Consumer,
 * java.util.function.Consumer, java.util.function.Consumer)}) is first delivered {@link #unaudited}:
 * {@code audit} is null until the audit arrives as {@link #withAudit} of the same run. Check
 * {@link #audited()} (or use {@link #auditReport()}) where a run may still be auditing.
 */
public record Inspection(Workbench.OpenedBundle bundle, AuditReport audit, Optional<Replay> replay, Optional<Receipts> receipts) {

    /** A run whose model calls are not paired yet ({@code receipts} empty: whoever needs them pairs them). */
    public Inspection(Workbench.OpenedBundle bundle, AuditReport audit, Optional<Replay> replay) {
        this(bundle, audit, replay, Optional.empty());
    }

    /** The run read, verified, modelled and replayable, its audit still to come. */
    public static Inspection unaudited(Workbench.OpenedBundle bundle, Optional<Replay> replay) {
        return new Inspection(bundle, null, replay);
    }

    /** The same, with the run's model calls already paired ({@link Receipts#of} of its model). */
    public static Inspection unaudited(Workbench.OpenedBundle bundle, Optional<Replay> replay, Receipts receipts) {
        return new Inspection(bundle, null, replay, Optional.of(receipts));
    }

    /** The same run (same bundle, replay and receipts objects) with its audit. */
    public Inspection withAudit(AuditReport report) {
        return new Inspection(bundle, Objects.requireNonNull(report), replay, receipts);
    }

    /** False while the audit of a run opened in stages is still running. */
    public boolean audited() {
        return audit != null;
    }

    /** The audit, or empty while it is still running. */
    public Optional<AuditReport> auditReport() {
        return Optional.ofNullable(audit);
    }

    /** True when {@code other} is this run, audited or not (the same bundle read once). */
    public boolean sameRun(Inspection other) {
        return other != null && other.bundle == bundle;
    }

    public Optional<RunBundle> model() {
        return Optional.ofNullable(bundle.model());
    }

    /** The state after the whole trace. */
    public Optional<RunState> finalState() {
        return replay.map(Replay::finalState);
    }

    /** For a failed or cancelled run: where it went wrong and what was pending. */
    public Optional<FailureAnalysis> failure() {
        return replay.flatMap(FailureAnalysis::of);
    }
}
