// Workflow "claims triage": 6 steps, two parallel branches after intake.
export const CLAIMS_WORKFLOW = {
  id: "wf_claims_triage",
  version: 4,
  title: "First-notice-of-loss claims triage",
  steps: [
    { id: "ingest_fnol", title: "Ingest first notice of loss", gatePolicy: "AUTO", inputs: [], outputs: ["claim.fnol"] },
    { id: "extract_facts", title: "Extract loss facts", gatePolicy: "AUTO", inputs: ["claim.fnol"], outputs: ["claim.facts"] },
    { id: "check_coverage", title: "Check policy coverage", gatePolicy: "AUTO", inputs: ["claim.fnol"], outputs: ["claim.coverage"] },
    { id: "fraud_screen", title: "Fraud screening", gatePolicy: "AUTO", inputs: ["claim.facts"], outputs: ["claim.fraud_signals"] },
    { id: "route_claim", title: "Route claim to queue", description: "Queue, priority and initial reserve; a claims lead reviews the routing.", gatePolicy: "PAUSE_AFTER", inputs: ["claim.facts", "claim.coverage", "claim.fraud_signals"], outputs: ["claim.routing"] },
    { id: "notify_handler", title: "Assign handler and notify claimant", gatePolicy: "PAUSE_BEFORE", inputs: ["claim.routing"], outputs: ["claim.assignment"] },
  ],
  edges: [
    { id: "e1", from: "ingest_fnol", to: "extract_facts" },
    { id: "e2", from: "ingest_fnol", to: "check_coverage" },
    { id: "e3", from: "extract_facts", to: "fraud_screen" },
    { id: "e4", from: "check_coverage", to: "route_claim" },
    { id: "e5", from: "fraud_screen", to: "route_claim" },
    { id: "e6", from: "route_claim", to: "notify_handler" },
  ],
};

export const CLAIMS_RULES = {
  id: "rs_claims_routing",
  ruleSchemaId: "claimsRoutingRule",
  rules: [
    { id: "FT-01", priority: 0, enabled: true, label: "Fast track: no injuries, estimate below 5,000, fraud band low", payload: { queue: "fast_track", maxEstimate: 5000, requireFraudBand: "low", injuriesAllowed: false } },
    { id: "SIU-02", priority: 1, enabled: true, label: "Refer to SIU when fraud score ≥ 0.70", payload: { queue: "siu", minFraudScore: 0.7 } },
    { id: "CX-03", priority: 2, enabled: true, label: "Complex: third-party property or estimate above 25,000", payload: { queue: "complex", minEstimate: 25000, thirdPartyProperty: true } },
    { id: "ADJ-04", priority: 3, enabled: false, label: "Site visit for water damage older than 72 h (pilot, disabled)", payload: { requireSiteVisit: true, causes: ["escape_of_water"], minHoursSinceLoss: 72 } },
  ],
};

const SYS_FACTS = "You are a claims intake assistant. Extract structured loss facts from a first notice of loss. Never guess amounts that are not stated. Reply with JSON only.";
const SYS_COVER = "You are a senior claims technician. Given a policy extract and the reported loss, decide whether the loss is prima facie covered, list the relevant coverage lines, deductible and limits, and exclusions you considered. Reply with JSON only.";
const SYS_FRAUD = "You explain automated fraud-screening signals to a claims handler in plain language. Do not accuse the claimant. Reply with JSON: riskBand, explanations[], recommendedChecks[].";
const SYS_ROUTE = "You route insurance claims to work queues following the routing rules provided. Return JSON with queue, priority (P1-P4), handlerSkill, reserveRecommendation {amount,currency}, rationale and nextActions[].";

export const CLAIM_CASES = {
  c1: {
    fnol: {
      claimNumber: "CLM-2026-0481173",
      policyNumber: "MOT-FR-22-004518",
      lineOfBusiness: "motor",
      reportedAt: "2026-09-15T07:41:09Z",
      lossDate: "2026-09-14",
      lossLocation: { city: "Lyon", postcode: "69003", country: "FR" },
      channel: "mobile_app",
      claimant: { name: "Élodie Garnier", email: "elodie.garnier@example.fr", preferredLanguage: "fr" },
      description: "Arrêtée au feu rouge cours Lafayette, un utilitaire m'a percutée par l'arrière. Pare-chocs arrière et hayon enfoncés, feu arrière gauche cassé. Pas de blessés. Constat amiable signé avec l'autre conducteur (assuré chez un autre assureur).",
      attachments: [{ type: "photo", count: 5 }, { type: "constat_amiable", count: 1 }],
      estimatedAmount: { value: 2350, currency: "EUR" },
    },
    facts: {
      lossType: "motor_collision",
      causeOfLoss: "rear_end_collision",
      thirdPartyInvolved: true,
      thirdPartyLiabilityLikely: true,
      injuries: false,
      policeReport: false,
      jointAccidentReport: true,
      damagedParts: ["rear bumper", "tailgate", "left rear light"],
      estimatedAmount: { value: 2350, currency: "EUR" },
      keyDates: { loss: "2026-09-14", reported: "2026-09-15" },
      missingInformation: ["third-party insurer policy number"],
    },
    policy: {
      policyNumber: "MOT-FR-22-004518", status: "in_force", product: "Auto Confort Plus", inceptionDate: "2022-03-01", renewalDate: "2027-03-01",
      coverages: [{ code: "RC", name: "Responsabilité civile" }, { code: "DOM_COLL", name: "Dommages collision", deductible: 300 }, { code: "BDG", name: "Bris de glace", deductible: 0 }],
      vehicle: { make: "Peugeot", model: "308 SW", year: 2021, registration: "GK-518-TZ" },
      paymentStatus: "up_to_date",
    },
    coverage: {
      covered: true,
      coverageLines: ["DOM_COLL"],
      deductible: { amount: 300, currency: "EUR", waivedIfThirdPartyAtFault: true },
      limit: null,
      exclusionsConsidered: ["driver not named on policy — not applicable", "commercial use — not applicable"],
      rationale: "Collision damage is covered under DOM_COLL. The joint accident report indicates the third party hit the insured vehicle from behind, so recovery against the third-party insurer is likely and the deductible would be waived under the convention IRSA.",
    },
    fraudTool: { score: 0.08, model: "fs-motor-2026.07", signals: [] },
    fraud: { riskBand: "low", explanations: ["No adverse signals: policy in force for 4 years, no prior claims in 36 months, report filed within 24 hours."], recommendedChecks: [] },
    routing: {
      queue: "fast_track", priority: "P3", handlerSkill: "motor_property_damage_fr",
      reserveRecommendation: { amount: 2350, currency: "EUR" },
      rationale: "FT-01 applies: no injuries, estimate below 5,000 EUR, fraud band low. Third-party liability likely (rear-end collision) — open recovery file.",
      nextActions: ["Book approved body shop in Lyon 3e", "Open IRSA recovery against third-party insurer", "Request third-party policy number from claimant"],
    },
    assignment: { handler: { id: "hdl_0412", name: "Bastien Roux", team: "Motor FR – Fast track" }, claimantEmail: "elodie.garnier@example.fr", template: "fnol_ack_fast_track_fr" },
  },
  c2: {
    fnol: {
      claimNumber: "CLM-2026-0493310",
      policyNumber: "HOME-NL-19-118204",
      lineOfBusiness: "home",
      reportedAt: "2026-09-17T06:12:44Z",
      lossDate: "2026-09-12",
      lossLocation: { city: "Rotterdam", postcode: "3011 AB", country: "NL" },
      channel: "phone",
      claimant: { name: "Jeroen van Dijk", email: "j.vandijk@example.nl", preferredLanguage: "nl" },
      description: "Burst pipe under the kitchen sink while we were away for the weekend (discovered Sunday evening). Water ran for an estimated 30 hours. Kitchen floor (laminate) and lower cabinets ruined, ceiling of the downstairs neighbour shows stains. Plumber repaired the pipe on Monday, invoice attached.",
      attachments: [{ type: "photo", count: 11 }, { type: "invoice", count: 1 }],
      estimatedAmount: { value: 14800, currency: "EUR" },
    },
    facts: {
      lossType: "property_water_damage",
      causeOfLoss: "escape_of_water",
      thirdPartyInvolved: true,
      thirdPartyProperty: ["downstairs neighbour ceiling"],
      injuries: false,
      hoursUntilDiscovery: 30,
      daysUntilReport: 5,
      damagedItems: ["laminate kitchen floor", "lower kitchen cabinets", "neighbour ceiling (stains)"],
      estimatedAmount: { value: 14800, currency: "EUR" },
      missingInformation: ["neighbour contact details", "age of the burst pipe"],
    },
    policy: {
      policyNumber: "HOME-NL-19-118204", status: "in_force", product: "Woonverzekering Compleet", inceptionDate: "2019-05-01",
      coverages: [{ code: "OPSTAL", name: "Opstal (building)", deductible: 250 }, { code: "INBOEDEL", name: "Inboedel (contents)", deductible: 250 }, { code: "AVP", name: "Aansprakelijkheid particulieren" }],
      propertyType: "apartment", ownership: "owner", association: "VvE Coolsingel 88",
    },
    coverage: {
      covered: true,
      coverageLines: ["OPSTAL", "INBOEDEL", "AVP"],
      deductible: { amount: 250, currency: "EUR" },
      limit: { amount: 500000, currency: "EUR" },
      exclusionsConsidered: ["gradual leakage / wear and tear — needs assessment: 30 h is a sudden escape, not gradual", "vacancy > 60 days — not applicable"],
      rationale: "Sudden escape of water is covered under building and contents; damage to the neighbour's ceiling falls under personal liability (AVP). The VvE building policy may be primary for the shared structure.",
    },
    fraudTool: { score: 0.21, model: "fs-home-2026.08", signals: ["late_report_5_days"] },
    fraud: { riskBand: "low", explanations: ["The report came 5 days after the loss, which is common for weekend water damage and explained in the notice."], recommendedChecks: ["Confirm plumber invoice date matches the stated repair date."] },
    routing: {
      queue: "standard", priority: "P3", handlerSkill: "property_water_nl",
      reserveRecommendation: { amount: 14800, currency: "EUR" },
      rationale: "Estimate below 25,000 EUR, but third-party property is affected (neighbour ceiling).",
      nextActions: ["Request neighbour contact details", "Ask VvE for building policy details"],
    },
    routingEdit: [
      { op: "replace", path: "/queue", value: "complex" },
      { op: "replace", path: "/priority", value: "P2" },
      { op: "add", path: "/nextActions/0", value: "Schedule loss adjuster site visit (mould risk after 30 h of water)" },
      { op: "add", path: "/reviewerNote", value: "CX-03 applies: third-party property damage. Site visit needed." },
    ],
    assignment: null,
  },
  c3: {
    fnol: {
      claimNumber: "CLM-2026-0527786",
      policyNumber: "HH-DE-24-077315",
      lineOfBusiness: "household_contents",
      reportedAt: "2026-10-06T10:03:27Z",
      lossDate: "2026-10-04",
      lossLocation: { city: "München", postcode: "81669", country: "DE" },
      channel: "web_form",
      claimant: { name: "Katharina Obermaier", email: "k.obermaier@example.de", preferredLanguage: "de" },
      description: "Mein E-Bike (Riese & Müller Charger4, gekauft 03/2025 für 6.499 €) wurde aus der verschlossenen Gemeinschaftstiefgarage gestohlen. Das Schloss wurde aufgebrochen, Reste lagen am Boden. Anzeige bei der Polizei ist erstattet (Vorgangsnummer liegt vor).",
      attachments: [{ type: "photo", count: 2 }, { type: "purchase_receipt", count: 1 }, { type: "police_report", count: 1 }],
      estimatedAmount: { value: 6499, currency: "EUR" },
    },
    facts: {
      lossType: "theft",
      causeOfLoss: "burglary_shared_garage",
      thirdPartyInvolved: false,
      injuries: false,
      policeReport: true,
      item: { description: "E-bike Riese & Müller Charger4", purchaseDate: "2025-03", purchasePrice: { value: 6499, currency: "EUR" } },
      forcedEntryEvidence: "lock remains found",
      estimatedAmount: { value: 6499, currency: "EUR" },
      missingInformation: ["frame number", "police case number (stated but not provided)"],
    },
    policy: {
      policyNumber: "HH-DE-24-077315", status: "in_force", product: "Hausrat Premium", inceptionDate: "2024-01-01",
      coverages: [{ code: "HR_BASIS", name: "Hausrat", deductible: 150 }, { code: "FAHRRAD", name: "Fahrraddiebstahl", limit: 7500, addedOn: "2026-08-20" }],
      endorsements: [{ code: "FAHRRAD", effective: "2026-08-20", note: "bicycle theft limit raised from 1,500 to 7,500 EUR" }],
    },
    coverage: {
      covered: true,
      coverageLines: ["FAHRRAD"],
      deductible: { amount: 150, currency: "EUR" },
      limit: { amount: 7500, currency: "EUR" },
      exclusionsConsidered: ["bicycle not locked — not applicable (lock broken)", "waiting period for limit increase — policy wording has none"],
      rationale: "Bicycle theft from a locked shared garage is covered under FAHRRAD up to 7,500 EUR. Note the limit was raised 45 days before the loss.",
    },
    fraudTool: { score: 0.46, model: "fs-contents-2026.08", signals: ["limit_increase_within_60_days", "high_value_single_item"] },
    fraud: { riskBand: "medium", explanations: ["The bicycle theft limit was raised 45 days before the theft.", "A single high-value item is claimed."], recommendedChecks: ["Verify purchase receipt with the retailer", "Obtain the police case number and frame number"] },
    routing: {
      queue: "fast_track", priority: "P3", handlerSkill: "contents_theft_de",
      reserveRecommendation: { amount: 6349, currency: "EUR" },
      rationale: "Estimate below the fast-track threshold for contents; police report filed.",
      nextActions: ["Request frame number", "Settle at replacement value minus deductible"],
    },
    reroute: {
      queue: "standard", priority: "P2", handlerSkill: "contents_theft_de",
      reserveRecommendation: { amount: 6349, currency: "EUR" },
      rationale: "Fraud band medium (limit increase 45 days before loss): fast track not permitted under FT-01. Standard handling with receipt verification; refer to SIU only if the retailer cannot confirm the purchase.",
      nextActions: ["Verify receipt with retailer", "Request frame number and police case number", "Hold settlement until verification completes"],
    },
    assignment: { handler: { id: "hdl_1187", name: "Volker Assmann", team: "Hausrat Süd" }, claimantEmail: "k.obermaier@example.de", template: "fnol_ack_standard_de" },
  },
  c4: {
    fnol: {
      claimNumber: "CLM-2026-0561902",
      policyNumber: "HOME-UK-23-300917",
      lineOfBusiness: "home",
      reportedAt: "2026-10-27T08:55:10Z",
      lossDate: "2026-10-25",
      lossLocation: { city: "Leeds", postcode: "LS6 2QT", country: "GB" },
      channel: "broker_portal",
      claimant: { name: "Priyanka Sharma", email: "priyanka.sharma@example.co.uk", preferredLanguage: "en" },
      description: "Hailstorm on Saturday evening cracked six polycarbonate roof panels of the conservatory; rain came in overnight and damaged a rug and a sofa. Temporary tarpaulin fitted by a roofer on Sunday (invoice £180).",
      attachments: [{ type: "photo", count: 8 }, { type: "invoice", count: 1 }],
      estimatedAmount: { value: 4100, currency: "GBP" },
    },
    facts: {
      lossType: "property_storm",
      causeOfLoss: "hail",
      thirdPartyInvolved: false,
      injuries: false,
      damagedItems: ["6 conservatory roof panels", "rug", "sofa"],
      emergencyRepairs: { description: "tarpaulin", amount: { value: 180, currency: "GBP" } },
      estimatedAmount: { value: 4100, currency: "GBP" },
      weatherEventCheck: "Met Office reported hail in West Yorkshire on 2026-10-25",
      missingInformation: ["age of the conservatory"],
    },
    policy: {
      policyNumber: "HOME-UK-23-300917", status: "in_force", product: "HomeSure Plus", inceptionDate: "2023-11-14",
      coverages: [{ code: "BLD", name: "Buildings", excess: 350 }, { code: "CNT", name: "Contents", excess: 100 }],
      broker: "Aire Valley Insurance Brokers",
    },
    coverage: {
      covered: true,
      coverageLines: ["BLD", "CNT"],
      deductible: { amount: 450, currency: "GBP", note: "buildings 350 + contents 100" },
      limit: null,
      exclusionsConsidered: ["wear and tear of roof panels — hail confirmed by weather data", "storm damage to fences/gates — not applicable"],
      rationale: "Storm (hail) damage to the conservatory roof is covered under Buildings; water damage to the rug and sofa under Contents. Emergency repair costs are reimbursable.",
    },
    fraudTool: { score: 0.05, model: "fs-home-2026.08", signals: [] },
    fraud: { riskBand: "low", explanations: ["Weather event confirmed for the loss date and postcode."], recommendedChecks: [] },
    routing: {
      queue: "fast_track", priority: "P3", handlerSkill: "property_storm_uk",
      reserveRecommendation: { amount: 4100, currency: "GBP" },
      rationale: "FT-01 applies: no injuries, estimate below 5,000, fraud band low, weather event confirmed.",
      nextActions: ["Appoint glazing contractor from panel", "Reimburse emergency tarpaulin (£180)", "Settle contents by cash payment"],
    },
    assignment: null,
  },
};

/**
 * flow: {
 *   models: { facts, coverage, fraud, route },
 *   routeGate: ["approved"] | ["edited"] | ["rejected","approved"] | "pending",
 *   notifyGate: "approved" | "pending",
 *   reviewer: { name, note... }
 * }
 */
export async function playClaims(h, { cs, models, routeGate, notifyGate, reviewer, lang = "en" }) {
  const rng = h.rng;
  await h.wait(rng.int(200, 900));
  await h.step("ingest_fnol", { kind: "tool", taskName: "ingest" }, async (c) => {
    await c.tool("claims.get_fnol", { claimNumber: cs.fnol.claimNumber, include: ["attachments_meta"] }, cs.fnol, { latency: [120, 420] });
    await c.write("claim.fnol", "claims.fnol.v2", cs.fnol);
  });
  const fnolText = JSON.stringify(cs.fnol, null, 2);
  await h.parallel([
    async (task) => {
      await h.step("extract_facts", { task, kind: "llm", taskName: "extract" }, async (c) => {
        const out = await c.llm({ model: models.facts, purpose: "extract_facts", system: SYS_FACTS, user: `First notice of loss:\n${fnolText}`, output: cs.facts, hiddenTokens: 310, cachedTokens: 256 });
        await c.write("claim.facts", "claims.facts.v1", out);
      });
      await h.step("fraud_screen", { task, kind: "llm", taskName: "screen" }, async (c) => {
        const tool = await c.tool("fraud.score", { claimNumber: cs.fnol.claimNumber, lineOfBusiness: cs.fnol.lineOfBusiness, features: "fnol+facts+policy_history" }, cs.fraudTool, { latency: [300, 900] });
        const out = await c.llm({ model: models.fraud, purpose: "explain_fraud_signals", system: SYS_FRAUD, user: `Screening result:\n${JSON.stringify(tool)}\n\nLoss facts:\n${JSON.stringify(cs.facts)}`, output: cs.fraud, hiddenTokens: 120 });
        await c.write("claim.fraud_signals", "claims.fraudSignals.v1", { ...cs.fraudTool, ...out });
      });
    },
    async (task) => {
      await h.step("check_coverage", { task, kind: "llm", taskName: "assess" }, async (c) => {
        const policy = await c.tool("policy.lookup", { policyNumber: cs.fnol.policyNumber, asOf: cs.fnol.lossDate }, cs.policy, { latency: [150, 600] });
        const out = await c.llm({
          model: models.coverage, purpose: "coverage_check", system: SYS_COVER,
          user: `Policy extract:\n${JSON.stringify(policy, null, 2)}\n\nReported loss:\n${cs.fnol.description}\nLoss date: ${cs.fnol.lossDate}`,
          output: cs.coverage, hiddenTokens: 1450, cachedTokens: models.coverage.startsWith("gpt") ? 1280 : 1024, maxTokens: 1500,
        });
        await c.write("claim.coverage", "claims.coverage.v1", out);
      });
    },
  ]);
  await h.step("route_claim", { kind: "llm", taskName: "route" }, async (c) => {
    const ruleText = CLAIMS_RULES.rules.filter((r) => r.enabled).map((r) => `${r.id}: ${r.label}`).join("\n");
    const out = await c.llm({
      model: models.route, purpose: "route", system: SYS_ROUTE,
      user: `Routing rules:\n${ruleText}\n\nFacts:\n${JSON.stringify(cs.facts)}\n\nCoverage:\n${JSON.stringify(cs.coverage)}\n\nFraud:\n${JSON.stringify(cs.fraud)}`,
      output: cs.routing, hiddenTokens: 600, cachedTokens: 512, reasoningTokens: models.route.startsWith("o4") ? 384 : 0,
    });
    await c.write("claim.routing", "claims.routing.v1", out);
  });
  // completeStep on a PAUSE_AFTER step has requested the PAUSE_AFTER gate
  if (routeGate === "pending") return;
  for (const decision of routeGate) {
    await h.wait(rng.int(15 * 60_000, 95 * 60_000));
    if (decision === "edited") {
      h.patch("claim.routing", cs.routingEdit);
      await h.wait(rng.int(20_000, 60_000));
      h.resolve("route_claim", "PAUSE_AFTER", "edited", reviewer.editNote);
    } else if (decision === "rejected") {
      h.resolve("route_claim", "PAUSE_AFTER", "rejected", reviewer.rejectNote);
      await h.wait(rng.int(60_000, 240_000));
      // host re-runs the routing prompt with the reviewer's note and writes v2
      await h.rework("route_claim", "reviewer rejected routing", async (c) => {
        const out = await c.llm({
          model: models.route, purpose: "reroute_after_review", system: SYS_ROUTE,
          user: `Reviewer feedback: ${reviewer.rejectNote}\n\nPrevious routing:\n${JSON.stringify(cs.routing)}\n\nFraud:\n${JSON.stringify(cs.fraud)}`,
          output: cs.reroute, hiddenTokens: 600, cachedTokens: 512,
        });
        await c.write("claim.routing", "claims.routing.v1", out);
      });
      h.request("route_claim", "PAUSE_AFTER", "Re-review routing after rework");
    } else {
      h.resolve("route_claim", "PAUSE_AFTER", "approved", reviewer.approveNote);
    }
  }
  await h.wait(rng.int(30_000, 120_000));
  h.request("notify_handler", "PAUSE_BEFORE", "Confirm handler assignment before the claimant is notified");
  if (notifyGate === "pending") return;
  await h.wait(rng.int(5 * 60_000, 40 * 60_000));
  h.resolve("notify_handler", "PAUSE_BEFORE", "approved", reviewer.notifyNote);
  await h.wait(rng.int(1000, 5000));
  await h.step("notify_handler", { kind: "tool", taskName: "notify" }, async (c) => {
    const a = cs.assignment;
    const assign = await c.tool("claims.assign", { claimNumber: cs.fnol.claimNumber, handlerId: a.handler.id, queue: h.runtime.getState(h.runId).artifactsByKey.get("claim.routing").data.queue },
      { ok: true, assignmentId: `asg_${rng.str(10)}`, handler: a.handler });
    const mail = await c.tool("email.send", { to: a.claimantEmail, template: a.template, locale: cs.fnol.claimant.preferredLanguage, vars: { claimNumber: cs.fnol.claimNumber, handlerName: a.handler.name } },
      { accepted: [a.claimantEmail], messageId: `<${rng.hex(16)}@mail.example.com>` });
    await c.write("claim.assignment", "claims.assignment.v1", { assignmentId: assign.assignmentId, handler: a.handler, notified: mail.accepted, messageId: mail.messageId });
  });
  await h.wait(rng.int(100, 900));
  h.s.completeRun({ reason: "Claim triaged and assigned" });
}
