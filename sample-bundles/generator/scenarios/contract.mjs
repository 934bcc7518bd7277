// Workflow "contract review": 12 steps with a 5-way fan-out / fan-in.
export const AREAS = ["liability", "termination", "data_protection", "ip", "payment"];

export const CONTRACT_WORKFLOW = {
  id: "wf_contract_review",
  version: 12,
  title: "Commercial contract review",
  steps: [
    { id: "ingest_contract", title: "Ingest contract", gatePolicy: "AUTO", inputs: [], outputs: ["contract.source"] },
    { id: "classify_contract", title: "Classify contract type", gatePolicy: "AUTO", inputs: ["contract.source"], outputs: ["contract.classification"] },
    { id: "segment_clauses", title: "Segment clauses", gatePolicy: "AUTO", inputs: ["contract.source"], outputs: ["contract.clauses"] },
    ...AREAS.map((a) => ({ id: `review_${a}`, title: `Review ${a.replace("_", " ")} clauses`, gatePolicy: "AUTO", inputs: ["contract.clauses"], outputs: [`contract.findings.${a}`] })),
    { id: "consolidate_findings", title: "Consolidate findings", gatePolicy: "AUTO", inputs: AREAS.map((a) => `contract.findings.${a}`), outputs: ["contract.findings"] },
    { id: "draft_redlines", title: "Draft redlines", description: "Counsel signs off the findings before redlines are drafted and reviews the redlines afterwards.", gatePolicy: "CHECKPOINT", inputs: ["contract.findings"], outputs: ["contract.redlines"] },
    { id: "compose_memo", title: "Compose review memo", gatePolicy: "AUTO", inputs: ["contract.findings", "contract.redlines"], outputs: ["contract.memo"] },
    { id: "legal_signoff", title: "Legal sign-off", gatePolicy: "PAUSE_BEFORE", inputs: ["contract.memo"], outputs: ["contract.signoff"] },
  ],
  edges: [
    { id: "e_ingest_classify", from: "ingest_contract", to: "classify_contract" },
    { id: "e_classify_segment", from: "classify_contract", to: "segment_clauses" },
    ...AREAS.map((a) => ({ id: `e_segment_${a}`, from: "segment_clauses", to: `review_${a}` })),
    ...AREAS.map((a) => ({ id: `e_${a}_consolidate`, from: `review_${a}`, to: "consolidate_findings" })),
    { id: "e_consolidate_redlines", from: "consolidate_findings", to: "draft_redlines" },
    { id: "e_redlines_memo", from: "draft_redlines", to: "compose_memo" },
    { id: "e_memo_signoff", from: "compose_memo", to: "legal_signoff" },
  ],
};

export const PLAYBOOK_V1 = {
  id: "rs_contract_playbook",
  ruleSchemaId: "playbookRule.v2",
  rules: [
    { id: "LIA-1", priority: 0, enabled: true, label: "Supplier liability cap ≥ 12 months' fees; uncapped for data breach and IP infringement", payload: { area: "liability", minCapMonths: 12, uncapped: ["data_breach", "ip_infringement", "gross_negligence"] } },
    { id: "TRM-2", priority: 1, enabled: true, label: "Customer may terminate for convenience on ≤ 90 days' notice", payload: { area: "termination", maxNoticeDays: 90 } },
    { id: "DPR-3", priority: 2, enabled: true, label: "Breach notification ≤ 48 h; EU/EEA hosting or SCCs", payload: { area: "data_protection", maxNotificationHours: 48, transfers: ["EEA", "adequacy", "SCC"] } },
    { id: "IPR-4", priority: 3, enabled: true, label: "Customer owns its data and outputs; supplier gives an IP indemnity", payload: { area: "ip", customerOwnsOutputs: true, ipIndemnity: true } },
    { id: "PAY-5", priority: 4, enabled: true, label: "Payment ≥ 30 days; annual increase ≤ CPI + 2 %", payload: { area: "payment", minPaymentDays: 30, maxIncrease: "CPI+2%" } },
  ],
};

export const PLAYBOOK_V2 = {
  ...PLAYBOOK_V1,
  rules: [
    ...PLAYBOOK_V1.rules.map((r) => (r.id === "DPR-3" ? { ...r, label: "Breach notification ≤ 36 h; EU/EEA hosting or SCCs", payload: { ...r.payload, maxNotificationHours: 36 } } : r)),
    { id: "REN-6", priority: 5, enabled: false, label: "Auto-renewal only with ≥ 60 days' reminder (pilot)", payload: { area: "termination", minReminderDays: 60 } },
  ],
};

function contractText(c) {
  const L = [`${c.title.toUpperCase()}`, "", `between ${c.customer.name}, ${c.customer.address} (the "Customer")`, `and ${c.supplier.name}, ${c.supplier.address} (the "Supplier")`, "", `Reference: ${c.documentId} — effective ${c.effective}`, ""];
  for (const cl of c.clauses) L.push(`${cl.ref} ${cl.heading}`, cl.text, "");
  L.push(`Signed for the Customer: ${c.customer.signatory}`, `Signed for the Supplier: ${c.supplier.signatory}`);
  return L.join("\n");
}

export const CONTRACTS = {
  parcelwise: {
    documentId: "CLM-24-00731",
    title: "Master Subscription Agreement",
    effective: "2026-10-01",
    customer: { name: "Lindqvist & Mora Logistics AB", address: "Hamngatan 21, 411 06 Göteborg, Sweden", signatory: "Frida Lindqvist, COO" },
    supplier: { name: "Parcelwise Software Ltd", address: "7 Canal Wharf, Leeds LS11 5PS, United Kingdom", signatory: "Owen Pritchard, VP Sales" },
    type: { contractType: "SAAS", label: "Master Subscription Agreement (SaaS)", language: "en", governingLaw: "England and Wales" },
    annualFees: { amount: 184000, currency: "EUR" },
    clauses: [
      { ref: "1.", heading: "Definitions", area: null, text: "\"Services\" means the Parcelwise route-optimisation and carrier-booking platform described in Order Form 1. \"Customer Data\" means all data submitted to the Services by or for the Customer." },
      { ref: "4.1", heading: "Fees", area: "payment", text: "The Customer shall pay the annual subscription fees of EUR 184,000 annually in advance. Invoices are payable within 14 days of the invoice date." },
      { ref: "4.3", heading: "Price changes", area: "payment", text: "The Supplier may increase the fees on each anniversary of the Effective Date by giving 30 days' notice. Increases shall not exceed 7 % per year." },
      { ref: "7.2", heading: "Term and renewal", area: "termination", text: "The initial term is 36 months. The Agreement renews automatically for successive 12-month periods unless either party gives notice of non-renewal at least 120 days before the end of the then-current term." },
      { ref: "7.4", heading: "Termination", area: "termination", text: "Either party may terminate for material breach not remedied within 30 days of written notice. The Customer has no right to terminate for convenience during the initial term." },
      { ref: "9.1", heading: "Ownership", area: "ip", text: "The Supplier owns all rights in the Services, including any improvements derived from Customer Data. Route plans generated by the Services are licensed to the Customer for the term." },
      { ref: "9.4", heading: "IP indemnity", area: "ip", text: "The Supplier shall defend the Customer against third-party claims that the Services infringe a UK patent or copyright, subject to the limitations in clause 11." },
      { ref: "10.2", heading: "Data protection", area: "data_protection", text: "The Supplier processes Personal Data as processor under the Data Processing Addendum. The Supplier shall notify the Customer of a Personal Data Breach without undue delay and in any event within 72 hours. Customer Data may be hosted in the United Kingdom and the United States." },
      { ref: "11.1", heading: "Limitation of liability", area: "liability", text: "Each party's total aggregate liability shall not exceed the fees paid in the 6 months preceding the event giving rise to the claim." },
      { ref: "11.2", heading: "Exclusions", area: "liability", text: "Nothing limits liability for death or personal injury caused by negligence, or for fraud. Neither party is liable for loss of profits, revenue or data." },
      { ref: "14.", heading: "Governing law", area: null, text: "This Agreement is governed by the laws of England and Wales. The courts of London have exclusive jurisdiction." },
    ],
    findings: {
      liability: { riskScore: 0.82, findings: [
        { ruleId: "LIA-1", clauseRef: "11.1", status: "deviation", severity: "high", summary: "Cap is 6 months' fees (playbook: ≥ 12 months).", suggestedPosition: "Cap at 12 months' fees; at least 24 months for data protection claims." },
        { ruleId: "LIA-1", clauseRef: "11.2", status: "deviation", severity: "high", summary: "Data loss is fully excluded and there is no uncapped carve-out for data breach or IP infringement.", suggestedPosition: "Remove the data exclusion; add uncapped liability for data breach and IP infringement." },
      ] },
      termination: { riskScore: 0.64, findings: [
        { ruleId: "TRM-2", clauseRef: "7.4", status: "deviation", severity: "medium", summary: "No termination for convenience during the 36-month initial term.", suggestedPosition: "Termination for convenience after month 12 on 90 days' notice." },
        { ruleId: "TRM-2", clauseRef: "7.2", status: "deviation", severity: "low", summary: "120-day non-renewal window is long and easy to miss.", suggestedPosition: "60 days, with a written reminder from the Supplier." },
      ] },
      data_protection: { riskScore: 0.71, findings: [
        { ruleId: "DPR-3", clauseRef: "10.2", status: "deviation", severity: "high", summary: "Breach notification within 72 h (playbook: 48 h).", suggestedPosition: "Notify within 48 hours with the information listed in Art. 33(3) GDPR." },
        { ruleId: "DPR-3", clauseRef: "10.2", status: "deviation", severity: "medium", summary: "US hosting without reference to SCCs or the EU-US Data Privacy Framework.", suggestedPosition: "EEA/UK hosting, or US hosting only under SCCs with a transfer impact assessment." },
      ] },
      ip: { riskScore: 0.58, findings: [
        { ruleId: "IPR-4", clauseRef: "9.1", status: "deviation", severity: "medium", summary: "Route plans are only licensed for the term; the Supplier owns improvements derived from Customer Data.", suggestedPosition: "Customer owns outputs; the Supplier may use aggregated, anonymised data only." },
        { ruleId: "IPR-4", clauseRef: "9.4", status: "compliant", severity: "info", summary: "IP indemnity present (limited to UK rights).", suggestedPosition: "Extend to EU rights." },
      ] },
      payment: { riskScore: 0.49, findings: [
        { ruleId: "PAY-5", clauseRef: "4.1", status: "deviation", severity: "medium", summary: "14-day payment term (playbook: ≥ 30 days).", suggestedPosition: "Payment within 30 days of a valid invoice." },
        { ruleId: "PAY-5", clauseRef: "4.3", status: "deviation", severity: "medium", summary: "Increases up to 7 % per year.", suggestedPosition: "Annual increase capped at CPI + 2 %." },
      ] },
    },
  },
  staffory: {
    documentId: "CLM-24-00802",
    title: "Data Processing Agreement",
    effective: "2026-10-15",
    customer: { name: "Aurelia Health Clinics SE", address: "Rua Augusta 118, 1100-053 Lisboa, Portugal", signatory: "Dr. Marta Quintela, General Counsel" },
    supplier: { name: "Staffory HR Cloud Inc.", address: "455 Market Street, Suite 900, San Francisco, CA 94105, USA", signatory: "Dana Whitfield, Head of Legal" },
    type: { contractType: "DPA", label: "Data Processing Agreement", language: "en", governingLaw: "Portugal" },
    annualFees: { amount: 62500, currency: "EUR" },
    clauses: [
      { ref: "2.", heading: "Subject matter", area: null, text: "The Processor processes employee and applicant data of the Controller to provide rostering, payroll preparation and recruiting services." },
      { ref: "5.1", heading: "Sub-processors", area: "data_protection", text: "The Controller grants general authorisation for sub-processors listed at trust.staffory.example.com. The Processor will inform the Controller of changes by updating that page." },
      { ref: "5.4", heading: "International transfers", area: "data_protection", text: "Personal Data may be transferred to the United States and India. Transfers are made under the Standard Contractual Clauses (Module 2)." },
      { ref: "6.2", heading: "Personal data breach", area: "data_protection", text: "The Processor shall notify the Controller of a Personal Data Breach within 5 business days after confirming it." },
      { ref: "8.1", heading: "Liability", area: "liability", text: "The liability of the Processor under this DPA is subject to the limitations of the Master Agreement (12 months' fees)." },
      { ref: "9.1", heading: "Term", area: "termination", text: "This DPA remains in force as long as the Processor processes Personal Data for the Controller." },
      { ref: "9.3", heading: "Return and deletion", area: "termination", text: "On termination the Processor will delete Personal Data within 180 days unless retention is required by law." },
      { ref: "10.1", heading: "Audit", area: "ip", text: "The Controller may rely on the Processor's SOC 2 Type II report. On-site audits are limited to once every three years at the Controller's cost." },
      { ref: "11.", heading: "Fees", area: "payment", text: "Assistance with data subject requests beyond 20 per year is charged at USD 240 per hour, payable within 15 days." },
    ],
    findings: {
      liability: { riskScore: 0.55, findings: [{ ruleId: "LIA-1", clauseRef: "8.1", status: "deviation", severity: "medium", summary: "Data protection claims share the general 12-month cap; no separate or uncapped amount for data breach.", suggestedPosition: "Separate cap of 24 months' fees for data protection claims; uncapped for breaches of Art. 28 obligations." }] },
      termination: { riskScore: 0.47, findings: [{ ruleId: "TRM-2", clauseRef: "9.3", status: "deviation", severity: "medium", summary: "Deletion within 180 days after termination is long for health-adjacent HR data.", suggestedPosition: "Return within 30 days, deletion within 60 days, with a deletion certificate." }] },
      data_protection: { riskScore: 0.86, findings: [
        { ruleId: "DPR-3", clauseRef: "6.2", status: "deviation", severity: "high", summary: "Breach notification within 5 business days after confirmation (playbook: 48 h from awareness).", suggestedPosition: "Within 48 hours of becoming aware." },
        { ruleId: "DPR-3", clauseRef: "5.1", status: "deviation", severity: "medium", summary: "Sub-processor changes only via a web page; no advance notice or objection right.", suggestedPosition: "30 days' advance e-mail notice with a right to object." },
        { ruleId: "DPR-3", clauseRef: "5.4", status: "compliant", severity: "low", summary: "Transfers to the US and India under SCCs Module 2.", suggestedPosition: "Ask for the transfer impact assessment for India." },
      ] },
      ip: { riskScore: 0.31, findings: [{ ruleId: "IPR-4", clauseRef: "10.1", status: "deviation", severity: "low", summary: "On-site audits only every three years.", suggestedPosition: "Annual audit right, and after any breach." }] },
      payment: { riskScore: 0.22, findings: [{ ruleId: "PAY-5", clauseRef: "11.", status: "deviation", severity: "low", summary: "15-day payment term for assistance fees, billed in USD.", suggestedPosition: "30 days, billed in EUR." }] },
    },
  },
  brennholt: {
    documentId: "CLM-24-00866",
    title: "Contratto di fornitura / Supply Agreement",
    effective: "2026-11-01",
    customer: { name: "Verdance Foods S.p.A.", address: "Via dei Mulini 40, 43122 Parma, Italia", signatory: "Giulia Ferraresi, Direttrice Acquisti" },
    supplier: { name: "Brennholt Verpackungen GmbH", address: "Kanalstraße 9, 49479 Ibbenbüren, Deutschland", signatory: "Matthias Brennholt, Geschäftsführer" },
    type: { contractType: "SUPPLY", label: "Supply agreement (packaging)", language: "en-it", governingLaw: "Italy" },
    annualFees: { amount: 1250000, currency: "EUR" },
    clauses: [
      { ref: "1.", heading: "Products", area: null, text: "The Supplier supplies food-contact folding cartons and trays according to the specifications in Annex A, certified to EN 15593 and Regulation (EC) No 1935/2004." },
      { ref: "3.2", heading: "Prices", area: "payment", text: "Prices in Annex B are fixed until 31 March 2027. Thereafter the Supplier may adjust prices quarterly in line with the FEFCO board price index without a cap." },
      { ref: "3.5", heading: "Payment", area: "payment", text: "Payment 60 days end of month from invoice date by bank transfer." },
      { ref: "6.1", heading: "Term", area: "termination", text: "The Agreement has a term of 24 months and renews for 12 months unless terminated with 6 months' notice." },
      { ref: "6.3", heading: "Termination for convenience", area: "termination", text: "The Customer may terminate for convenience with 90 days' notice, subject to purchasing the Supplier's stock of customer-specific materials (max. 8 weeks of forecast volume)." },
      { ref: "8.1", heading: "Liability", area: "liability", text: "The Supplier's liability for defective products is limited to EUR 500,000 per year, except for product recalls caused by non-compliance with food-contact regulations, where liability is limited to EUR 2,000,000." },
      { ref: "8.4", heading: "Insurance", area: "liability", text: "The Supplier maintains product liability insurance with a minimum cover of EUR 5,000,000 per claim." },
      { ref: "9.2", heading: "Artwork and tooling", area: "ip", text: "Printing plates and cutting dies paid for by the Customer become the Customer's property. Artwork remains the Customer's intellectual property." },
      { ref: "11.3", heading: "Data", area: "data_protection", text: "The parties exchange only business contact data, processed as independent controllers under the GDPR." },
    ],
    findings: {
      liability: { riskScore: 0.63, findings: [
        { ruleId: "LIA-1", clauseRef: "8.1", status: "deviation", severity: "high", summary: "Recall liability capped at EUR 2m while a recall of a national SKU costs an estimated EUR 3–4m.", suggestedPosition: "Recall costs capped at EUR 5m, aligned with insurance cover in 8.4." },
        { ruleId: "LIA-1", clauseRef: "8.4", status: "compliant", severity: "info", summary: "Product liability insurance of EUR 5m per claim.", suggestedPosition: "Request certificate annually." },
      ] },
      termination: { riskScore: 0.35, findings: [{ ruleId: "TRM-2", clauseRef: "6.3", status: "compliant", severity: "low", summary: "Termination for convenience on 90 days' notice with a bounded stock buy-back.", suggestedPosition: "Accept." }] },
      data_protection: { riskScore: 0.08, findings: [{ ruleId: "DPR-3", clauseRef: "11.3", status: "compliant", severity: "info", summary: "Only business contact data; independent controllers.", suggestedPosition: "Accept." }] },
      ip: { riskScore: 0.1, findings: [{ ruleId: "IPR-4", clauseRef: "9.2", status: "compliant", severity: "info", summary: "Customer owns tooling it paid for and its artwork.", suggestedPosition: "Accept." }] },
      payment: { riskScore: 0.69, findings: [
        { ruleId: "PAY-5", clauseRef: "3.2", status: "deviation", severity: "high", summary: "Uncapped quarterly index-linked price adjustments after March 2027.", suggestedPosition: "Adjust at most twice a year, capped at ± 5 % per adjustment, with open-book evidence." },
        { ruleId: "PAY-5", clauseRef: "3.5", status: "compliant", severity: "info", summary: "60 days end of month.", suggestedPosition: "Accept." },
      ] },
    },
  },
};

const SYS_CLASSIFY = "You classify commercial agreements for an in-house legal team. Types: MSA, SAAS, DPA, NDA, SUPPLY, OTHER. Reply with JSON: contractType, label, language, governingLaw, confidence.";
const SYS_SEGMENT = "Split the agreement into clauses. For each clause return ref, heading, area (liability | termination | data_protection | ip | payment | other) and the first 160 characters. Reply with JSON { clauses: [...] }.";
const sysReview = (area, rules) => `You are a commercial lawyer reviewing the ${area.replace("_", " ")} clauses of an agreement against the company playbook. Playbook rules:\n${rules}\nFor each rule, state compliant / deviation / missing with severity (info, low, medium, high), a one-sentence summary and the position to take. Reply with JSON { riskScore, findings: [...] }.`;
const SYS_CONSOLIDATE = "Consolidate the area reviews into one risk view: overallRisk (low|medium|high), topIssues (max 5, most severe first), countsBySeverity and a negotiation strategy of two to three sentences. Reply with JSON.";
const SYS_REDLINES = "Draft redlines for the listed issues. For each: clauseRef, original (quote), proposed (full replacement text), rationale (one sentence). Keep the counterparty's drafting style. Reply with JSON { redlines: [...] }.";
const SYS_MEMO = "Write a short review memo (max 200 words) for the business owner: what the contract is, the main risks, what we ask the counterparty to change, and whether the business can sign if they refuse.";

function rulesText(rs, area) {
  return rs.rules.filter((r) => r.enabled && r.payload.area === area).map((r) => `- ${r.id}: ${r.label}`).join("\n") || "- (no rules for this area)";
}

export function consolidated(c) {
  const all = AREAS.flatMap((a) => c.findings[a].findings.map((f) => ({ area: a, ...f })));
  const sevOrder = { high: 0, medium: 1, low: 2, info: 3 };
  const dev = all.filter((f) => f.status !== "compliant").sort((x, y) => sevOrder[x.severity] - sevOrder[y.severity]);
  const counts = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of all) counts[f.severity]++;
  return {
    overallRisk: counts.high >= 3 ? "high" : counts.high >= 1 ? "medium" : "low",
    topIssues: dev.slice(0, 5).map((f) => ({ area: f.area, clauseRef: f.clauseRef, ruleId: f.ruleId, severity: f.severity, summary: f.summary })),
    countsBySeverity: counts,
    strategy: counts.high >= 3
      ? "Lead with liability and data protection; both are non-negotiable for us. Offer a longer initial term in exchange for termination for convenience after year one. Payment terms are a tradable concession."
      : "Focus on the high-severity items; accept the remaining deviations if the counterparty moves on them.",
  };
}

export function redlines(c) {
  const cons = consolidated(c);
  return {
    redlines: cons.topIssues.filter((t) => t.severity === "high" || t.severity === "medium").slice(0, 4).map((t) => {
      const clause = c.clauses.find((cl) => cl.ref === t.clauseRef);
      const f = c.findings[t.area].findings.find((x) => x.clauseRef === t.clauseRef && x.ruleId === t.ruleId);
      return { clauseRef: t.clauseRef, original: clause.text, proposed: f.suggestedPosition, rationale: `${t.ruleId}: ${f.summary}` };
    }),
  };
}

/**
 * opts: { c, models: {classify, segment, review: {area: model}, consolidate, redlines, memo},
 *         checkpoint: "pending" | {mode:"edited"|"approved"|"named", ...}, afterGate: [...], signoffGate: [...], reviewer }
 */
export async function playContract(h, opts) {
  const { c, models, checkpoint, afterGates = ["approved"], signoffGates = ["approved"], reviewer, ruleChanges = false } = opts;
  const rng = h.rng;
  const text = contractText(c);
  let playbook = PLAYBOOK_V1;
  await h.wait(rng.int(500, 2500));
  await h.step("ingest_contract", { kind: "tool", taskName: "ingest" }, async (cx) => {
    const meta = await cx.tool("dms.fetch_document", { documentId: c.documentId, format: "text", includeVersions: false },
      { documentId: c.documentId, title: `${c.title} — ${c.supplier.name}`, pages: Math.ceil(text.length / 1800), language: c.type.language, chars: text.length, versionLabel: `v${rng.int(3, 9)}` }, { latency: [400, 1600] });
    await cx.write("contract.source", "contractDocument", { documentId: c.documentId, title: meta.title, text }, { routing: "external", contentType: "application/json" });
  });
  await h.step("classify_contract", { kind: "llm", taskName: "classify" }, async (cx) => {
    const out = await cx.llm({ model: models.classify, purpose: "classify", system: SYS_CLASSIFY, user: `Classify this agreement.\n\n<document id="${c.documentId}">\n${text.slice(0, 1600)}\n</document>`, output: { ...c.type, confidence: 0.94 }, hiddenTokens: 60 });
    await cx.write("contract.classification", "contractClassification", out);
  });
  await h.step("segment_clauses", { kind: "llm", taskName: "segment" }, async (cx) => {
    const out = await cx.llm({
      model: models.segment, purpose: "segment", system: SYS_SEGMENT, user: text,
      output: { clauses: c.clauses.map((cl) => ({ ref: cl.ref, heading: cl.heading, area: cl.area ?? "other", excerpt: cl.text.slice(0, 160) })) }, maxTokens: 4096,
    });
    await cx.write("contract.clauses", "contractClauses", out);
  });
  if (ruleChanges) {
    await h.wait(rng.int(500, 3000));
    h.s.replaceRuleSet(PLAYBOOK_V2);
    playbook = PLAYBOOK_V2;
    await h.wait(rng.int(200, 900));
    h.s.reorderRules({ ruleSetId: PLAYBOOK_V2.id, orderedRuleIds: ["DPR-3", "LIA-1", "IPR-4", "TRM-2", "PAY-5", "REN-6"] });
    h.annotate("Legal ops tightened DPR-3 to 36 h notification (board decision 2026-08-27) while this review was running; area reviews use the new playbook.", ["playbook", "legal-ops"]);
  }
  await h.parallel(AREAS.map((area) => async (task) => {
    await task.wait(rng.int(0, 400));
    await h.step(`review_${area}`, { task, kind: "llm", taskName: "review", attrs: { "lwb.review.area": area } }, async (cx) => {
      const clauses = c.clauses.filter((cl) => cl.area === area).map((cl) => `${cl.ref} ${cl.heading}\n${cl.text}`).join("\n\n");
      const model = models.review[area];
      const out = await cx.llm({
        model, purpose: `review_${area}`, system: sysReview(area, rulesText(playbook, area)),
        user: `Agreement: ${c.title} between ${c.customer.name} and ${c.supplier.name}. Annual value ${c.annualFees.amount} ${c.annualFees.currency}.\n\nClauses:\n${clauses}`,
        output: { area, ...c.findings[area] }, hiddenTokens: rng.int(2200, 3400), cachedTokens: 2048, maxTokens: 3000,
        reasoningTokens: model.startsWith("o4") || model === "gemini-2.5-pro" ? rng.int(300, 900) : 0,
        failFirst: opts.rateLimitArea === area ? { message: "429 Too Many Requests: rate limit reached for requests per minute", code: "RATE_LIMITED", backoffMs: 4000 } : null,
      });
      await cx.write(`contract.findings.${area}`, "contractFindings", out);
    });
  }));
  const cons = consolidated(c);
  await h.step("consolidate_findings", { kind: "llm", taskName: "consolidate" }, async (cx) => {
    const out = await cx.llm({ model: models.consolidate, purpose: "consolidate", system: SYS_CONSOLIDATE, user: JSON.stringify(AREAS.map((a) => ({ area: a, ...c.findings[a] }))), output: cons, hiddenTokens: 200, maxTokens: 2500 });
    await cx.write("contract.findings", "contractFindingsSummary", out);
  });
  // draft_redlines has policy CHECKPOINT: its before-gate starts pending
  await h.wait(rng.int(20_000, 90_000));
  h.request("draft_redlines", "CHECKPOINT", "Counsel to confirm findings before redlines are drafted");
  if (checkpoint.mode === "pending") return;
  await h.wait(rng.int(40 * 60_000, 180 * 60_000));
  if (checkpoint.mode === "edited") {
    h.patch("contract.findings", checkpoint.patch);
    await h.wait(rng.int(30_000, 120_000));
    h.resolve("draft_redlines", "CHECKPOINT", "edited", checkpoint.note);
  } else if (checkpoint.mode === "named") {
    for (const [id, decision, waitMin] of checkpoint.sequence) {
      h.checkpoint("draft_redlines", id, decision);
      await h.wait(waitMin * 60_000 + rng.int(0, 60_000));
      if (decision === "rejected" && checkpoint.onReject) {
        h.annotate(checkpoint.onReject, ["checkpoint", id]);
        h.patch("contract.findings", checkpoint.patch);
        await h.wait(rng.int(60_000, 300_000));
      }
    }
    h.resolve("draft_redlines", "CHECKPOINT", "approved", checkpoint.note);
  } else {
    h.resolve("draft_redlines", "CHECKPOINT", "approved", checkpoint.note);
  }
  await h.wait(rng.int(5000, 30000));
  const red = redlines(c);
  await h.step("draft_redlines", { kind: "llm", taskName: "draft" }, async (cx) => {
    const out = await cx.llm({ model: models.redlines, purpose: "draft_redlines", system: SYS_REDLINES, user: `Issues:\n${JSON.stringify(cons.topIssues)}\n\nContract:\n${text}`, output: red, hiddenTokens: 300, maxTokens: 4000, stream: !!opts.streamRedlines });
    await cx.write("contract.redlines", "contractRedlines", out);
  });
  for (const d of afterGates) {
    await h.wait(rng.int(30 * 60_000, 200 * 60_000));
    if (d === "edited") {
      h.patch("contract.redlines", reviewer.redlineEdit);
      await h.wait(rng.int(20_000, 90_000));
      h.resolve("draft_redlines", "PAUSE_AFTER", "edited", reviewer.redlineNote);
    } else if (d === "rejected") {
      h.resolve("draft_redlines", "PAUSE_AFTER", "rejected", reviewer.redlineReject);
      await h.wait(rng.int(60_000, 600_000));
      await h.rework("draft_redlines", "counsel rejected redlines", async (cx) => {
        const again = { redlines: red.redlines.map((r) => ({ ...r, proposed: r.proposed + " (mutual)" })) };
        const out = await cx.llm({ model: models.redlines, purpose: "redraft_redlines", system: SYS_REDLINES + " Make every proposal mutual.", user: `Reviewer: ${reviewer.redlineReject}\n\n${JSON.stringify(red)}`, output: again, hiddenTokens: 300, maxTokens: 4000 });
        await cx.write("contract.redlines", "contractRedlines", out);
      });
      h.request("draft_redlines", "PAUSE_AFTER", "Re-review redlines after redraft");
    } else {
      h.resolve("draft_redlines", "PAUSE_AFTER", "approved", "Redlines fine.");
    }
  }
  await h.wait(rng.int(5000, 30000));
  const memo = `Review memo — ${c.title}, ${c.supplier.name} (${c.documentId}).\n\nOverall risk: ${cons.overallRisk}. ${cons.countsBySeverity.high} high and ${cons.countsBySeverity.medium} medium issue(s).\n\nMain asks:\n${red.redlines.map((r) => `• ${r.clauseRef}: ${r.proposed}`).join("\n")}\n\n${cons.strategy}`;
  await h.step("compose_memo", { kind: "llm", taskName: "write" }, async (cx) => {
    await cx.llm({ model: models.memo, purpose: "memo", system: SYS_MEMO, user: JSON.stringify({ consolidated: cons, redlines: red }), output: memo, json: false, hiddenTokens: 120, temperature: 0.4 });
    await cx.write("contract.memo", "reviewMemo", { memo, audience: "business_owner", words: memo.split(/\s+/).length });
  });
  await h.wait(rng.int(10_000, 60_000));
  h.request("legal_signoff", "PAUSE_BEFORE", `Sign-off required: ${cons.overallRisk} risk ${c.type.contractType} with ${c.supplier.name}`);
  for (const d of signoffGates) {
    await h.wait(rng.int(60 * 60_000, 300 * 60_000));
    if (d === "rejected") {
      h.resolve("legal_signoff", "PAUSE_BEFORE", "rejected", reviewer.signoffReject);
      await h.wait(rng.int(12 * 3600_000, 20 * 3600_000));
      h.annotate(reviewer.counterpartyUpdate, ["negotiation"]);
      h.request("legal_signoff", "PAUSE_BEFORE", "Sign-off requested again after counterparty response");
    } else {
      h.resolve("legal_signoff", "PAUSE_BEFORE", d, reviewer.signoffNote);
    }
  }
  await h.wait(rng.int(5000, 20000));
  await h.step("legal_signoff", { kind: "tool", taskName: "record" }, async (cx) => {
    const res = await cx.tool("clm.update_status", { documentId: c.documentId, status: "approved_with_redlines", approver: reviewer.name, redlines: red.redlines.length },
      { documentId: c.documentId, status: "approved_with_redlines", updatedAt: h.clock.iso() });
    await cx.write("contract.signoff", "signoffRecord", { ...res, approver: reviewer.name, approverEmail: reviewer.email });
  });
  await h.wait(rng.int(500, 3000));
  h.s.completeRun({ reason: "Contract review signed off" });
}
