package dev.runlens.cli;

import dev.runlens.costs.catalog.Provenance;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.rollup.CostRow;
import dev.runlens.costs.rollup.RunOutcome;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.workbench.CostReport;
import dev.runlens.workbench.RunSet;

import java.time.LocalDate;
import java.util.Optional;

/** {@code costs --json}: amounts are exact decimal strings per currency. */
final class CostsJson {
    private CostsJson() {}

    static JsonValue of(CostReport r, Optional<LocalDate> since) {
        Json.Obj o = Json.obj()
                .put("mode", r.mode().wire())
                .put("by", r.by().wire())
                .put("period", r.period().name().toLowerCase(java.util.Locale.ROOT))
                .put("since", since.map(LocalDate::toString))
                .put("runs", r.runs().size())
                .put("sources", Json.arr(r.sources(), CostsJson::source))
                .put("rows", Json.arr(r.rows(), CostsJson::row))
                .put("total", Amounts.json(r.total()));
        if (r.mode() != RepriceMode.RECORDED) o.put("gap", Amounts.json(r.gap()));
        return o.put("unpriced", Json.arr(r.unpriced(), u -> unpriced(u, r.mode())))
                .put("skipped", Json.arr(r.skipped(), CostsJson::skipped))
                .build();
    }

    static JsonValue source(Provenance p) {
        return Json.obj().put("dataset", p.dataset()).put("version", p.version()).put("retrieved", p.retrieved())
                .put("licence", p.licence()).put("sha256", p.sha256()).build();
    }

    private static JsonValue row(CostRow row) {
        Json.Obj outcomes = Json.obj();
        for (RunOutcome oc : RunOutcome.values()) outcomes.put(oc.wire(), row.outcomes().get(oc));
        Json.Obj o = Json.obj().put("period", row.period()).put("key", row.key());
        o.put("version", row.version().<JsonValue>map(v -> new JsonValue.Num(v)).orElse(JsonValue.Null.INSTANCE));
        return o.put("runs", row.runs()).put("outcomes", outcomes).put("receipts", row.receipts())
                .put("inputTokens", row.inputTokens()).put("outputTokens", row.outputTokens())
                .put("cost", Amounts.json(row.cost())).put("waste", Amounts.json(row.waste())).put("retries", Amounts.json(row.retries()))
                .put("costPerCompleted", row.costPerCompleted().map(Amounts::json).orElse(JsonValue.Null.INSTANCE))
                .put("unit", row.unitName())
                .put("units", row.units().map(Amounts::exact))
                .put("costPerUnit", row.costPerUnit().map(Amounts::json).orElse(JsonValue.Null.INSTANCE))
                .put("unpricedReceipts", row.unpriced())
                .build();
    }

    static JsonValue unpriced(ReceiptPrice u, RepriceMode mode) {
        return Json.obj().put("runId", u.runId()).put("eventId", u.eventId()).put("stepId", u.stepId()).put("provider", u.provider())
                .put("model", u.model()).put("reason", u.whyUnpriced(mode)).build();
    }

    private static JsonValue skipped(RunSet.Skipped s) {
        return Json.obj().put("file", s.file().toString()).put("reason", s.reason()).build();
    }
}
