// Workflow "vendor due diligence": 40 steps — 4 intake steps, six parallel
// domain branches of 5 steps each, 6 closing steps.
export const DOMAINS = ["legal", "financial", "security", "privacy", "esg", "operations"];
const PHASES = ["collect", "extract", "verify", "score", "summarize"];
const stepId = (phase, d) => ({ collect: `collect_${d}_evidence`, extract: `extract_${d}_answers`, verify: `verify_${d}_evidence`, score: `score_${d}_risk`, summarize: `summarize_${d}` }[phase]);

export const VENDOR_WORKFLOW = {
  id: "wf_vendor_due_diligence",
  version: 2,
  title: "Third-party vendor due diligence",
  steps: [
    { id: "open_case", title: "Open due-diligence case", gatePolicy: "AUTO", inputs: [], outputs: ["vdd.case"] },
    { id: "fetch_vendor_profile", title: "Fetch vendor profile", gatePolicy: "AUTO", inputs: ["vdd.case"], outputs: ["vdd.profile"] },
    { id: "screen_sanctions", title: "Sanctions and adverse media screening", gatePolicy: "AUTO", inputs: ["vdd.profile"], outputs: ["vdd.sanctions"] },
    { id: "request_documents", title: "Request documents via vendor portal", gatePolicy: "AUTO", inputs: ["vdd.profile"], outputs: ["vdd.document_index"] },
    ...DOMAINS.flatMap((d) => PHASES.map((p) => ({
      id: stepId(p, d),
      title: `${{ collect: "Collect", extract: "Extract", verify: "Verify", score: "Score", summarize: "Summarize" }[p]} ${d} ${{ collect: "evidence", extract: "answers", verify: "evidence", score: "risk", summarize: "findings" }[p]}`,
      gatePolicy: d === "security" && p === "verify" ? "PAUSE_BEFORE" : "AUTO",
      inputs: p === "collect" ? ["vdd.document_index"] : [`vdd.${d}.${{ extract: "evidence", verify: "answers", score: "verification", summarize: "score" }[p]}`],
      outputs: [`vdd.${d}.${{ collect: "evidence", extract: "answers", verify: "verification", score: "score", summarize: "summary" }[p]}`],
    }))),
    { id: "aggregate_scores", title: "Aggregate domain scores", gatePolicy: "AUTO", inputs: DOMAINS.map((d) => `vdd.${d}.summary`).concat(["vdd.sanctions"]), outputs: ["vdd.scorecard"] },
    { id: "draft_dd_report", title: "Draft due-diligence report", gatePolicy: "AUTO", inputs: ["vdd.scorecard"], outputs: ["vdd.report"] },
    { id: "committee_review", title: "Vendor risk committee review", description: "CISO, DPO and procurement lead sign their checkpoints; the committee then reviews the report.", gatePolicy: "CHECKPOINT", inputs: ["vdd.report"], outputs: ["vdd.committee_minutes"] },
    { id: "decide_onboarding", title: "Onboarding decision", gatePolicy: "PAUSE_BEFORE", inputs: ["vdd.committee_minutes"], outputs: ["vdd.decision"] },
    { id: "update_vendor_master", title: "Update vendor master", gatePolicy: "AUTO", inputs: ["vdd.decision"], outputs: [] },
    { id: "notify_stakeholders", title: "Notify stakeholders", gatePolicy: "AUTO", inputs: ["vdd.decision"], outputs: [] },
  ],
  edges: [
    { id: "e_open_profile", from: "open_case", to: "fetch_vendor_profile" },
    { id: "e_profile_sanctions", from: "fetch_vendor_profile", to: "screen_sanctions" },
    { id: "e_profile_docs", from: "fetch_vendor_profile", to: "request_documents" },
    ...DOMAINS.map((d) => ({ id: `e_docs_${d}`, from: "request_documents", to: stepId("collect", d) })),
    ...DOMAINS.flatMap((d) => PHASES.slice(1).map((p, i) => ({ id: `e_${d}_${PHASES[i]}_${p}`, from: stepId(PHASES[i], d), to: stepId(p, d) }))),
    ...DOMAINS.map((d) => ({ id: `e_${d}_aggregate`, from: stepId("summarize", d), to: "aggregate_scores" })),
    { id: "e_sanctions_aggregate", from: "screen_sanctions", to: "aggregate_scores" },
    { id: "e_aggregate_report", from: "aggregate_scores", to: "draft_dd_report" },
    { id: "e_report_committee", from: "draft_dd_report", to: "committee_review" },
    { id: "e_committee_decide", from: "committee_review", to: "decide_onboarding" },
    { id: "e_decide_master", from: "decide_onboarding", to: "update_vendor_master" },
    { id: "e_decide_notify", from: "decide_onboarding", to: "notify_stakeholders" },
  ],
};

export const VDD_RULES = {
  id: "rs_vendor_risk_policy",
  ruleSchemaId: "vendorRiskRule",
  rules: [
    { id: "TIER-1", priority: 0, enabled: true, label: "Critical vendors (access to OT or customer data) need a full six-domain review", payload: { tier: "critical", domains: DOMAINS } },
    { id: "SEC-ISO", priority: 1, enabled: true, label: "ISO/IEC 27001 or SOC 2 Type II required for critical vendors", payload: { anyOf: ["ISO27001", "SOC2-II"] } },
    { id: "FIN-Z", priority: 2, enabled: true, label: "Altman Z-score below 1.8 needs a parent guarantee or escrow", payload: { minZ: 1.8, mitigations: ["parent_guarantee", "escrow"] } },
    { id: "ESG-CSRD", priority: 3, enabled: true, label: "Scope 1–2 emissions disclosed; supplier code of conduct signed", payload: { requireScope12: true, requireCoc: true } },
    { id: "SCORE-GATE", priority: 4, enabled: true, label: "Any domain score ≥ 4 (of 5) requires committee conditions", payload: { maxScoreWithoutConditions: 3 } },
  ],
};

const VENDOR = {
  name: "Kestrel Byte Analytics Oy",
  businessId: "FI 3187702-4",
  lei: "7437009KBA3187702X41",
  country: "FI",
  address: "Tekniikantie 12, 02150 Espoo, Finland",
  founded: 2017,
  employees: 214,
  service: "Smart-meter data analytics platform (load forecasting, theft detection, outage analytics)",
  contact: { name: "Aino Lehtinen", role: "Head of Customer Assurance", email: "assurance@kestrelbyte.example.fi" },
};

const DOMAIN_CONTENT = {
  legal: {
    docs: [["Trade register extract", "pdf", 2], ["Litigation statement 2026", "pdf", 1], ["Standard terms v4.2", "pdf", 14], ["Export control self-assessment", "xlsx", 1]],
    qa: [
      ["Is the company registered and in good standing?", "Yes, registered in the Finnish Trade Register since 2017; no insolvency filings."],
      ["Any pending litigation above EUR 250k?", "One commercial dispute with a former reseller (EUR 310k claimed), expected to settle in Q4 2026."],
      ["Ultimate beneficial owners?", "Founders (41 %), Northlight Growth Fund III (38 %), employees (21 %)."],
      ["Do your standard terms allow customer audits?", "Yes, once a year with 30 days' notice."],
      ["Are any products subject to export controls?", "No; the software is classified EAR99 / not listed under Regulation (EU) 2021/821."],
    ],
    verify: [["supported", "Trade register extract dated 2026-09-02 confirms status."], ["supported", "Litigation statement lists the reseller dispute; amount matches."], ["partially", "UBO split not evidenced by the register; the fund's share is from the vendor's own statement."], ["supported", "Clause 12.3 of the standard terms."], ["supported", "Self-assessment signed by the CFO."]],
    score: 2, conditions: ["Obtain shareholder register extract to confirm UBOs."],
    tool: ["registry.lookup", { registry: "PRH", businessId: "3187702-4" }, { status: "active", registered: "2017-04-11", form: "Osakeyhtiö (Oy)", insolvency: false }],
  },
  financial: {
    docs: [["Audited financial statements 2025", "pdf", 38], ["Interim report H1 2026", "pdf", 12], ["Credit report", "pdf", 4]],
    qa: [
      ["Revenue last fiscal year?", "EUR 21.4m (2025), +34 % year on year."],
      ["Is the company profitable?", "EBITDA positive since Q3 2025; net loss of EUR 1.1m in 2025."],
      ["Cash runway?", "EUR 9.8m cash at 30 June 2026; runway > 24 months at current burn."],
      ["Customer concentration?", "Top customer 14 % of revenue; top five 41 %."],
      ["Auditor and opinion?", "Unqualified opinion by a mid-tier audit firm for FY2025."],
    ],
    verify: [["supported", "Audited statements p. 6."], ["supported", "Income statement shows EUR −1.1m net result."], ["supported", "Interim report balance sheet, cash EUR 9.8m."], ["unsupported", "Concentration figures not in the audited notes; vendor statement only."], ["supported", "Auditor's report dated 2026-03-18."]],
    score: 3, conditions: ["Altman Z'' = 2.1 (above 1.8): no parent guarantee needed, but request escrow of the forecasting models' source code."],
    tool: ["credit.report", { businessId: "3187702-4", product: "full" }, { rating: "A-", paymentDelayDays: 3, zScore: 2.1, trend: "improving" }],
  },
  security: {
    docs: [["ISO/IEC 27001:2022 certificate", "pdf", 2], ["Statement of applicability", "xlsx", 1], ["Penetration test summary Q2 2026", "pdf", 9], ["Incident response plan", "pdf", 17], ["Sub-processor list", "html", 1]],
    qa: [
      ["Which security certifications do you hold?", "ISO/IEC 27001:2022, certificate valid until 2028-05-31; SOC 2 Type II planned for 2027."],
      ["When was the last external penetration test?", "May 2026; two high findings, both remediated and retested in June."],
      ["How is customer data encrypted?", "AES-256 at rest (cloud KMS, customer-managed keys optional), TLS 1.2+ in transit."],
      ["Do you have remote access to customer OT networks?", "Only through the customer's jump host; no persistent VPN."],
      ["Incident notification time?", "Within 24 hours of detection for incidents affecting customer data."],
      ["MFA for administrative access?", "Yes, FIDO2 hardware keys for all production administrators."],
    ],
    verify: [["supported", "Certificate no. IS 7741203, scope covers the analytics platform and Espoo/Tampere sites."], ["partially", "Summary shows retest passed for one high finding; evidence for the second retest is missing."], ["supported", "SoA controls A.8.24 and A.5.14."], ["supported", "Architecture diagram in the incident response plan annex."], ["supported", "IR plan section 4.2."], ["supported", "SoA control A.8.5 and audit observation."]],
    score: 3, conditions: ["Provide retest evidence for pen-test finding KB-2026-H2 before go-live.", "Customer-managed keys are mandatory for this engagement."],
    tool: ["certificates.verify", { standard: "ISO/IEC 27001:2022", certificateNo: "IS 7741203" }, { valid: true, validUntil: "2028-05-31", certificationBody: "accredited CB (FINAS)", scopeMatches: true }],
  },
  privacy: {
    docs: [["Data processing agreement template", "docx", 11], ["Record of processing activities (extract)", "xlsx", 1], ["DPIA summary for meter analytics", "pdf", 7], ["Transfer impact assessment", "pdf", 5]],
    qa: [
      ["Where is customer data hosted?", "EU only: Finland (primary) and Sweden (backup)."],
      ["Do any sub-processors transfer data outside the EEA?", "One support tool provider in the US under SCCs Module 3; no meter data is transferred."],
      ["Is meter data treated as personal data?", "Yes; 15-minute interval data is pseudonymised per meter ID."],
      ["Data retention?", "Raw interval data 25 months, aggregates 7 years, configurable per customer."],
      ["Breach notification to controllers?", "Within 36 hours of becoming aware."],
    ],
    verify: [["supported", "DPA annex 3 and RoPA."], ["supported", "TIA dated 2026-02 covers the support tool."], ["supported", "DPIA section 2."], ["partially", "Retention of 25 months exceeds our 13-month standard for raw data."], ["supported", "DPA clause 8.1."]],
    score: 2, conditions: ["Configure raw interval data retention to 13 months."],
    tool: ["dpa.compare", { template: "solvik-dpa-2026", counterpartyVersion: "KBA-DPA-3.1" }, { deviations: 3, blocking: 0 }],
  },
  esg: {
    docs: [["Sustainability report 2025", "pdf", 24], ["Supplier code of conduct (signed)", "pdf", 6], ["Data centre energy statement", "pdf", 2]],
    qa: [
      ["Do you disclose Scope 1 and 2 emissions?", "Yes: Scope 1 = 12 tCO2e, Scope 2 (market-based) = 48 tCO2e in 2025."],
      ["Scope 3?", "Partially: purchased cloud services and business travel (612 tCO2e)."],
      ["Renewable electricity share?", "100 % in offices; data centres 92 % renewable with guarantees of origin."],
      ["Have you signed our supplier code of conduct?", "Yes, signed on 2026-09-10."],
      ["Any human rights due-diligence process?", "Annual supplier self-assessment; no audits yet."],
    ],
    verify: [["supported", "Sustainability report p. 17."], ["supported", "Report p. 18."], ["partially", "Guarantees of origin not provided for the backup data centre."], ["supported", "Signed copy received."], ["supported", "Policy document, no audit evidence (as stated)."]],
    score: 2, conditions: [],
    tool: ["esg.rating_lookup", { lei: "7437009KBA3187702X41" }, { provider: "esg-ratings.example.org", score: 61, band: "medium-low risk" }],
  },
  operations: {
    docs: [["Business continuity plan", "pdf", 21], ["SLA schedule", "pdf", 4], ["Status page history (12 months)", "csv", 1], ["Support model", "pdf", 3]],
    qa: [
      ["Availability commitment?", "99.9 % monthly for the API; 99.5 % for the analyst UI."],
      ["Measured availability last 12 months?", "99.94 %; longest outage 2 h 10 min on 2026-02-17 (storage failover)."],
      ["RTO / RPO?", "RTO 4 hours, RPO 15 minutes; last DR test March 2026."],
      ["Support hours?", "24/7 for P1 incidents; business hours (CET) otherwise."],
      ["Key-person dependency?", "Forecasting models maintained by a team of 6; documented and peer reviewed."],
    ],
    verify: [["supported", "SLA schedule section 2."], ["supported", "Status page export; computed 99.94 %."], ["partially", "DR test report summarised in the BCP; full report not provided."], ["supported", "Support model p. 2."], ["supported", "Org chart and model documentation index."]],
    score: 2, conditions: ["Request full DR test report."],
    tool: ["status_page.export", { url: "https://status.kestrelbyte.example.fi", months: 12 }, { incidents: 7, availability: 0.9994, longestMinutes: 130 }],
  },
};

const VERIFY_MODEL = { legal: "claude-sonnet-4-5-20250929", financial: "gemini-2.5-pro", security: "claude-sonnet-4-5-20250929", privacy: "claude-sonnet-4-5-20250929", esg: "gemini-2.5-pro", operations: "gpt-4.1-2025-04-14" };

export async function playVendor(h) {
  const rng = h.rng;
  await h.wait(rng.int(100, 600));
  const caseId = `VDD-2026-${rng.int(1000, 1999)}`;
  await h.step("open_case", { kind: "tool", taskName: "intake" }, async (c) => {
    const res = await c.tool("case.create", { type: "vendor_due_diligence", vendor: VENDOR.name, requester: "olav.strand@solvik.example.no", tier: "critical" }, { caseId, sla: "2026-10-08" });
    await c.write("vdd.case", "vddCase", { caseId, vendor: VENDOR.name, tier: "critical", requester: "Olav Strand", businessOwner: "Grid Analytics", sla: res.sla, rulesApplied: VDD_RULES.rules.map((r) => r.id) });
  });
  const profile = { ...VENDOR, industry: "Software — utilities analytics", website: "https://kestrelbyte.example.fi", riskTier: "critical", dataAccess: ["meter_interval_data", "customer_ids_pseudonymised"] };
  await h.step("fetch_vendor_profile", { kind: "llm", taskName: "profile" }, async (c) => {
    const reg = await c.tool("registry.lookup", { registry: "GLEIF", lei: VENDOR.lei }, { legalName: VENDOR.name, status: "ISSUED", jurisdiction: "FI", registeredAt: "2019-02-14" }, { latency: [300, 900] });
    const out = await c.llm({ model: "claude-haiku-4-5-20251001", purpose: "profile", system: "Build a vendor profile from registry data and the vendor's self-description. Reply with JSON.", user: `Registry:\n${JSON.stringify(reg)}\n\nSelf-description:\n${VENDOR.service}. Founded ${VENDOR.founded}, ${VENDOR.employees} employees.`, output: profile, hiddenTokens: 80 });
    await c.write("vdd.profile", "vendorProfile", out);
  });
  await h.parallel([
    (t) => h.step("screen_sanctions", { task: t, kind: "tool", taskName: "screen" }, async (c) => {
      const res = await c.tool("sanctions.screen", { names: [VENDOR.name, "Aino Lehtinen", "Northlight Growth Fund III"], lists: ["EU", "UN", "OFAC-SDN", "UK-HMT"], adverseMedia: true },
        { hits: 0, adverseMedia: [{ headline: "Espoo analytics start-up raises growth round", source: "news.example.fi", sentiment: "neutral" }], screenedAt: h.clock.iso() }, { latency: [800, 2500] });
      await c.write("vdd.sanctions", "sanctionsScreening", res);
    }),
    (t) => h.step("request_documents", { task: t, kind: "tool", taskName: "collect" }, async (c) => {
      const index = DOMAINS.map((d) => ({ domain: d, documents: DOMAIN_CONTENT[d].docs.map(([title, type, pages]) => ({ title, type, pages, docId: `doc_${rng.str(8)}` })) }));
      await c.tool("vendor_portal.request_documents", { caseId, vendorContact: VENDOR.contact.email, checklist: "critical-vendor-v5" }, { requested: index.reduce((a, x) => a + x.documents.length, 0), alreadyUploaded: true }, { latency: [400, 1200] });
      await c.write("vdd.document_index", "documentIndex", { caseId, domains: index });
    }),
  ]);

  const summaries = {};
  await h.parallel(DOMAINS.map((d) => async (task) => {
    const dc = DOMAIN_CONTENT[d];
    await task.wait(rng.int(0, 2000));
    const evidence = { domain: d, documents: dc.docs.map(([title, type, pages]) => ({ title, type, pages })) };
    await h.step(stepId("collect", d), { task, kind: "tool", taskName: "collect", attrs: { "lwb.vdd.domain": d } }, async (c) => {
      await c.tool("vendor_portal.download", { caseId, domain: d, count: dc.docs.length }, { downloaded: dc.docs.length, totalPages: dc.docs.reduce((a, x) => a + x[2], 0) }, { latency: [500, 3000] });
      await c.write(`vdd.${d}.evidence`, "vddEvidence", evidence, { hashed: false });
    });
    const answers = { domain: d, answers: dc.qa.map(([q, a], i) => ({ id: `${d.slice(0, 3).toUpperCase()}-Q${i + 1}`, question: q, answer: a })) };
    await h.step(stepId("extract", d), { task, kind: "llm", taskName: "extract", attrs: { "lwb.vdd.domain": d } }, async (c) => {
      const out = await c.llm({ model: "claude-haiku-4-5-20251001", purpose: `extract_${d}`, system: `Extract the vendor's answers to the ${d} questionnaire from the submitted documents. Quote figures exactly. Reply with JSON { domain, answers: [{id, question, answer}] }.`, user: `Documents: ${dc.docs.map((x) => x[0]).join("; ")}\n\nQuestions:\n${dc.qa.map(([q], i) => `${i + 1}. ${q}`).join("\n")}`, output: answers, hiddenTokens: rng.int(2500, 6000), cachedTokens: 1024 });
      await c.write(`vdd.${d}.answers`, "vddAnswers", out, { hashed: false });
    });
    if (d === "security") {
      // PAUSE_BEFORE: the security analyst scopes the verification first
      await task.wait(rng.int(2000, 8000));
      h.request(stepId("verify", d), "PAUSE_BEFORE", "Security analyst to confirm verification scope (OT remote access in scope?)");
      await task.wait(rng.int(90 * 60_000, 150 * 60_000));
      h.patch(`vdd.${d}.answers`, [
        { op: "add", path: "/answers/-", value: { id: "SEC-Q7", question: "Do you use AI coding assistants with access to customer data?", answer: "Not answered by vendor — added by analyst for verification." } },
        { op: "add", path: "/analystScope", value: { otRemoteAccess: true, pentestRetest: true, reviewer: "Ingrid Solberg" } },
      ]);
      await task.wait(rng.int(30_000, 90_000));
      h.resolve(stepId("verify", d), "PAUSE_BEFORE", "edited", "Added SEC-Q7 and widened scope to OT remote access.");
      await task.wait(rng.int(1000, 5000));
    }
    const verification = { domain: d, items: answers.answers.map((a, i) => ({ id: a.id, status: dc.verify[i][0], evidence: dc.verify[i][1] })) };
    if (d === "security") verification.items.push({ id: "SEC-Q7", status: "unsupported", evidence: "Vendor confirmed by e-mail that no AI assistant has access to customer data; no policy document yet." });
    await h.step(stepId("verify", d), { task, kind: "llm", taskName: "verify", attrs: { "lwb.vdd.domain": d } }, async (c) => {
      const [toolName, args, result] = dc.tool;
      const ext = await c.tool(toolName, args, result, { latency: [400, 2000] });
      const out = await c.llm({ model: VERIFY_MODEL[d], purpose: `verify_${d}`, system: "You verify vendor questionnaire answers against documentary evidence. For each answer: supported, partially or unsupported, with the evidence reference. Be strict: self-statements are not evidence.", user: `Answers:\n${JSON.stringify(answers.answers, null, 1)}\n\nExternal check (${toolName}):\n${JSON.stringify(ext)}`, output: verification, hiddenTokens: rng.int(6000, 14000), cachedTokens: 2048, maxTokens: 4000, reasoningTokens: VERIFY_MODEL[d] === "gemini-2.5-pro" ? rng.int(600, 1500) : 0 });
      await c.write(`vdd.${d}.verification`, "vddVerification", out);
    });
    const score = { domain: d, score: dc.score, scale: "1 (low) – 5 (critical)", conditions: dc.conditions, unsupported: verification.items.filter((x) => x.status !== "supported").map((x) => x.id) };
    await h.step(stepId("score", d), { task, kind: "llm", taskName: "score", attrs: { "lwb.vdd.domain": d } }, async (c) => {
      const out = await c.llm({ model: "gpt-4.1-mini-2025-04-14", purpose: `score_${d}`, system: "Score the domain risk from 1 (low) to 5 (critical) following the vendor risk policy. List conditions for approval. Reply with JSON.", user: JSON.stringify(verification), output: score, hiddenTokens: 700, cachedTokens: 512 });
      await c.write(`vdd.${d}.score`, "vddScore", out);
    });
    const summary = `${d[0].toUpperCase()}${d.slice(1)}: risk ${dc.score}/5. ${verification.items.filter((x) => x.status === "supported").length} of ${verification.items.length} answers supported by evidence.${dc.conditions.length ? " Conditions: " + dc.conditions.join(" ") : " No conditions."}`;
    summaries[d] = summary;
    await h.step(stepId("summarize", d), { task, kind: "llm", taskName: "summarize", attrs: { "lwb.vdd.domain": d } }, async (c) => {
      await c.llm({ model: "mistral-small-2503", purpose: `summarize_${d}`, system: "Summarise the domain review in at most three sentences for the risk committee.", user: JSON.stringify({ score, verification }), output: summary, json: false, hiddenTokens: 60, temperature: 0.3 });
      await c.write(`vdd.${d}.summary`, "vddSummary", { domain: d, text: summary }, { hashed: false });
    });
  }));

  const scorecard = { caseId, vendor: VENDOR.name, domains: Object.fromEntries(DOMAINS.map((d) => [d, DOMAIN_CONTENT[d].score])), sanctionsHits: 0, maxScore: 3, weightedScore: 2.35, band: "moderate", conditions: DOMAINS.flatMap((d) => DOMAIN_CONTENT[d].conditions.map((x) => ({ domain: d, condition: x }))) };
  await h.step("aggregate_scores", { kind: "mechanical", taskName: "aggregate" }, async (c) => {
    await c.tool("risk_engine.aggregate", { caseId, weights: { legal: 0.15, financial: 0.2, security: 0.25, privacy: 0.2, esg: 0.05, operations: 0.15 } }, { weightedScore: 2.35, band: "moderate" });
    await c.write("vdd.scorecard", "vddScorecard", scorecard);
  });
  const report = [
    `Vendor due diligence — ${VENDOR.name} (${caseId})`,
    "",
    `Scope: critical vendor (access to pseudonymised smart-meter interval data). Six-domain review per TIER-1. Sanctions screening: no hits.`,
    `Overall: moderate risk (weighted 2.35 / 5). No domain above 3, so SCORE-GATE does not force committee conditions, but the reviewers propose ${scorecard.conditions.length} conditions.`,
    "",
    ...DOMAINS.map((d) => `- ${summaries[d]}`),
    "",
    "Recommendation: approve onboarding subject to the conditions, with a 6-month follow-up on security (pen-test retest evidence) and privacy (retention).",
  ].join("\n");
  await h.step("draft_dd_report", { kind: "llm", taskName: "write" }, async (c) => {
    await c.llm({ model: "claude-sonnet-4-5-20250929", purpose: "draft_report", system: "Draft the due-diligence report for the vendor risk committee. Plain text, headings, no more than 400 words.", user: JSON.stringify({ scorecard, summaries }), output: report, json: false, hiddenTokens: 1800, cachedTokens: 1024, maxTokens: 3000, stream: true });
    await c.write("vdd.report", "vddReport", { caseId, text: report, format: "text/plain" });
  });
  // committee_review: CHECKPOINT policy, three named checkpoints, then the committee gate
  await h.wait(rng.int(10 * 60_000, 40 * 60_000));
  h.request("committee_review", "CHECKPOINT", "CISO, DPO and procurement lead must sign before the committee meets");
  const signers = [["ciso", 95], ["dpo", 140], ["procurement-lead", 60]];
  for (const [id, mins] of signers) {
    await h.wait(mins * 60_000 + rng.int(0, 600_000));
    h.checkpoint("committee_review", id, "approved");
  }
  await h.wait(rng.int(30 * 60_000, 90 * 60_000));
  h.resolve("committee_review", "CHECKPOINT", "approved", "All three checkpoints signed; committee slot 25 Sep 09:00.");
  h.clock.jumpTo("2026-09-25T07:00:00.000Z");
  await h.wait(rng.int(0, 120_000));
  await h.step("committee_review", { kind: "human", taskName: "committee" }, async (c) => {
    const minutes = { meeting: "Vendor risk committee 2026-09-25", attendees: ["Ingrid Solberg (CISO)", "Jonas Vik (DPO)", "Mette Aas (Procurement)", "Olav Strand (Business owner)"], outcome: "approve_with_conditions", conditions: scorecard.conditions.map((x) => x.condition), followUp: "2027-03-31" };
    await c.tool("meetings.record_minutes", { caseId, template: "vrc-minutes-v2" }, { minutesId: `MIN-${rng.int(10000, 99999)}` });
    await c.write("vdd.committee_minutes", "committeeMinutes", minutes);
  });
  await h.wait(rng.int(20 * 60_000, 60 * 60_000));
  h.resolve("committee_review", "PAUSE_AFTER", "approved", "Minutes approved by the chair.");
  await h.wait(rng.int(60_000, 300_000));
  h.request("decide_onboarding", "PAUSE_BEFORE", "Business owner confirms onboarding with conditions");
  await h.wait(rng.int(40 * 60_000, 120 * 60_000));
  h.resolve("decide_onboarding", "PAUSE_BEFORE", "approved", "Accepted conditions; contract negotiation can start.");
  await h.wait(rng.int(5000, 30000));
  await h.step("decide_onboarding", { kind: "llm", taskName: "decide" }, async (c) => {
    const decision = { caseId, decision: "approved_with_conditions", validUntil: "2027-09-30", conditions: scorecard.conditions, decidedBy: "Olav Strand" };
    await c.llm({ model: "gpt-4.1-mini-2025-04-14", purpose: "decision_record", system: "Turn the committee outcome into a structured onboarding decision record. Reply with JSON.", user: JSON.stringify({ scorecard, outcome: "approve_with_conditions" }), output: decision, hiddenTokens: 150 });
    await c.write("vdd.decision", "onboardingDecision", decision);
  });
  await h.parallel([
    (t) => h.step("update_vendor_master", { task: t, kind: "tool", taskName: "update" }, async (c) => {
      await c.tool("erp.vendor_master.update", { vendorName: VENDOR.name, businessId: VENDOR.businessId, riskTier: "critical", ddStatus: "approved_with_conditions", reviewDue: "2027-03-31" }, { vendorId: "V-884120", updated: true }, { latency: [300, 1200] });
    }),
    (t) => h.step("notify_stakeholders", { task: t, kind: "tool", taskName: "notify" }, async (c) => {
      await c.tool("email.send", { to: ["olav.strand@solvik.example.no", "procurement@solvik.example.no", VENDOR.contact.email], template: "vdd_outcome", vars: { caseId, outcome: "approved with conditions" } }, { accepted: 3, messageId: `<${rng.hex(16)}@mail.solvik.example.no>` });
    }),
  ]);
  await h.wait(rng.int(500, 2000));
  h.s.completeRun({ reason: "Vendor approved with conditions" });
}

export const VENDOR_PROFILE = VENDOR;
