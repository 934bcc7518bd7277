package dev.runlens.costs.telemetry;

import dev.runlens.protocol.model.Cost;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.Subject;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.Totals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The runtime's telemetry ledger ({@code summarizeModelTelemetry}, runtime 0.3.3), reproduced to
 * the bit: {@code model_io} events of the chosen directions (responses by default) in bundle and
 * trace order, totals, and buckets by provider, model, provider + model, step, user, tenant and
 * plan. See {@link TelemetryTotals} for the arithmetic and {@link IcuRootOrder} for bucket order.
 */
public final class TelemetryLedger {
    /** The runtime's default: responses only. */
    public static final Set<ModelDirection> DEFAULT_DIRECTIONS = Set.of(ModelDirection.RESPONSE);

    private TelemetryLedger() {}

    public static TelemetrySummary summarize(List<RunBundle> bundles, String generatedAt) throws TelemetryRejected {
        return summarize(bundles, DEFAULT_DIRECTIONS, generatedAt);
    }

    /**
     * @param generatedAt the summary's {@code generatedAt} (the runtime's {@code options.now()})
     * @throws TelemetryRejected where the runtime would throw a {@code ZodError} instead of answering
     */
    public static TelemetrySummary summarize(List<RunBundle> bundles, Set<ModelDirection> directions,
                                             String generatedAt) throws TelemetryRejected {
        Set<ModelDirection> wanted = directions.isEmpty() ? EnumSet.noneOf(ModelDirection.class) : EnumSet.copyOf(directions);
        List<TelemetryEntry> entries = new ArrayList<>();
        Set<String> runIds = new LinkedHashSet<>();
        for (RunBundle b : bundles) {
            runIds.add(b.run().id());
            for (TraceEvent e : b.trace()) {
                if (e instanceof ModelIo m && wanted.contains(m.direction())) entries.add(entry(b, m));
            }
        }
        for (TelemetryEntry e : entries) check(e);
        TelemetrySummary s = new TelemetrySummary(generatedAt, new ArrayList<>(runIds), TelemetryTotals.of(entries), entries,
                bucket(entries, e -> e.provider().map(p -> "provider:" + p), TelemetryEntry::provider),
                bucket(entries, e -> e.model().map(m -> "model:" + m), TelemetryEntry::model),
                bucket(entries, TelemetryLedger::providerModelKey, e -> Optional.of(
                        e.provider().orElse("unknown") + " / " + e.model().orElse("unknown"))),
                bucket(entries, e -> e.stepId().map(s1 -> "step:" + s1), TelemetryEntry::stepId),
                bucket(entries, e -> subjectKey(e, "userId", Subject::userId), e -> e.subject().flatMap(Subject::userId)),
                bucket(entries, e -> subjectKey(e, "tenantId", Subject::tenantId), e -> e.subject().flatMap(Subject::tenantId)),
                bucket(entries, e -> subjectKey(e, "planId", Subject::planId), e -> e.subject().flatMap(Subject::planId)));
        checkTotals(s);
        return s;
    }

    private static TelemetryEntry entry(RunBundle b, ModelIo m) {
        Optional<Cost> cost = m.cost().map(c -> new Cost(c.amount(), Totals.currency(c.currency())));
        return new TelemetryEntry(m.id(), m.runId(), m.ts(), m.stepId(), m.correlationId(), m.direction(),
                m.provider(), m.model(), b.run().subject(), m.usage(), cost, m.durationMs());
    }

    private static Optional<String> providerModelKey(TelemetryEntry e) {
        if (e.provider().isEmpty() && e.model().isEmpty()) return Optional.empty();
        return Optional.of("provider:" + e.provider().orElse("unknown") + "|model:" + e.model().orElse("unknown"));
    }

    private static Optional<String> subjectKey(TelemetryEntry e, String field, Function<Subject, Optional<String>> get) {
        return e.subject().flatMap(get).map(v -> field + ":" + v);
    }

    /** The runtime drops entries whose key is empty or absent ({@code if (!key) continue}). */
    private static List<TelemetryBucket> bucket(List<TelemetryEntry> entries, Function<TelemetryEntry, Optional<String>> keyFor,
                                                Function<TelemetryEntry, Optional<String>> labelFor) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<TelemetryEntry>> members = new LinkedHashMap<>();
        for (TelemetryEntry e : entries) {
            Optional<String> key = keyFor.apply(e).filter(k -> !k.isEmpty());
            if (key.isEmpty()) continue;
            labels.computeIfAbsent(key.get(), k -> labelFor.apply(e).filter(l -> !l.isEmpty()).orElse(k));
            members.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(e);
        }
        List<TelemetryBucket> out = new ArrayList<>();
        members.forEach((k, list) -> out.add(new TelemetryBucket(k, labels.get(k), TelemetryTotals.of(list))));
        out.sort((a, b) -> IcuRootOrder.INSTANCE.compare(a.key(), b.key()));
        return out;
    }

    /** The output schema's entry rules that the bundle schema does not share. */
    private static void check(TelemetryEntry e) throws TelemetryRejected {
        String at = "entry " + e.eventId() + ": ";
        if (e.stepId().filter(String::isEmpty).isPresent()) throw new TelemetryRejected(at + "stepId is empty (the runtime's schema needs min(1))");
        if (e.correlationId().filter(String::isEmpty).isPresent()) {
            throw new TelemetryRejected(at + "correlationId is empty (the runtime's schema needs min(1))");
        }
        if (e.provider().filter(String::isEmpty).isPresent()) throw new TelemetryRejected(at + "provider is empty (the runtime's schema needs min(1))");
        if (e.model().filter(String::isEmpty).isPresent()) throw new TelemetryRejected(at + "model is empty (the runtime's schema needs min(1))");
        if (e.cost().filter(c -> c.currency().isEmpty()).isPresent()) {
            throw new TelemetryRejected(at + "currency is empty after trim (the runtime's schema needs min(1))");
        }
    }

    private static void checkTotals(TelemetrySummary s) throws TelemetryRejected {
        String why = s.totals().rejection();
        if (why != null) throw new TelemetryRejected("totals: " + why);
        for (List<TelemetryBucket> list : List.of(s.byProvider(), s.byModel(), s.byProviderModel(), s.byStep(), s.byUser(),
                s.byTenant(), s.byPlan())) {
            for (TelemetryBucket b : list) {
                String w = b.totals().rejection();
                if (w != null) throw new TelemetryRejected("bucket " + b.key() + ": " + w);
            }
        }
    }
}
