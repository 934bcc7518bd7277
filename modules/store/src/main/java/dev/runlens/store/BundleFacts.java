package dev.runlens.store;

import dev.runlens.protocol.integrity.Finding;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.protocol.model.Usage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/** What the library indexes about one run beyond its events: receipts, gates, artifacts and the aggregates. */
record BundleFacts(List<ReceiptRow> receipts, List<GateRow> gates, List<ArtifactRow> artifacts, RunStats stats,
                   Long startedEpochMs) {

    static final BundleFacts NONE = new BundleFacts(List.of(), List.of(), List.of(), RunStats.NONE, null);

    /** The facts of {@code model} (null: a file with no readable run) with these findings counted. */
    static BundleFacts of(RunBundle model, List<Finding> findings) {
        if (model == null) return NONE.withFindings(findings);
        List<ReceiptRow> receipts = new ArrayList<>();
        for (ModelIo m : model.events(ModelIo.class)) {
            if (m.direction() == ModelDirection.RESPONSE) receipts.add(receipt(m));
        }
        List<GateRow> gates = GatePairing.episodes(model.trace());
        List<ArtifactRow> artifacts = model.artifacts().stream().map(BundleFacts::artifact).toList();
        RunStats stats = stats(model, receipts, gates, findings);
        return new BundleFacts(receipts, gates, artifacts, stats,
                started(model.run().startedAt()));
    }

    private BundleFacts withFindings(List<Finding> findings) {
        RunStats s = stats;
        return new BundleFacts(receipts, gates, artifacts, new RunStats(s.stepCount(), s.durationMs(), s.receipts(),
                s.unpricedReceipts(), s.inputTokens(), s.outputTokens(), s.totalTokens(), s.cachedTokens(),
                s.reasoningTokens(), s.cost(), s.pendingGates(), count(findings, Severity.ERROR),
                count(findings, Severity.WARNING), count(findings, Severity.NOTE)), startedEpochMs);
    }

    private static ReceiptRow receipt(ModelIo m) {
        Usage u = m.usage().orElse(null);
        BigDecimal amount = m.cost().map(c -> amount(c.amount())).orElse(null);
        String currency = m.cost().map(c -> currency(c.currency())).orElse(null);
        return new ReceiptRow(m.index(), m.id(), m.stepId().orElse(null), m.provider().orElse(null),
                m.model().orElse(null), u == null ? null : boxed(u.inputTokens()), u == null ? null : boxed(u.outputTokens()),
                u == null ? null : boxed(u.totalTokens()), u == null ? null : boxed(u.cachedInputTokens()),
                u == null ? null : boxed(u.reasoningTokens()), amount, currency,
                m.durationMs().isPresent() ? m.durationMs().getAsDouble() : null);
    }

    private static ArtifactRow artifact(Artifact a) {
        var p = a.pointer();
        return new ArtifactRow(a.artifactKey(), a.version(), a.typeId(), a.createdAt(),
                p.flatMap(x -> x.effectivePayloadHash()).orElse(null),
                p.map(x -> boxed(x.byteLength())).orElse(null));
    }

    private static RunStats stats(RunBundle model, List<ReceiptRow> receipts, List<GateRow> gates, List<Finding> findings) {
        long in = 0, out = 0, total = 0, cached = 0, reasoning = 0;
        int unpriced = 0;
        Map<String, BigDecimal> cost = new TreeMap<>();
        for (ReceiptRow r : receipts) {
            in += orZero(r.inputTokens());
            out += orZero(r.outputTokens());
            total += r.totalTokens() != null ? r.totalTokens() : orZero(r.inputTokens()) + orZero(r.outputTokens());
            cached += orZero(r.cachedTokens());
            reasoning += orZero(r.reasoningTokens());
            if (r.priced()) cost.merge(r.costCurrency(), r.costAmount(), BigDecimal::add);
            else unpriced++;
        }
        int pending = (int) gates.stream().filter(GateRow::pending).count();
        return new RunStats(model.run().workflowSnapshot().steps().size(), duration(model), receipts.size(), unpriced,
                in, out, total, cached, reasoning, cost, pending, count(findings, Severity.ERROR),
                count(findings, Severity.WARNING), count(findings, Severity.NOTE));
    }

    /** Start to end; while the run has not ended, start to its last trace event. */
    private static Double duration(RunBundle model) {
        List<TraceEvent> trace = model.trace();
        String end = model.run().endedAt().orElse(trace.isEmpty() ? null : trace.get(trace.size() - 1).ts());
        OptionalDouble from = Timestamps.epochMillis(model.run().startedAt());
        OptionalDouble to = Timestamps.epochMillis(end);
        return from.isPresent() && to.isPresent() ? to.getAsDouble() - from.getAsDouble() : null;
    }

    private static Long started(String ts) {
        OptionalDouble ms = Timestamps.epochMillis(ts);
        return ms.isPresent() ? (long) Math.floor(ms.getAsDouble()) : null;
    }

    /** The currency as the runtime buckets it ({@code trim().toUpperCase()}). */
    static String currency(String written) {
        return written.strip().toUpperCase(Locale.ROOT);
    }

    /** The decimal JavaScript prints for {@code v}, exactly; zero for a non-finite amount. */
    static BigDecimal amount(double v) {
        return Double.isFinite(v) ? new BigDecimal(JsNumber.format(v)) : BigDecimal.ZERO;
    }

    private static int count(List<Finding> findings, Severity s) {
        return (int) findings.stream().filter(f -> f.severity() == s).count();
    }

    private static Long boxed(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }
}
