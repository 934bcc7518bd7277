package dev.runlens.replay.analysis;

import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.WorkflowStep;
import dev.runlens.replay.receipt.Receipt;
import dev.runlens.replay.receipt.Receipts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a run's model calls cost, by step, by model and by provider, from its receipts: each
 * answered call adds its response's usage, duration and cost as the replay's spend counts them
 * (so the run total equals {@code Replay.finalState().spend().total()}); a response without cost is
 * counted as unpriced, a request without response as unanswered. The lines of each grouping add up
 * to {@link #total()}, currency by currency. Immutable.
 *
 * <p>Order: steps as in the workflow snapshot, then step ids it does not define in order of
 * appearance, then calls without a step; models by provider then model; providers by name; calls
 * that do not name one (empty key) last.
 */
public final class RunCosts {
    /** How the lines are grouped. */
    public enum By { STEP, MODEL, PROVIDER }

    private static final Comparator<String> NAMED_FIRST =
            Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder());

    private final CostLine total;
    private final Map<By, List<CostLine>> lines;

    private RunCosts(CostLine total, Map<By, List<CostLine>> lines) {
        this.total = total;
        this.lines = lines;
    }

    public static RunCosts of(RunBundle bundle) {
        return of(bundle, Receipts.of(bundle));
    }

    public static RunCosts of(RunBundle bundle, Receipts receipts) {
        List<Receipt> all = receipts.all();
        CostLine total = CostLine.empty("", Optional.empty());
        for (Receipt r : all) total = total.plus(r);
        Map<By, List<CostLine>> lines = new EnumMap<>(By.class);
        lines.put(By.STEP, bySteps(bundle, all));
        lines.put(By.MODEL, sorted(group(all, r -> List.of(r.provider().orElse(""), r.model().orElse("")),
                r -> CostLine.empty(r.model().orElse(""), Optional.of(r.provider().orElse(""))))));
        lines.put(By.PROVIDER, sorted(group(all, r -> r.provider().orElse(""),
                r -> CostLine.empty(r.provider().orElse(""), Optional.empty()))));
        return new RunCosts(total, lines);
    }

    /** The whole run. */
    public CostLine total() {
        return total;
    }

    /** The lines of one grouping; together they add up to {@link #total()}. */
    public List<CostLine> by(By grouping) {
        return lines.get(grouping);
    }

    /** The currencies the run's calls cost in, sorted. */
    public Set<String> currencies() {
        return total.cost().keySet();
    }

    private static List<CostLine> bySteps(RunBundle bundle, List<Receipt> all) {
        Map<String, CostLine> spent = group(all, r -> r.stepId().orElse(""), r -> CostLine.empty(r.stepId().orElse(""), Optional.empty()));
        List<CostLine> out = new ArrayList<>();
        for (WorkflowStep s : bundle.run().workflowSnapshot().steps()) {
            CostLine line = spent.remove(s.id());
            if (line != null) out.add(line);
        }
        CostLine noStep = spent.remove("");
        out.addAll(spent.values());
        if (noStep != null) out.add(noStep);
        return List.copyOf(out);
    }

    private static <K> Map<K, CostLine> group(List<Receipt> all, Function<Receipt, K> key,
                                              Function<Receipt, CostLine> start) {
        Map<K, CostLine> out = new LinkedHashMap<>();
        for (Receipt r : all) out.compute(key.apply(r), (k, line) -> (line == null ? start.apply(r) : line).plus(r));
        return out;
    }

    private static List<CostLine> sorted(Map<?, CostLine> groups) {
        return groups.values().stream().sorted(Comparator.comparing((CostLine l) -> l.provider().orElse(""), NAMED_FIRST)
                .thenComparing(CostLine::key, NAMED_FIRST)).toList();
    }
}
