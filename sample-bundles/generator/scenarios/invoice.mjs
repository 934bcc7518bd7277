// Workflow "invoice extraction": 9 steps, three parallel extractors after OCR.
export const INVOICE_WORKFLOW = {
  id: "wf_invoice_extraction",
  version: 7,
  title: "Accounts payable invoice extraction",
  steps: [
    { id: "fetch_invoice", title: "Fetch invoice from AP mailbox", gatePolicy: "AUTO", inputs: [], outputs: ["invoice.source"] },
    { id: "ocr_pages", title: "OCR pages", gatePolicy: "AUTO", inputs: ["invoice.source"], outputs: ["invoice.ocr_text"] },
    { id: "detect_vendor", title: "Detect vendor", gatePolicy: "AUTO", inputs: ["invoice.ocr_text"], outputs: ["invoice.vendor"] },
    { id: "extract_header", title: "Extract header fields", gatePolicy: "AUTO", inputs: ["invoice.ocr_text"], outputs: ["invoice.header"] },
    { id: "extract_line_items", title: "Extract line items", gatePolicy: "AUTO", inputs: ["invoice.ocr_text"], outputs: ["invoice.line_items"] },
    { id: "validate_totals", title: "Validate totals", description: "Recompute subtotal, tax and total; an AP clerk reviews mismatches.", gatePolicy: "PAUSE_AFTER", inputs: ["invoice.header", "invoice.line_items"], outputs: ["invoice.validation"] },
    { id: "match_purchase_order", title: "Match purchase order", gatePolicy: "AUTO", inputs: ["invoice.vendor", "invoice.validation"], outputs: ["invoice.po_match"] },
    { id: "post_to_erp", title: "Post to ERP", gatePolicy: "PAUSE_BEFORE", inputs: ["invoice.po_match"], outputs: ["invoice.erp_posting"] },
    { id: "archive_invoice", title: "Archive invoice", gatePolicy: "AUTO", inputs: ["invoice.erp_posting"], outputs: [] },
  ],
  edges: [
    { id: "e_fetch_ocr", from: "fetch_invoice", to: "ocr_pages" },
    { id: "e_ocr_vendor", from: "ocr_pages", to: "detect_vendor" },
    { id: "e_ocr_header", from: "ocr_pages", to: "extract_header" },
    { id: "e_ocr_lines", from: "ocr_pages", to: "extract_line_items" },
    { id: "e_header_validate", from: "extract_header", to: "validate_totals" },
    { id: "e_lines_validate", from: "extract_line_items", to: "validate_totals" },
    { id: "e_vendor_match", from: "detect_vendor", to: "match_purchase_order" },
    { id: "e_validate_match", from: "validate_totals", to: "match_purchase_order" },
    { id: "e_match_post", from: "match_purchase_order", to: "post_to_erp" },
    { id: "e_post_archive", from: "post_to_erp", to: "archive_invoice" },
  ],
};

export const AP_RULES = {
  id: "rs_ap_policy",
  ruleSchemaId: "apPostingRule",
  rules: [
    { id: "TOL-01", priority: 0, enabled: true, label: "Total tolerance 0.05 per invoice", payload: { absoluteTolerance: 0.05 } },
    { id: "PO-02", priority: 1, enabled: true, label: "PO match required above 1,000", payload: { minAmountForPo: 1000, priceVariancePct: 2 } },
    { id: "DUP-03", priority: 2, enabled: true, label: "Block duplicate invoice numbers per vendor (365 days)", payload: { windowDays: 365 } },
  ],
};

const r2 = (x) => Math.round(x * 100) / 100;

function buildInvoice(spec) {
  const items = spec.items.map(([sku, description, quantity, unit, unitPrice, taxRate], i) => ({
    lineNo: i + 1, sku, description, quantity, unit, unitPrice, netAmount: r2(quantity * unitPrice), taxRate,
  }));
  const subtotal = r2(items.reduce((a, x) => a + x.netAmount, 0));
  const byRate = {};
  for (const it of items) byRate[it.taxRate] = r2((byRate[it.taxRate] ?? 0) + it.netAmount);
  const tax = r2(Object.entries(byRate).reduce((a, [rate, base]) => a + r2((base * Number(rate)) / 100), 0));
  return { ...spec, items, subtotal, tax, total: r2(subtotal + tax) };
}

function fmt(n, locale) {
  const [i, d] = n.toFixed(2).split(".");
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "de" ? "." : ",");
  return locale === "de" ? `${grouped},${d}` : `${grouped}.${d}`;
}

function ocrText(inv) {
  const de = inv.locale === "de";
  const L = [];
  L.push(inv.vendor.name, inv.vendor.address.join(", "), de ? `USt-IdNr.: ${inv.vendor.vatId}` : `Tax ID: ${inv.vendor.vatId}`, "");
  L.push(de ? "RECHNUNG" : "INVOICE", `${de ? "Rechnungsnummer" : "Invoice No."}: ${inv.number}`, `${de ? "Rechnungsdatum" : "Invoice date"}: ${inv.date}`, `${de ? "Ihre Bestellung" : "PO"}: ${inv.poNumber}`, `${de ? "Zahlungsziel" : "Terms"}: ${inv.terms}`, "");
  L.push(`${de ? "Rechnungsempfänger" : "Bill to"}: ${inv.buyer.name}, ${inv.buyer.address.join(", ")}`, "");
  L.push(de ? "Pos | Artikel | Bezeichnung | Menge | Einheit | Einzelpreis | Betrag | USt" : "# | SKU | Description | Qty | Unit | Unit price | Amount | Tax");
  for (const it of inv.items) {
    L.push(`${it.lineNo} | ${it.sku} | ${it.description} | ${fmt(it.quantity, inv.locale).replace(/[,.]00$/, "")} | ${it.unit} | ${fmt(it.unitPrice, inv.locale)} | ${fmt(it.netAmount, inv.locale)} | ${it.taxRate} %`);
  }
  if (inv.freight) L.push(`${inv.items.length + 1} | FRT | ${inv.freight.description} | 1 | ea | ${fmt(inv.freight.amount, inv.locale)} | ${fmt(inv.freight.amount, inv.locale)} | 0 %`);
  const sub = inv.subtotal + (inv.freight?.amount ?? 0);
  L.push("", `${de ? "Nettobetrag" : "Subtotal"}: ${fmt(sub, inv.locale)} ${inv.currency}`, `${de ? "USt" : "Sales tax"}: ${fmt(inv.tax, inv.locale)} ${inv.currency}`, `${de ? "Gesamtbetrag" : "Total due"}: ${fmt(r2(sub + inv.tax), inv.locale)} ${inv.currency}`, "", `IBAN ${inv.vendor.iban}`);
  return L.join("\n");
}

export const INVOICES = {
  kessler: buildInvoice({
    locale: "de", currency: "EUR", number: "RE-2026-08817", date: "2026-09-04", poNumber: "4500187233", terms: "30 Tage netto, 2 % Skonto bei Zahlung binnen 10 Tagen",
    vendor: { name: "Kessler Präzisionsteile GmbH", address: ["Industriestraße 14", "73037 Göppingen", "Deutschland"], vatId: "DE298817450", iban: "DE12 6005 0101 0004 8817 20", vendorId: "V-100482" },
    buyer: { name: "Halvard Robotics GmbH", address: ["Am Hafen 3", "28217 Bremen"] },
    items: [
      ["KP-4410", "Drehteil Welle Ø12 h6, 1.4305", 120, "Stk", 7.85, 19],
      ["KP-4411", "Drehteil Welle Ø16 h6, 1.4305", 80, "Stk", 9.4, 19],
      ["KP-2093", "Frästeil Halteplatte AlMg3, eloxiert", 60, "Stk", 23.1, 19],
      ["KP-2094", "Frästeil Lagerbock S235, verzinkt", 40, "Stk", 31.75, 19],
      ["DIN912-M6x20", "Zylinderschraube ISO 4762 M6x20 A2", 2000, "Stk", 0.061, 19],
      ["DIN912-M8x25", "Zylinderschraube ISO 4762 M8x25 A2", 1500, "Stk", 0.094, 19],
      ["DIN125-8.4", "Scheibe ISO 7089 8,4 A2", 3000, "Stk", 0.012, 19],
      ["KP-7710", "Passfeder DIN 6885 A 5x5x20", 400, "Stk", 0.38, 19],
      ["KP-5520", "Distanzhülse Ø10x6 POM", 600, "Stk", 0.27, 19],
      ["KP-3301", "Sicherungsring DIN 471 Ø12", 800, "Stk", 0.045, 19],
      ["KP-3302", "Sicherungsring DIN 471 Ø16", 500, "Stk", 0.058, 19],
      ["KP-9001", "Prüfprotokoll 3.1 nach EN 10204", 1, "psch", 45, 19],
      ["KP-9002", "Verpackung Kleinladungsträger KLT 4314", 6, "Stk", 12.4, 19],
    ],
  }),
  cobalt: buildInvoice({
    locale: "en", currency: "USD", number: "CRP-771042", date: "2026-10-02", poNumber: "PO-TF-220915", terms: "Net 45",
    vendor: { name: "Cobalt Ridge Packaging LLC", address: ["2200 Foundry Road", "Chattanooga, TN 37406", "USA"], vatId: "EIN 62-4410987", iban: "US-ACH 064000017 / 881204417", vendorId: "V-300917" },
    buyer: { name: "Tidewater Foods Inc.", address: ["18 Harbor Point Blvd", "Norfolk, VA 23510"] },
    items: [
      ["CR-BX-1210", "Corrugated shipper 12x10x8 in, 32 ECT, kraft", 4000, "ea", 0.64, 0],
      ["CR-BX-1812", "Corrugated shipper 18x12x10 in, 44 ECT, kraft", 2500, "ea", 1.12, 0],
      ["CR-TR-0601", "Produce tray 6-count, moulded fibre", 12000, "ea", 0.118, 0],
      ["CR-LB-4X6", "Thermal transfer labels 4x6 in, roll of 1,000", 60, "roll", 18.5, 0],
      ["CR-ST-48", "Stretch film 18 in x 1,500 ft, 80 ga", 48, "roll", 21.9, 0],
      ["CR-PL-4840", "Pallet 48x40 in, heat-treated", 120, "ea", 9.75, 0],
    ],
    freight: { description: "Freight & handling (LTL, 3 pallets)", amount: 245 },
  }),
};

const SYS_VENDOR = "Identify the vendor on this invoice and match it to the vendor master. Reply with JSON: name, vatId, country, iban, vendorId (if confident), confidence.";
const SYS_HEADER = "Extract invoice header fields. Reply with JSON: invoiceNumber, invoiceDate (ISO), poNumber, currency, paymentTerms, subtotal, taxAmount, total. Numbers must use '.' as decimal separator.";
const SYS_LINES = "Extract every line item from the invoice text. Reply with JSON: { currency, lineItems: [{ lineNo, sku, description, quantity, unit, unitPrice, netAmount, taxRate }] }. Numbers must be JSON numbers.";
const SYS_MATCH = "Compare the invoice with the purchase order lines and goods receipts. Report price and quantity variances per line and an overall recommendation (post | hold | reject). Reply with JSON.";

export async function playInvoice(h, opts) {
  const { inv, models, mode, forkOf = null, validateGates = ["approved"], postGate = "approved", reviewer } = opts;
  const rng = h.rng;
  const ocr = ocrText(inv);
  const header = {
    invoiceNumber: inv.number, invoiceDate: inv.date, poNumber: inv.poNumber, currency: inv.currency, paymentTerms: inv.terms,
    subtotal: r2(inv.subtotal + (inv.freight?.amount ?? 0)), taxAmount: inv.tax, total: r2(inv.subtotal + (inv.freight?.amount ?? 0) + inv.tax),
  };
  const vendor = { name: inv.vendor.name, vatId: inv.vendor.vatId, country: inv.locale === "de" ? "DE" : "US", iban: inv.vendor.iban, vendorId: inv.vendor.vendorId, confidence: 0.97 };
  const lineItems = { currency: inv.currency, lineItems: inv.items.map((x) => ({ ...x })) };
  await h.wait(rng.int(300, 1500));

  if (forkOf) {
    h.s.forkNotice(forkOf.runId, forkOf.stepId);
    await h.wait(rng.int(200, 900));
    h.annotate(`Retry of failed run ${forkOf.runId}: upstream steps reused from the parent, ${forkOf.stepId} re-run with ${models.lines} and a stricter prompt.`, ["retry", "fork"]);
    for (const id of ["fetch_invoice", "ocr_pages"]) await h.replayStep(id, "artifacts inherited from parent run");
    await h.parallel([
      (t) => h.replayStep("detect_vendor", "artifacts inherited from parent run", t),
      (t) => h.replayStep("extract_header", "artifacts inherited from parent run", t),
      (t) => lineStep(t, true),
    ]);
  } else {
    await h.step("fetch_invoice", { kind: "tool", taskName: "ingest" }, async (c) => {
      const msgId = `<${rng.hex(12)}@ap-inbox.example.com>`;
      const att = await c.tool("mailbox.fetch_attachment", { mailbox: "ap-invoices@example.com", messageId: msgId, attachmentIndex: 0 },
        { fileName: `${inv.number}.pdf`, mimeType: "application/pdf", pages: inv.items.length > 8 ? 2 : 1, bytes: rng.int(80_000, 240_000), sha256: rng.hex(64) }, { latency: [200, 700] });
      await c.write("invoice.source", "invoiceDocument", { ...att, receivedVia: "email", messageId: msgId, pdfBase64Prefix: "JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+" }, { routing: "external", contentType: "application/json" });
    });
    await h.step("ocr_pages", { kind: "tool", taskName: "ocr" }, async (c) => {
      const res = await c.tool("ocr.extract_text", { artifactKey: "invoice.source", engine: "docai-invoice-v3", languageHints: [inv.locale] },
        { pages: inv.items.length > 8 ? 2 : 1, chars: ocr.length, meanConfidence: 0.982 }, { latency: [1800, 4200] });
      await c.write("invoice.ocr_text", "ocrText", { text: ocr, pages: res.pages, meanConfidence: res.meanConfidence });
    });
    await h.parallel([
      (t) => h.step("detect_vendor", { task: t, kind: "llm", taskName: "classify" }, async (c) => {
        const out = await c.llm({ model: models.small, purpose: "detect_vendor", system: SYS_VENDOR, user: ocr.split("\n").slice(0, 4).join("\n"), output: vendor, hiddenTokens: 220 });
        await c.tool("vendor_master.lookup", { vatId: vendor.vatId }, { vendorId: inv.vendor.vendorId, status: "active", paymentBlock: false });
        await c.write("invoice.vendor", "vendorMatch", out);
      }),
      (t) => h.step("extract_header", { task: t, kind: "llm", taskName: "extract" }, async (c) => {
        const out = await c.llm({ model: models.small, purpose: "extract_header", system: SYS_HEADER, user: ocr, output: header, hiddenTokens: 150, cachedTokens: 128 });
        await c.write("invoice.header", "invoiceHeader", out);
      }),
      (t) => lineStep(t, false),
    ]);
  }

  async function lineStep(task, retry) {
    if (mode === "failed") {
      // the model returns German decimal strings for some unit prices; schema validation fails
      const bad = structuredClone(lineItems);
      bad.lineItems[11].unitPrice = "45,00";
      bad.lineItems[12].unitPrice = "12,40";
      const r = h.s.beginStep("extract_line_items");
      if (!r.ok) throw new Error("cannot start extract_line_items");
      await task.wait(rng.int(5, 15));
      const span = h.s.beginSpan({ name: "step.extract_line_items", kind: "internal", stepId: "extract_line_items", attributes: { "lwb.workflow.id": h.workflowId, "lwb.step.kind": "llm", "lwb.step.task": "extract" } });
      const { StepCtx } = await import("../lib/host.mjs");
      const c = new StepCtx(h, task, "extract_line_items", span.spanId);
      await c.llm({ model: models.lines, purpose: "extract_line_items", system: SYS_LINES, user: ocr, output: bad, hiddenTokens: 140, maxTokens: 4096 });
      await c.tool("schema.validate", { schemaId: "invoiceLineItems.v3", artifact: "candidate" },
        { valid: false, errors: [{ path: "/lineItems/11/unitPrice", message: "must be number" }, { path: "/lineItems/12/unitPrice", message: "must be number" }] });
      const err = { message: "Model output failed schema validation: lineItems[11].unitPrice, lineItems[12].unitPrice must be number", code: "SCHEMA_VALIDATION_FAILED" };
      span.end({ status: "error", error: err });
      h.s.failStep("extract_line_items", err);
      return;
    }
    await h.step("extract_line_items", { task, kind: "llm", taskName: "extract", attrs: retry ? { "lwb.retry.of": forkOf.runId } : {} }, async (c) => {
      let out = lineItems;
      if (inv.freight) {
        // first extraction misses the freight line (reviewer catches it)
        out = await c.llm({ model: models.lines, purpose: "extract_line_items", system: SYS_LINES, user: ocr, output: lineItems, hiddenTokens: 140, maxTokens: 4096, reasoningTokens: 512 });
      } else {
        out = await c.llm({
          model: models.lines, purpose: "extract_line_items", system: retry ? SYS_LINES + " Convert decimal commas (e.g. 12,40) to JSON numbers (12.4)." : SYS_LINES,
          user: ocr, output: lineItems, hiddenTokens: 140, maxTokens: 4096,
        });
      }
      await c.tool("schema.validate", { schemaId: "invoiceLineItems.v3", artifact: "candidate" }, { valid: true, errors: [] });
      await c.write("invoice.line_items", "invoiceLineItems", out);
    });
  }

  if (mode === "failed") {
    // extractors that were still running finish, then the host fails the run
    await h.wait(rng.int(300, 1200));
    h.s.failRun({ message: "extract_line_items failed: model output failed schema validation", code: "STEP_FAILED" });
    return;
  }

  const subtotalLines = r2(inv.subtotal);
  const validation = {
    subtotalFromLines: subtotalLines, subtotalOnInvoice: header.subtotal, taxRecomputed: inv.tax, totalOnInvoice: header.total,
    difference: r2(header.subtotal - subtotalLines), status: header.subtotal === subtotalLines ? "ok" : "mismatch",
    issues: header.subtotal === subtotalLines ? [] : [`Line items sum to ${subtotalLines.toFixed(2)} but the invoice subtotal is ${header.subtotal.toFixed(2)}`],
  };
  await h.step("validate_totals", { kind: "mechanical", taskName: "validate" }, async (c) => {
    await c.tool("ap.recompute_totals", { lines: inv.items.length, currency: inv.currency, taxMode: inv.locale === "de" ? "per_rate" : "sales_tax_exempt" }, { subtotal: subtotalLines, tax: inv.tax });
    await c.write("invoice.validation", "invoiceValidation", validation);
  });
  for (const d of validateGates) {
    await h.wait(rng.int(20 * 60_000, 150 * 60_000));
    if (d === "rejected") {
      h.resolve("validate_totals", "PAUSE_AFTER", "rejected", reviewer.rejectValidation);
      await h.wait(rng.int(120_000, 600_000));
      await h.rework("validate_totals", "freight line missing", async (c) => {
        const fixed = { currency: inv.currency, lineItems: [...lineItems.lineItems, { lineNo: inv.items.length + 1, sku: "FRT", description: inv.freight.description, quantity: 1, unit: "ea", unitPrice: inv.freight.amount, netAmount: inv.freight.amount, taxRate: 0 }] };
        await c.llm({ model: models.lines, purpose: "re_extract_line_items", system: SYS_LINES + " Include freight, handling and surcharge lines.", user: `Reviewer: ${reviewer.rejectValidation}\n\n${ocr}`, output: fixed, hiddenTokens: 140, maxTokens: 4096, reasoningTokens: 256 });
        await c.write("invoice.line_items", "invoiceLineItems", fixed);
        await c.write("invoice.validation", "invoiceValidation", { ...validation, subtotalFromLines: header.subtotal, difference: 0, status: "ok", issues: [] });
      });
      h.request("validate_totals", "PAUSE_AFTER", "Re-review totals after re-extraction");
    } else if (d === "edited") {
      h.patch("invoice.validation", reviewer.validationEdit);
      await h.wait(rng.int(10_000, 50_000));
      h.resolve("validate_totals", "PAUSE_AFTER", "edited", reviewer.editValidation);
    } else {
      h.resolve("validate_totals", "PAUSE_AFTER", "approved", "Totals match.");
    }
  }
  await h.wait(rng.int(2000, 9000));
  const poMatch = {
    poNumber: inv.poNumber, vendorId: inv.vendor.vendorId, matchType: "three_way", goodsReceipts: [`GR-${rng.int(5000000, 5999999)}`],
    lines: inv.items.map((it) => ({ lineNo: it.lineNo, poLine: it.lineNo * 10, priceVariancePct: 0, qtyVariance: 0 })),
    glAccount: inv.locale === "de" ? "3400 Wareneingang Fertigungsmaterial" : "5100 Packaging materials", costCenter: inv.locale === "de" ? "KST-2210 Montage" : "CC-410 Plant Norfolk",
    recommendation: "post",
  };
  await h.step("match_purchase_order", { kind: "llm", taskName: "match" }, async (c) => {
    const po = await c.tool("erp.find_purchase_order", { poNumber: inv.poNumber, vendorId: inv.vendor.vendorId }, { poNumber: inv.poNumber, openLines: inv.items.length, buyer: inv.buyer.name, currency: inv.currency }, { latency: [250, 900] });
    const out = await c.llm({ model: models.small, purpose: "po_match", system: SYS_MATCH, user: `Invoice lines:\n${JSON.stringify(lineItems.lineItems)}\n\nPurchase order:\n${JSON.stringify(po)}`, output: poMatch, hiddenTokens: 400 });
    await c.write("invoice.po_match", "poMatch", out);
  });
  await h.wait(rng.int(3000, 20000));
  h.request("post_to_erp", "PAUSE_BEFORE", `Approve posting of ${inv.number} (${header.total.toFixed(2)} ${inv.currency}) to the ERP`);
  await h.wait(rng.int(30 * 60_000, 240 * 60_000));
  if (postGate === "edited") {
    h.patch("invoice.po_match", reviewer.postEdit);
    await h.wait(rng.int(10_000, 40_000));
    h.resolve("post_to_erp", "PAUSE_BEFORE", "edited", reviewer.editPost);
  } else {
    h.resolve("post_to_erp", "PAUSE_BEFORE", "approved", reviewer.approvePost);
  }
  await h.wait(rng.int(2000, 8000));
  await h.step("post_to_erp", { kind: "tool", taskName: "post" }, async (c) => {
    const res = await c.tool("erp.create_ap_invoice", { vendorId: inv.vendor.vendorId, invoiceNumber: inv.number, amount: header.total, currency: inv.currency, poNumber: inv.poNumber },
      { documentNumber: `${inv.locale === "de" ? "5105" : "1900"}${rng.int(100000, 999999)}`, fiscalYear: 2026, status: "posted", paymentDueDate: inv.locale === "de" ? "2026-10-04" : "2026-11-16" }, { latency: [600, 1800] });
    await c.write("invoice.erp_posting", "erpPosting", res);
  });
  await h.step("archive_invoice", { kind: "tool", taskName: "archive" }, async (c) => {
    await c.tool("dms.archive", { artifactKey: "invoice.source", retentionClass: "tax_10y", tags: [inv.vendor.vendorId, inv.number] }, { archiveId: `ARC-${rng.str(8, "0123456789ABCDEF")}`, retentionUntil: "2036-12-31" });
  });
  await h.wait(rng.int(200, 900));
  h.s.completeRun({ reason: "Invoice posted and archived" });
}
