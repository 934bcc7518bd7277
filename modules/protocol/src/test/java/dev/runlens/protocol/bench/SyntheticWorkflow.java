package dev.runlens.protocol.bench;

import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

import static dev.runlens.protocol.bench.JsonBuild.arr;
import static dev.runlens.protocol.bench.JsonBuild.list;
import static dev.runlens.protocol.bench.JsonBuild.obj;

/**
 * The fixed parts of a synthetic run: a ten-step document-processing workflow (a DAG with eleven
 * edges), its rule sets and the engine state of a completed run. Everything carries the schema's
 * defaults, so the parsed and the raw bundle hash alike, as in runtime exports.
 */
final class SyntheticWorkflow {
    static final String WORKFLOW_ID = "wf_document_operations";
    static final int WORKFLOW_VERSION = 4;

    /** One workflow step: its tool, its model and the artifact it writes. */
    record Step(String id, String title, String tool, String model, String outputKey, String typeId, List<String> inputs) {}

    static final List<Step> STEPS = List.of(
            new Step("ingest_documents", "Ingest documents from DMS", "dms.fetch_document", "gpt-4.1-mini-2025-04-14",
                    "docs.source", "documentBatch", List.of()),
            new Step("classify_documents", "Classify document type", "taxonomy.lookup", "gpt-4.1-mini-2025-04-14",
                    "docs.classification", "classification", List.of("docs.source")),
            new Step("extract_entities", "Extract parties and entities", "registry.search", "gpt-4.1-2025-04-14",
                    "docs.entities", "entityList", List.of("docs.source")),
            new Step("extract_line_items", "Extract line items", "erp.match_purchase_order", "gpt-4.1-2025-04-14",
                    "docs.line_items", "lineItems", List.of("docs.source")),
            new Step("enrich_from_crm", "Enrich from CRM", "crm.lookup_account", "gpt-4.1-mini-2025-04-14",
                    "crm.enrichment", "crmEnrichment", List.of("docs.entities")),
            new Step("validate_totals", "Validate totals and tax", "erp.validate_totals", "o4-mini-2025-04-16",
                    "checks.totals", "validationResult", List.of("docs.line_items")),
            new Step("assess_risk", "Assess risk", "risk.score", "gpt-4.1-2025-04-14",
                    "risk.assessment", "riskAssessment", List.of("docs.classification", "crm.enrichment", "checks.totals")),
            new Step("draft_summary", "Draft plain-language summary", "kb.search", "gpt-4.1-2025-04-14",
                    "report.summary", "summary", List.of("risk.assessment")),
            new Step("review_summary", "Second-model review", "style.check", "o4-mini-2025-04-16",
                    "report.review", "review", List.of("report.summary")),
            new Step("publish_report", "Publish and notify", "mail.send", "gpt-4.1-mini-2025-04-14",
                    "report.published", "publication", List.of("report.summary", "report.review")));

    private static final int[][] EDGES = {{0, 1}, {0, 2}, {0, 3}, {2, 4}, {3, 5}, {1, 6}, {4, 6}, {5, 6}, {6, 7}, {7, 8}, {8, 9}};

    private SyntheticWorkflow() {}

    static JsonValue.Obj snapshot() {
        List<JsonValue> steps = new ArrayList<>();
        for (Step s : STEPS) {
            steps.add(obj("id", s.id(), "title", s.title(), "gatePolicy", "AUTO",
                    "inputs", list(s.inputs().stream().map(JsonBuild::of).toList()), "outputs", arr(s.outputKey())));
        }
        List<JsonValue> edges = new ArrayList<>();
        for (int i = 0; i < EDGES.length; i++) {
            edges.add(obj("id", "e" + (i + 1), "from", STEPS.get(EDGES[i][0]).id(), "to", STEPS.get(EDGES[i][1]).id()));
        }
        return obj("id", WORKFLOW_ID, "version", WORKFLOW_VERSION, "title", "Document operations (synthetic benchmark)",
                "steps", list(steps), "edges", list(edges));
    }

    static JsonValue.Obj run(String runId, String startedAt, String endedAt, long seed) {
        return obj("id", runId, "workflowId", WORKFLOW_ID, "workflowVersion", WORKFLOW_VERSION,
                "workflowSnapshot", snapshot(), "startedAt", startedAt, "endedAt", endedAt, "status", "completed",
                "subject", obj("userId", "usr_bench_01", "tenantId", "tn_example_gmbh"),
                "metadata", obj("source", "runlens-synthetic-bundles", "seed", seed, "region", "eu-central-1",
                        "labels", obj("team", "finance-ops", "costCenter", "CC-4711", "site", "Zürich HQ", "ok", true)),
                "tags", arr("synthetic", "benchmark", "documents"));
    }

    static List<JsonValue> ruleSets() {
        return List.of(
                obj("id", "rs_risk_policy", "ruleSchemaId", "riskRule", "rules", arr(
                        rule("RISK-01", 0, true, "Escalate amounts ≥ EUR 250,000", obj("minAmount", 250_000, "currency", "EUR")),
                        rule("RISK-02", 1, true, "Sanctions hit blocks the run", obj("lists", arr("EU", "OFAC", "UN"), "block", true)),
                        rule("RISK-03", 2, false, "Manual review for new vendors", obj("maxAgeDays", 90)))),
                obj("id", "rs_validation", "ruleSchemaId", "validationRule", "rules", arr(
                        rule("VAL-01", 0, true, "Line totals add up", obj("tolerance", 0.01)),
                        rule("VAL-02", 1, true, "VAT rate is known", obj("rates", arr(0, 0.07, 0.19, 0.2, 0.21))),
                        rule("VAL-03", 2, true, "Currency is ISO 4217", obj("pattern", "^[A-Z]{3}$")),
                        rule("VAL-04", 3, true, "Due date after issue date", JsonBuild.NULL))));
    }

    private static JsonValue rule(String id, int priority, boolean enabled, String label, JsonValue payload) {
        return obj("id", id, "priority", priority, "enabled", enabled, "label", label, "payload", payload);
    }

    static JsonValue.Obj engine(int revision) {
        List<JsonValue> status = new ArrayList<>();
        List<JsonValue> gates = new ArrayList<>();
        for (Step s : STEPS) {
            status.add(arr(s.id(), "completed"));
            gates.add(arr(s.id(), obj("before", "approved", "after", "approved", "checkpoints", obj())));
        }
        return obj("revision", revision, "stepStatus", list(status), "gateState", list(gates), "idempotency", arr());
    }
}
