package dev.runlens.audit;

import dev.runlens.protocol.integrity.Severity;

import java.util.Locale;
import java.util.Optional;

import static dev.runlens.protocol.integrity.Severity.ERROR;
import static dev.runlens.protocol.integrity.Severity.NOTE;
import static dev.runlens.protocol.integrity.Severity.WARNING;

/**
 * Every audit finding code, documented in one place: group, severity, title and an explanation
 * (why it matters, what to check). Codes are stable — scripts, fixtures and the app rely on them —
 * and the integrity ones are the strict reader's codes unchanged. Each code has a negative fixture
 * {@code sample-bundles/negative/audit/<fixtureName()>}.
 *
 * <p>Grading: <b>error</b> means the bundle cannot be trusted as written (the runtime itself never
 * writes it, or refuses to import it); <b>warning</b> means something an auditor should look at,
 * including oddities the reference runtime produces itself; <b>note</b> is worth knowing.
 */
public enum FindingCatalog {
    // ---------------------------------------------------------------- integrity
    BUNDLE_REJECTED(Group.INTEGRITY, ERROR, "The runtime rejects the file",
            "parseRunBundleJson rejects the file (not JSON, unsupported protocol version or schema violation), so the runtime would not import it. "
                    + "The other findings come from a best-effort reading of what could be read; check the rejection first."),
    INTEGRITY_MISMATCH(Group.INTEGRITY, ERROR, "Integrity hash does not match",
            "The declared integrity.sha256 differs from the runtime's hash of the parsed bundle: the hashed content (run, trace, artifacts, rule sets, engine) "
                    + "changed after it was signed, or the hash was altered. Compare with another copy of the run to see which events or fields differ."),
    INTEGRITY_MISSING(Group.INTEGRITY, ERROR, "No integrity hash",
            "The bundle carries no integrity.sha256, so nothing shows that its content is what was exported; importRunBundle refuses it (MISSING_INTEGRITY). "
                    + "The runtime's buildUserExportBundle writes such bundles (it does not attach integrity); ask for an export made with exportRunBundle."),
    CONTENT_OUTSIDE_HASH(Group.INTEGRITY, WARNING, "Top-level content outside the hash",
            "A top-level member other than the protocol's is neither hashed nor kept by the schema: anyone can add or change it without breaking the integrity verdict. "
                    + "Do not rely on it; it is shown for inspection only."),
    STRIPPED_FIELD(Group.INTEGRITY, WARNING, "Field the schema strips",
            "A field that protocol 1.0.0 does not define sits in an object the schema strips, so the runtime drops it before verifying and the verdict cannot see it. "
                    + "Readers that keep unknown fields show content nobody signed; treat it as unverified."),
    RAW_HASH_DIFFERS(Group.INTEGRITY, ERROR, "File carries content the hash does not cover",
            "The declared hash matches the parsed bundle but the file as written hashes differently: it carries fields the runtime strips before verifying "
                    + "(see the STRIPPED_FIELD findings). The bundle verifies although its bytes say more than was signed."),
    RAW_HASH_ONLY(Group.INTEGRITY, WARNING, "Hash matches the file only as written",
            "The declared hash matches the raw file but not the parsed bundle: the producer hashed without the schema's defaults (gatePolicy, inputs, checkpoints...). "
                    + "The runtime reports a mismatch; the content itself may be intact. Check which producer wrote the file."),
    DUPLICATE_KEY(Group.INTEGRITY, ERROR, "Repeated JSON key",
            "An object repeats a key. JSON.parse (and so the hash) keeps the last value; other readers keep the first and may show a different decision or amount "
                    + "than the one that was signed. Check both values at the location."),
    UNSAFE_INTEGER(Group.INTEGRITY, WARNING, "Integer beyond 2^53-1",
            "An integer literal is larger than JavaScript numbers hold exactly; the hash covers the nearest double, not the digits written. "
                    + "Two files with different digits can verify with the same hash."),
    LONE_SURROGATE(Group.INTEGRITY, WARNING, "Unpaired surrogate in a string",
            "A string holds half of a UTF-16 surrogate pair. The runtime hashes it as an escape; RFC 8785 canonical JSON forbids it and other tools may reject or replace it."),
    NON_FINITE_NUMBER(Group.INTEGRITY, ERROR, "Number overflows to Infinity",
            "A number literal overflows a double: JavaScript reads Infinity and hashes null, so the signed content cannot tell the number from a real null."),
    INVALID_UTF8(Group.INTEGRITY, ERROR, "Bytes that are not UTF-8",
            "Node decodes invalid bytes to U+FFFD before parsing, so the hash covers replacement characters, not the bytes in the file. "
                    + "The original text is lost; check the file's encoding and where it came from."),
    REFERENCE_CANNOT_HASH(Group.INTEGRITY, ERROR, "Too deep for the runtime to hash",
            "Content is nested deeper than the reference runtime can hash (it overflows its stack and gives no verdict). "
                    + "No runtime can confirm this bundle; RunLens' own hashes are in the message."),
    DECLARED_HASH_NOT_CANONICAL(Group.INTEGRITY, NOTE, "Declared hash differs only in case or spaces",
            "The declared hash equals the computed one except for letter case or surrounding spaces. The runtime compares exactly and reports a mismatch; "
                    + "the content is probably intact but the producer wrote the hash wrongly."),

    // ---------------------------------------------------------------- events
    DUPLICATE_EVENT_ID(Group.EVENTS, ERROR, "Two events share an id",
            "Event ids are random UUIDs written once per event; two equal ids mean an event was copied or spliced in. Links by id (signatures, comments) become ambiguous."),
    FOREIGN_RUN_EVENT(Group.EVENTS, ERROR, "Event of another run",
            "The event's runId is not this run's id: it was copied from another bundle. importRunBundle refuses such bundles; parse and verify do not notice."),
    UNKNOWN_STEP(Group.EVENTS, ERROR, "Reference to a step that is not in the workflow",
            "An event or engine entry names a step that the workflow snapshot does not have (or a step event names none). importRunBundle refuses it; "
                    + "check whether the workflow snapshot or the event was edited."),
    TIMESTAMP_UNPARSEABLE(Group.EVENTS, ERROR, "Timestamp is not an instant",
            "A timestamp does not parse as an ISO-8601 instant with offset (impossible date, missing seconds, lower-case t/z...). The schema rejects it; "
                    + "durations and ordering around it cannot be computed."),
    TIMESTAMP_BACKWARDS(Group.EVENTS, WARNING, "Time goes backwards",
            "An event is earlier than an event before it in the trace by more than the clock-skew tolerance (or the run ends before it starts). "
                    + "The runtime appends events with one clock, so this means clock skew between hosts, reordered events or edited timestamps."),
    TIMESTAMP_OUTSIDE_RUN(Group.EVENTS, WARNING, "Event outside the run's time span",
            "An event is dated before run.startedAt or after run.endedAt (beyond the tolerance). The runtime cannot append to a finished run; "
                    + "check for events added later or a wrong clock."),
    STEP_COMPLETED_WITHOUT_START(Group.EVENTS, ERROR, "Step completed without starting",
            "A step_completed with ok:true has no step_started before it. The runtime only completes running steps, so the start was removed or the completion added. "
                    + "A failed step without a start is not reported: failStep may mark a pending step failed."),
    GATE_RESOLVED_WITHOUT_REQUEST(Group.EVENTS, ERROR, "Gate resolved without a request",
            "A human gate resolution has no matching human_gate_requested before it (PAUSE_BEFORE/PAUSE_AFTER: one per request; CHECKPOINT: any earlier request, "
                    + "since named checkpoints are resolved without one). A decision nobody was asked for, or a request moved after its answer."),
    SPAN_NEVER_ENDED(Group.EVENTS, WARNING, "Span never ended",
            "A span_started has no span_ended although the run is over: the host lost the span handle or crashed inside it. Durations and the span tree are incomplete."),
    SPAN_ENDED_WITHOUT_START(Group.EVENTS, ERROR, "Span ended without starting",
            "A span_ended names a span that no earlier span_started opened. The runtime's span handle cannot do this; the start was removed or the end added."),

    // ---------------------------------------------------------------- artifacts
    PAYLOAD_HASH_MISMATCH(Group.ARTIFACTS, ERROR, "Artifact data does not match its payload hash",
            "pointer.payloadHash is not the hash of the artifact's data. The runtime never checks it, so data changed and re-signed still verifies; "
                    + "this pointer is the only trace of the change. Compare with the artifact_written event and other copies."),
    BYTE_LENGTH_MISMATCH(Group.ARTIFACTS, ERROR, "Artifact data does not match its byte length",
            "pointer.byteLength is not the length of the artifact's encoded data. The runtime never checks it; the data was changed after it was written."),
    PAYLOAD_HASH_CARRIED_OVER(Group.ARTIFACTS, WARNING, "Pointer kept from another version",
            "The artifact's pointer is another version's: runtime 0.3.3's patchArtifact keeps the patched version's pointer, and forks inherit their parent's. "
                    + "This is runtime behaviour, not tampering, but the payload hash says nothing about this version's data."),
    REDACTED_PAYLOAD_HASH_STALE(Group.ARTIFACTS, WARNING, "Redaction left a stale payload hash",
            "This is a user export: the runtime replaced fields with \"[REDACTED]\" but kept the original pointer.payloadHash, which now describes data that is not in the file. "
                    + "Expected for user exports (runtime behaviour); the redacted values cannot be checked from this file."),
    USER_EXPORT(Group.ARTIFACTS, NOTE, "User-profile export",
            "The bundle looks like a user-profile export (no engine; model_io payloads and tool arguments/results removed, redactions applied, metadata usually dropped). "
                    + "Receipts keep usage and cost but prompts, responses and tool data are not in the file."),
    ARTIFACT_VERSION_GAP(Group.ARTIFACTS, ERROR, "Artifact versions do not follow on",
            "An artifact's versions in the trace do not go 1, 2, 3... (a write skips a version, a patch starts from a version that is not the latest), "
                    + "or artifacts[] does not hold the trace's latest version. Events were removed or versions edited."),
    DUPLICATE_ARTIFACT_VERSION(Group.ARTIFACTS, ERROR, "Artifact version written twice",
            "The same artifactKey@version occurs twice (in artifacts[] or as two writes in the trace). importRunBundle refuses duplicate versions; "
                    + "readers disagree about which data is that version."),
    ARTIFACT_SNAPSHOT_DIFFERS(Group.ARTIFACTS, ERROR, "artifacts[] differs from its artifact_written event",
            "The artifacts[] entry for a written version differs from the data, pointer or metadata its artifact_written event recorded. "
                    + "The runtime writes both from one object; one of them was changed afterwards."),
    PATCH_NOT_REPLAYABLE(Group.ARTIFACTS, WARNING, "Recorded patch does not replay",
            "An artifact_patch's recorded ops do not rebuild the version: an op fails on the version before it (a path that does not resolve, a failed test), "
                    + "or the ops write into a value an earlier op of the same patch added and so replay to other data. Runtime 0.3.3 records such patches itself: "
                    + "fast-json-patch inserts add/replace values by reference, so the recorded op shows the value as it is after the whole patch. "
                    + "Check whether an earlier op of the patch adds the object the failing op's path runs through (the message names it); if none does, "
                    + "ops were removed or edited after recording. "
                    + "The version cannot be rebuilt from the trace; artifacts[] holds the runtime's latest data."),
    PATCH_CHAIN_MISMATCH(Group.ARTIFACTS, ERROR, "Patch chain does not reproduce the stored version",
            "Replaying the artifact's patches on its last written version applies cleanly but gives other data than its artifacts[] entry. patchArtifact stores the data "
                    + "its ops produced and records those ops, so the recorded ops or the stored data were changed afterwards (or another producer wrote the bundle). "
                    + "A patched version keeps its predecessor's pointer, so the payload hash cannot tell which side changed; compare with another copy of the run."),

    // ---------------------------------------------------------------- workflow
    WORKFLOW_CYCLE(Group.WORKFLOW, ERROR, "Workflow graph has a cycle",
            "The workflow snapshot's edges form a cycle (or an edge connects a step to itself), so no step order exists. importRunBundle refuses it (INVALID_WORKFLOW)."),
    DANGLING_EDGE(Group.WORKFLOW, ERROR, "Edge to a step that does not exist",
            "An edge's from or to is not a step of the workflow snapshot. importRunBundle refuses it (INVALID_WORKFLOW); the DAG shown is incomplete."),
    DUPLICATE_WORKFLOW_ID(Group.WORKFLOW, ERROR, "Workflow step or edge id used twice",
            "Two steps or two edges of the workflow snapshot share an id, so events and engine entries cannot be attributed. importRunBundle refuses it."),
    WORKFLOW_ID_MISMATCH(Group.WORKFLOW, ERROR, "Run names another workflow than its snapshot",
            "run.workflowId / run.workflowVersion differ from the workflow snapshot's id / version. importRunBundle refuses it; one of them was edited."),
    STEP_NEVER_REACHED(Group.WORKFLOW, WARNING, "Completed run with a step that never ran",
            "The run is completed but a workflow step never started. The runtime's completeRun does not require every step to run, "
                    + "so this is allowed, but the declared workflow was not carried out in full. Check whether skipping the step was intended."),

    // ---------------------------------------------------------------- engine
    ENGINE_STEP_STATUS_MISMATCH(Group.ENGINE, ERROR, "Engine step status disagrees with the trace",
            "The engine snapshot's status for a step is not what the trace's step events lead to. Imports rehydrate from the engine, "
                    + "so the run would resume in a state the trace does not show."),
    ENGINE_GATE_STATE_MISMATCH(Group.ENGINE, ERROR, "Engine gate state disagrees with the trace",
            "The engine snapshot's gate state (before / after / named checkpoints) is not what the trace's gate events lead to, "
                    + "e.g. a gate approved in the engine whose resolution in the trace was a rejection. Imports would honour the engine."),
    ENGINE_IDEMPOTENCY_MISMATCH(Group.ENGINE, ERROR, "Engine idempotency keys disagree with the artifacts",
            "An engine idempotency entry points at an artifact version that no write with that key produced, or a write's idempotency key is missing from the engine. "
                    + "Retried writes would be deduplicated against the wrong version."),
    ENGINE_REVISION_MISMATCH(Group.ENGINE, WARNING, "Engine revision is not the trace length",
            "The runtime bumps the engine revision once per appended event, so in its exports revision equals the number of trace events. "
                    + "A difference means events were added or removed after the engine snapshot (then re-signed), or another producer wrote the bundle."),
    ENGINE_DUPLICATE_ENTRY(Group.ENGINE, ERROR, "Engine lists a step twice",
            "engine.stepStatus or engine.gateState has two entries for one step; which one applies depends on the reader. importRunBundle refuses it."),

    // ---------------------------------------------------------------- receipts
    USAGE_TOTAL_MISMATCH(Group.RECEIPTS, WARNING, "Token total is not input + output",
            "usage.totalTokens differs from inputTokens + outputTokens (the convention every provider in the corpus follows: cached tokens are part of input, "
                    + "reasoning tokens part of output). Telemetry trusts the explicit total, so sums over runs are off."),
    CACHED_TOKENS_EXCEED_INPUT(Group.RECEIPTS, WARNING, "More cached tokens than input tokens",
            "cachedInputTokens is larger than inputTokens although cached tokens are a part of the input: the host probably reported a provider's "
                    + "\"input excluding cache\" count as input. Costs recomputed from these counts double-count or go negative."),
    REASONING_TOKENS_EXCEED_OUTPUT(Group.RECEIPTS, WARNING, "More reasoning tokens than output tokens",
            "reasoningTokens is larger than outputTokens although reasoning tokens are billed as a part of the output; the counts follow another convention."),
    RESPONSE_WITHOUT_COST(Group.RECEIPTS, WARNING, "Response with tokens but no cost",
            "A model response reports token usage but no cost: the model was probably missing from the host's price table, and cost totals silently count it as zero."),
    ZERO_COST_WITH_TOKENS(Group.RECEIPTS, WARNING, "Zero cost for a response with tokens",
            "A model response with token usage has cost 0: an unpriced model or a free tier. Check the price table; totals under-report spend."),
    MIXED_CURRENCIES(Group.RECEIPTS, NOTE, "Costs in more than one currency",
            "The run's responses carry costs in several currencies (e.g. USD and EUR providers). Totals are kept per currency; converting them needs a dated rate."),
    STEP_RETRIED(Group.RECEIPTS, WARNING, "Step retried many times",
            "Within one step, at least the configured number of model calls failed (span ended with error, or no response) or the step started again. "
                    + "Retries cost tokens and time and often hide rate limits or a prompt that keeps failing validation.");

    private final Group group;
    private final Severity severity;
    private final String title;
    private final String explanation;

    FindingCatalog(Group group, Severity severity, String title, String explanation) {
        this.group = group;
        this.severity = severity;
        this.title = title;
        this.explanation = explanation;
    }

    /** The stable code ({@code DUPLICATE_EVENT_ID}). */
    public String code() {
        return name();
    }

    public Group group() {
        return group;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    /** The negative fixture's file name under {@code sample-bundles/negative/audit/}: the code in kebab case. */
    public String fixtureName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
    }

    /** The entry for {@code code}, if there is one. */
    public static Optional<FindingCatalog> find(String code) {
        for (FindingCatalog c : values()) {
            if (c.name().equals(code)) return Optional.of(c);
        }
        return Optional.empty();
    }
}
