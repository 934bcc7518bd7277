// Workflow "meeting digest": 3 linear steps.
export const MEETING_WORKFLOW = {
  id: "wf_meeting_digest",
  version: 3,
  title: "Meeting notes digest",
  steps: [
    { id: "fetch_transcript", title: "Fetch transcript", gatePolicy: "AUTO", inputs: [], outputs: ["meeting.transcript"] },
    { id: "summarize_meeting", title: "Summarize meeting", description: "Decisions, action items and risks in the team's house style.", gatePolicy: "AUTO", inputs: ["meeting.transcript"], outputs: ["meeting.digest"] },
    { id: "post_digest", title: "Post digest to team channel", gatePolicy: "AUTO", inputs: ["meeting.digest"], outputs: ["meeting.post"] },
  ],
  edges: [
    { id: "e_fetch_summarize", from: "fetch_transcript", to: "summarize_meeting" },
    { id: "e_summarize_post", from: "summarize_meeting", to: "post_digest" },
  ],
};

const SYSTEM = "You turn meeting transcripts into a short digest for people who missed the meeting. Use three sections: Decisions, Action items (owner + due date), Risks. Keep names exactly as written. Reply as JSON with keys decisions, actions, risks, oneLiner.";

export const MEETINGS = {
  m1: {
    meetingId: "mtg_7Q2mX9",
    title: "Fulfilment platform weekly sync",
    channel: "#fulfilment-platform",
    recordedAt: "2026-09-01T08:30:00Z",
    transcript: [
      "[00:00] Søren Vestergaard: Morning all. Three topics today: the carrier API cut-over, the Poznań warehouse go-live, and the on-call rota.",
      "[01:12] Ana Luísa Prates: Carrier API — the new label endpoint is live in staging since Friday. Error rate is 0.4 %, mostly address validation for PO boxes.",
      "[03:05] Søren Vestergaard: Can we cut over on the 14th as planned?",
      "[03:20] Ana Luísa Prates: Yes, if we get the PO box fix merged this week. I'll own that, due Thursday.",
      "[05:41] 佐藤 美咲: Poznań: scanners are installed, but the Wi-Fi survey found two dead zones in aisle 40–44. Facilities promised repeaters by the 9th.",
      "[07:58] Mateusz Wróblewski: If the repeaters slip we can run aisle 40–44 on batch sync for the first week. Not great, but workable.",
      "[09:30] Søren Vestergaard: Decision: go-live stays on the 15th, with batch sync as the fallback for those aisles.",
      "[11:02] Ana Luísa Prates: On-call — we're short one person in October because of parental leave.",
      "[11:40] Mateusz Wróblewski: I can take two extra weeks if someone swaps my week 43.",
      "[12:15] 佐藤 美咲: I'll swap week 43. 👍",
      "[13:00] Søren Vestergaard: Great. Risks: carrier rate limits during peak, and the repeaters. Thanks everyone.",
    ].join("\n"),
    digest: {
      oneLiner: "Carrier API cut-over on 14 Sep and Poznań go-live on 15 Sep both stay on track; on-call gap in October closed.",
      decisions: [
        "Carrier API cut-over stays on 14 September, conditional on the PO box address fix.",
        "Poznań go-live stays on 15 September; aisles 40–44 fall back to batch sync if Wi-Fi repeaters slip.",
        "Mateusz Wróblewski takes two extra on-call weeks in October; 佐藤 美咲 swaps week 43.",
      ],
      actions: [
        { owner: "Ana Luísa Prates", item: "Merge PO box address validation fix", due: "2026-09-03" },
        { owner: "佐藤 美咲", item: "Confirm Wi-Fi repeater delivery with facilities", due: "2026-09-09" },
        { owner: "Mateusz Wróblewski", item: "Update on-call rota for October", due: "2026-09-04" },
      ],
      risks: [
        "Carrier rate limits during peak season.",
        "Wi-Fi repeaters for aisles 40–44 may arrive late.",
      ],
    },
  },
  m2: {
    meetingId: "mtg_Kd81wP",
    title: "Pricing committee — Q4 list prices",
    channel: "#pricing-committee",
    recordedAt: "2026-09-29T13:00:00Z",
    transcript: [
      "[00:00] Hélène Marchetti: This is the Q4 list price review. Reminder that this meeting is commercially sensitive.",
      "[00:45] Olusegun Adeyemi: Proposal is +4.5 % on the standard tier and no change on enterprise.",
      "[02:30] Hélène Marchetti: Churn model says +4.5 % costs us roughly 0.8 points of logo churn in the SMB segment.",
      "[04:10] Rafael Quintana: We could grandfather existing SMB customers for two quarters.",
      "[06:00] Olusegun Adeyemi: Fine by me. Decision: +4.5 % for new customers from 1 November, existing SMB grandfathered until end of Q1.",
      "[07:20] Hélène Marchetti: Rafael, can you prepare the customer communication draft by the 6th?",
      "[07:35] Rafael Quintana: Yes.",
    ].join("\n"),
    digest: {
      oneLiner: "Standard tier list price +4.5 % for new customers from 1 November; existing SMB customers grandfathered until end of Q1.",
      decisions: ["+4.5 % on the standard tier for new customers from 1 November; enterprise unchanged.", "Existing SMB customers grandfathered until end of Q1 2027."],
      actions: [{ owner: "Rafael Quintana", item: "Draft customer communication", due: "2026-10-06" }],
      risks: ["Estimated +0.8 pt logo churn in SMB if grandfathering is not honoured."],
    },
  },
  m3: {
    meetingId: "mtg_Vn30sA",
    title: "Data platform incident review — INC-2291",
    channel: "#data-platform",
    recordedAt: "2026-10-21T09:00:00Z",
    transcript: [
      "[00:00] Dagny Halvorsen: Incident review for INC-2291, the nightly revenue export that was 6 hours late on Monday.",
      "[01:20] Kwame Mensah: Root cause: the upstream orders table got a schema change — a new nullable column \"discount_code\" — and our strict loader rejected the batch.",
      "[03:05] Dagny Halvorsen: Why didn't the contract test catch it?",
      "[03:40] Kwame Mensah: The contract test runs against last week's snapshot. It only runs against live schemas in the weekly job.",
      "[05:10] Chiara Bellandi: Finance noticed before our alerting did. The freshness alert threshold is 8 hours, which is too lax.",
      "[06:30] Dagny Halvorsen: Decisions: freshness threshold goes down to 2 hours; contract tests run against the live schema daily.",
      "[07:45] Kwame Mensah: I'll change the contract test schedule by Friday.",
      "[08:10] Chiara Bellandi: I'll update the alert and the runbook — \"C:\\ops\\runbooks\\revenue-export.md\" is still the Windows path, I'll move it to the wiki.",
      "[09:00] Dagny Halvorsen: Risk: other strict loaders may have the same issue. Let's audit them next sprint.",
    ].join("\n"),
    digest: {
      oneLiner: "INC-2291 was caused by an unannounced nullable column; freshness alerting tightened to 2 h and contract tests move to daily live-schema runs.",
      decisions: ["Freshness alert threshold lowered from 8 h to 2 h.", "Contract tests run daily against the live upstream schema."],
      actions: [
        { owner: "Kwame Mensah", item: "Move contract tests to a daily live-schema schedule", due: "2026-10-23" },
        { owner: "Chiara Bellandi", item: "Update freshness alert and migrate the runbook to the wiki", due: "2026-10-23" },
      ],
      risks: ["Other strict loaders may reject additive schema changes the same way."],
    },
  },
};

/** Plays one meeting digest run. `mode`: "completed" | "cancelled". */
export async function playMeeting(h, { meeting, model, mode, stream = false, patchAfterPost = false }) {
  await h.wait(h.rng.int(80, 300));
  await h.step("fetch_transcript", { kind: "tool", taskName: "ingest" }, async (c) => {
    const lines = meeting.transcript.split("\n");
    const speakers = new Set(lines.map((l) => l.slice(8, l.indexOf(":", 8)).trim()));
    await c.tool("calendar.get_transcript", { meetingId: meeting.meetingId, format: "text", includeTimestamps: true },
      { meetingId: meeting.meetingId, title: meeting.title, chars: meeting.transcript.length, speakers: speakers.size, recordedAt: meeting.recordedAt });
    await c.write("meeting.transcript", "meetingTranscript", { meetingId: meeting.meetingId, title: meeting.title, text: meeting.transcript }, { hashed: false });
  });
  await h.step("summarize_meeting", { kind: "llm", taskName: "summarize" }, async (c) => {
    const out = await c.llm({
      model, purpose: "summarize", system: SYSTEM,
      user: `Meeting: ${meeting.title}\n\n${meeting.transcript}`,
      output: meeting.digest, hiddenTokens: 0, stream, temperature: 0.3, maxTokens: 1200,
    });
    await c.write("meeting.digest", "meetingDigest", { meetingId: meeting.meetingId, ...out }, { hashed: true });
  });
  if (mode === "cancelled") {
    await h.wait(h.rng.int(40_000, 90_000));
    h.annotate(`Organiser asked not to post: "${meeting.title}" is commercially sensitive.`, ["confidential", "cancelled-by-user"]);
    await h.wait(h.rng.int(2000, 6000));
    h.s.cancelRun({ reason: "Cancelled by organiser before posting (confidential meeting)" });
    return;
  }
  await h.step("post_digest", { kind: "tool", taskName: "notify" }, async (c) => {
    const msgTs = `${Math.floor(h.clock.ms / 1000)}.${String(h.rng.int(100000, 999999))}`;
    await c.tool("chat.post_message", { channel: meeting.channel, blocks: 4, unfurl_links: false, text: meeting.digest.oneLiner },
      { ok: true, channel: meeting.channel, ts: msgTs });
    await c.write("meeting.post", "chatMessageRef", { channel: meeting.channel, ts: msgTs, postedBy: "workbench-bot" }, { hashed: false });
    if (patchAfterPost) {
      h.patch("meeting.post", [
        { op: "add", path: "/permalink", value: `https://chat.example.com/archives/${meeting.channel.slice(1)}/p${msgTs.replace(".", "")}` },
        { op: "replace", path: "/postedBy", value: "digest-bot" },
      ]);
    }
  });
  await h.wait(h.rng.int(50, 400));
  h.s.completeRun({ reason: "Digest posted" });
}
