package dev.runlens.cli;

import dev.runlens.costs.review.BudgetCheck;
import dev.runlens.costs.review.Drift;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WeekFigures;
import dev.runlens.costs.review.WorkflowReview;
import dev.runlens.costs.rollup.RunOutcome;
import dev.runlens.costs.routing.Adherence;
import dev.runlens.costs.routing.Evidence;
import dev.runlens.costs.routing.ModelUse;
import dev.runlens.costs.routing.StepUse;
import dev.runlens.costs.routing.Suggestion;
import dev.runlens.costs.routing.WorkflowCapability;
import dev.runlens.protocol.json.JsonValue;

/** {@code review --json}: amounts are exact decimal strings per currency. */
final class ReviewJson {
    private ReviewJson() {}

    static JsonValue of(Review r) {
        return Json.obj()
                .put("week", r.week().toString())
                .put("from", r.week().monday().toString())
                .put("to", r.week().sunday().toString())
                .put("baseline", r.baseline().toString())
                .put("mode", r.mode().wire())
                .put("runs", r.runsThisWeek())
                .put("baselineRuns", r.runsBaseline())
                .put("cost", Amounts.json(r.costThisWeek()))
                .put("baselineCost", Amounts.json(r.costBaseline()))
                .put("adherence", adherence(r.adherence()))
                .put("attention", Json.arr(r.attention(), Json::str))
                .put("workflows", Json.arr(r.workflows(), w -> workflow(w, r)))
                .build();
    }

    private static JsonValue workflow(WorkflowReview w, Review r) {
        WorkflowCapability cap = r.capability().stream().filter(c -> c.workflowId().equals(w.workflowId())).findFirst().orElse(null);
        Json.Obj o = Json.obj().put("workflowId", w.workflowId())
                .put("thisWeek", figures(w.thisWeek()))
                .put("baseline", figures(w.baseline()))
                .put("change", Amounts.json(w.change()))
                .put("drift", Json.arr(w.drift(), ReviewJson::drift))
                .put("adherence", adherence(w.adherence()))
                .put("budget", w.budget().map(ReviewJson::budget).orElse(JsonValue.Null.INSTANCE))
                .put("routingSavings", Amounts.json(w.routingSavings()));
        o.put("offPolicy", cap == null ? new JsonValue.Arr(java.util.List.of())
                : Json.arr(cap.steps().stream().filter(StepUse::offPolicy).toList(), ReviewJson::step));
        o.put("suggestions", cap == null ? new JsonValue.Arr(java.util.List.of()) : Json.arr(cap.suggestions(), ReviewJson::suggestion));
        o.put("policyStepsNotSeen", cap == null ? new JsonValue.Arr(java.util.List.of()) : Json.arr(cap.policyStepsNotSeen(), Json::str));
        return o.build();
    }

    private static JsonValue figures(WeekFigures f) {
        Json.Obj outcomes = Json.obj();
        for (RunOutcome o : RunOutcome.values()) outcomes.put(o.wire(), f.outcomes().getOrDefault(o, 0));
        return Json.obj().put("runs", f.runs()).put("outcomes", outcomes)
                .put("versions", Json.arr(f.versions().stream().sorted().toList(), v -> new JsonValue.Num(v)))
                .put("cost", Amounts.json(f.cost())).put("waste", Amounts.json(f.waste())).put("retries", Amounts.json(f.retries()))
                .put("unpricedReceipts", f.unpriced())
                .put("costPerRun", f.costPerRun().map(Amounts::json).orElse(JsonValue.Null.INSTANCE))
                .put("costPerCompleted", f.costPerCompleted().map(Amounts::json).orElse(JsonValue.Null.INSTANCE))
                .put("units", f.units().map(Amounts::exact))
                .put("costPerUnit", f.costPerUnit().map(Amounts::json).orElse(JsonValue.Null.INSTANCE))
                .build();
    }

    private static JsonValue drift(Drift d) {
        return Json.obj().put("currency", d.currency()).put("total", Amounts.exact(d.total())).put("price", Amounts.exact(d.price()))
                .put("volume", Amounts.exact(d.volume())).put("mix", Amounts.exact(d.mix())).put("retries", Amounts.exact(d.retries()))
                .put("other", Amounts.exact(d.other())).put("unpricedCalls", d.unpricedCalls()).build();
    }

    private static JsonValue adherence(Adherence a) {
        return Json.obj().put("onPolicy", a.onPolicy()).put("above", a.above()).put("below", a.below()).put("noPolicy", a.noPolicy())
                .put("unknownTier", a.unknownTier()).put("share", a.share())
                .put("costAbove", Amounts.json(a.costAbove())).put("costBelow", Amounts.json(a.costBelow())).build();
    }

    private static JsonValue budget(BudgetCheck b) {
        return Json.obj().put("weekly", Amounts.json(b.budget())).put("actual", Amounts.json(b.actual()))
                .put("remaining", Amounts.json(b.remaining())).put("over", Json.arr(b.over(), Json::str)).build();
    }

    private static JsonValue step(StepUse s) {
        return Json.obj().put("stepId", s.stepId())
                .put("policyTier", s.rule().map(x -> x.tier().wire()))
                .put("reason", s.rule().map(x -> x.reason()))
                .put("models", Json.arr(s.models(), ReviewJson::model)).build();
    }

    private static JsonValue model(ModelUse m) {
        return Json.obj().put("provider", m.provider()).put("model", m.model()).put("tier", m.tier().map(t -> t.wire()))
                .put("verdict", m.verdict().wire()).put("receipts", m.receipts()).put("cost", Amounts.json(m.cost()))
                .put("target", m.target()).put("savings", Amounts.json(m.savings())).put("note", m.savingsNote()).build();
    }

    private static JsonValue suggestion(Suggestion s) {
        Evidence e = s.evidence();
        Json.Obj ev = Json.obj().put("receipts", e.receipts()).put("runs", e.runs()).put("medianInputTokens", e.medianInputTokens())
                .put("medianOutputTokens", e.medianOutputTokens()).put("outputPerInput", e.outputPerInput()).put("toolCalls", e.toolCalls())
                .put("reasoningTokens", e.reasoningTokens())
                .put("observedTiers", Json.arr(e.observedTiers().stream().sorted().toList(), t -> Json.str(t.wire())));
        return Json.obj().put("stepId", s.stepId()).put("suggestedTier", s.suggested().wire()).put("evidence", ev)
                .put("target", s.target()).put("savings", Amounts.json(s.savings())).put("policyConflict", s.policyConflict()).build();
    }
}
