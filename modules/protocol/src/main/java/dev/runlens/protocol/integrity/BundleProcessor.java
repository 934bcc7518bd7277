package dev.runlens.protocol.integrity;

import dev.runlens.protocol.json.ByteSink;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.ReadNote;
import dev.runlens.protocol.schema.BundleSchemas;
import dev.runlens.protocol.schema.GateContext;
import dev.runlens.protocol.schema.MigrationRegistry;
import dev.runlens.protocol.schema.RunBundleGate;
import dev.runlens.protocol.schema.SchemaIssue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gates, normalises and hashes one bundle member by member, exactly as
 * {@code parseRunBundleJson} + {@code computeRunBundleIntegrity} would on the whole object, while
 * holding at most one array element as a tree. Fed by {@link JsonReader#stream} (files) or
 * {@link #feed} (a tree in memory). One instance per bundle; not thread-safe.
 */
final class BundleProcessor implements JsonReader.MemberHandler, AutoCloseable {
    /** Members covered by the hash, in canonical (UTF-16 sorted) order. */
    private static final List<String> HASHED = List.of("artifacts", "engine", "ruleSets", "run", "trace");
    /** Deepest hashed nesting we let count as verifiable: Node overflowed from about 2,280 levels. */
    static final int REFERENCE_MAX_HASH_DEPTH = 2_000;
    private static final int MAX_STRIPPED_FINDINGS = 200;
    private static final int MAX_MESSAGE_ISSUES = 20;

    private final BundleReader.Options options;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<PayloadMismatch> payloadMismatches = new ArrayList<>();
    /** Declared payload hashes of every artifact version (trace and artifacts[]), by key. */
    private final Map<String, java.util.Set<String>> declaredPayloadHashes = new HashMap<>();
    private boolean sawStepStarted;
    private final ByteArrayOutputStream elementBuf = new ByteArrayOutputStream(4096);
    /** Where the two reused canonical writers currently write (set around each value). */
    private ByteSink target;
    private final CanonicalJson.Writer integrityWriter =
            CanonicalJson.writer((b, off, len) -> target.write(b, off, len), CanonicalJson.Form.INTEGRITY);
    /** Where the artifact-payload writer, used on the reading thread, currently writes. */
    private ByteSink payloadTarget;
    private final CanonicalJson.Writer payloadWriter =
            CanonicalJson.writer((b, off, len) -> payloadTarget.write(b, off, len), CanonicalJson.Form.ARTIFACT_PAYLOAD);
    private JsonValue nonObjectRoot;
    private boolean sawObjectRoot;
    private int maxHashedDepth;
    /** {@code digest(false)} once computed: the parsed form's hash. */
    private String parsedDigest;
    /**
     * Runs the gating and hashing steps (schema gate, normalised tree, spools, integrity writer,
     * recording of payload checks, depth): on this thread, or on a second one for a large file. Only
     * those steps touch that state until {@link #finish} drains the lane; the raw tree, and the
     * hashing of artifact payloads (which balances the two threads' work), stay on the reading thread.
     */
    private final HashLane lane;

    BundleProcessor(BundleReader.Options options) {
        this(options, HashLane.direct());
    }

    BundleProcessor(BundleReader.Options options, HashLane lane) {
        this.options = options;
        this.lane = lane;
    }

    /** State of one top-level member. */
    private final class Member {
        final String key;
        final boolean hashed;
        final GateContext ctx = new GateContext(MAX_STRIPPED_FINDINGS);
        Spool norm;
        Spool raw; // null while identical to norm
        boolean invalid;
        int count;
        JsonValue rawWhole;
        JsonValue normWhole;
        List<JsonValue> rawItems;
        List<JsonValue> normItems;
        boolean elements;

        Member(String key) {
            this.key = key;
            this.hashed = HASHED.contains(key);
            if (hashed) norm = new Spool(options.spoolMemoryLimit());
        }

        void diverge() {
            if (raw != null) return;
            raw = new Spool(options.spoolMemoryLimit());
            norm.replayTo(raw);
        }

        void writeBoth(byte[] normBytes, int normLen, byte[] rawBytes, int rawLen) {
            if (rawBytes == null && raw == null) {
                norm.write(normBytes, 0, normLen);
                return;
            }
            diverge();
            if (normBytes != null) norm.write(normBytes, 0, normLen);
            if (rawBytes != null) raw.write(rawBytes, 0, rawLen);
            else raw.write(normBytes, 0, normLen);
        }

        void punct(char c) {
            byte[] b = {(byte) c};
            norm.write(b, 0, 1);
            if (raw != null) raw.write(b, 0, 1);
        }

        void close() {
            if (norm != null) norm.close();
            if (raw != null) raw.close();
        }
    }

    // ------------------------------------------------------------------ feeding

    /** Feeds a whole parsed document (the in-memory path). */
    void feed(JsonValue root) {
        if (!(root instanceof JsonValue.Obj o)) {
            nonObjectRoot(root);
            return;
        }
        for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
            String key = e.getKey();
            JsonReader.Delivery d = memberStart(key, JsonPath.ROOT.key(key));
            if (d == JsonReader.Delivery.ELEMENTS && e.getValue() instanceof JsonValue.Arr a) {
                for (int i = 0; i < a.size(); i++) element(key, i, a.get(i));
                arrayEnd(key, a.size());
            } else {
                member(key, e.getValue());
            }
        }
    }

    @Override
    public JsonReader.Delivery memberStart(String key, JsonPath path) {
        sawObjectRoot = true;
        Member old = members.remove(key); // JSON.parse: a repeated member's last value wins
        if (old != null) lane.run(old::close);
        Member m = new Member(key);
        members.put(key, m);
        if (RunBundleGate.isArrayMember(key)) {
            m.elements = true;
            if (options.retainTrees()) {
                m.rawItems = new ArrayList<>();
                m.normItems = new ArrayList<>();
            }
            return JsonReader.Delivery.ELEMENTS;
        }
        return JsonReader.Delivery.WHOLE;
    }

    @Override
    public void element(String key, int index, JsonValue value) {
        Member m = members.get(key);
        PayloadCheck payload = measurePayload(key, index, value, sawStepStarted); // here: the lane has more to do
        lane.run(() -> {
            m.ctx.resetChanged();
            int before = m.ctx.issues().size();
            JsonValue normalized = RunBundleGate.element(key, index, value, m.ctx);
            boolean ok = m.ctx.issues().size() == before && normalized != null;
            if (!ok) m.invalid = true;
            if (payload != null) record(payload);
            m.punct(index == 0 ? '[' : ',');
            hashValue(m, normalized, value, ok, m.ctx.changed(), 3);
            if (m.normItems != null) m.normItems.add(normalized);
        });
        if ("trace".equals(key) && value instanceof JsonValue.Obj ev && ev.get("type") instanceof JsonValue.Str t
                && "step_started".equals(t.value())) sawStepStarted = true;
        m.count = index + 1;
        if (m.rawItems != null) m.rawItems.add(value);
    }

    @Override
    public void arrayEnd(String key, int count) {
        Member m = members.get(key);
        lane.run(() -> {
            if (count == 0) m.punct('[');
            m.punct(']');
            if (m.normItems != null) {
                m.normWhole = m.invalid ? null : new JsonValue.Arr(m.normItems);
                m.normItems = null;
            }
        });
        if (m.rawItems != null) {
            m.rawWhole = new JsonValue.Arr(m.rawItems);
            m.rawItems = null;
        }
    }

    @Override
    public void member(String key, JsonValue value) {
        Member m = members.get(key);
        m.elements = false;
        m.rawWhole = value;
        if (!RunBundleGate.isMember(key)) return; // stripped top-level extra, outside the hash
        lane.run(() -> {
            m.ctx.resetChanged();
            JsonValue normalized = RunBundleGate.member(key, value, m.ctx);
            boolean ok = m.ctx.ok() && normalized != null;
            m.invalid = !ok;
            m.normWhole = normalized;
            if (m.hashed) hashValue(m, normalized, value, ok, m.ctx.changed(), 2);
        });
    }

    @Override
    public void nonObjectRoot(JsonValue value) {
        nonObjectRoot = value;
    }

    private void hashValue(Member m, JsonValue normalized, JsonValue raw, boolean ok, boolean changed, int baseDepth) {
        if (ok && !changed) {
            // the common case: canonical bytes go straight into the spool(s), no intermediate copy
            ByteSink into = m.raw == null ? m.norm : tee(m.norm, m.raw);
            trackDepth(canonical(integrityWriter, normalized, into) + baseDepth);
            return;
        }
        byte[] normBytes = null;
        int normLen = 0;
        if (ok) {
            elementBuf.reset();
            trackDepth(canonical(integrityWriter, normalized, elementBuf::write) + baseDepth);
            normBytes = elementBuf.toByteArray();
            normLen = normBytes.length;
        }
        elementBuf.reset();
        trackDepth(canonical(integrityWriter, raw, elementBuf::write) + baseDepth);
        byte[] rawBytes = elementBuf.toByteArray();
        m.writeBoth(normBytes, normLen, rawBytes, rawBytes.length);
    }

    /** Writes {@code v} with {@code writer} (one reused buffer) into {@code into}; returns its nesting depth. */
    private int canonical(CanonicalJson.Writer writer, JsonValue v, ByteSink into) {
        target = into;
        int depth = writer.value(v);
        writer.flush();
        target = null;
        return depth;
    }

    private static ByteSink tee(ByteSink a, ByteSink b) {
        return (bytes, off, len) -> {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        };
    }

    private void trackDepth(int d) {
        if (d > maxHashedDepth) maxHashedDepth = d;
    }

    // ------------------------------------------------------------------ artifact payload hashes

    /**
     * What checking one artifact version's pointer found: measured on the reading thread, recorded
     * on the lane in element order ({@code declared}: the pointer's hash and the version, or null).
     */
    private record PayloadCheck(String key, String declared, PayloadMismatch mismatch) {}

    /** @param stepStartedBefore whether a {@code step_started} came earlier in the trace */
    private PayloadCheck measurePayload(String key, int index, JsonValue element, boolean stepStartedBefore) {
        if (!(element instanceof JsonValue.Obj o)) return null;
        if ("artifacts".equals(key)) {
            return measureArtifact(o, JsonPath.ROOT.key(key).index(index), stepStartedBefore);
        } else if ("trace".equals(key) && o.get("type") instanceof JsonValue.Str t && "artifact_written".equals(t.value())
                && o.get("artifact") instanceof JsonValue.Obj a) {
            return measureArtifact(a, JsonPath.ROOT.key(key).index(index).key("artifact"), stepStartedBefore);
        }
        return null;
    }

    private void record(PayloadCheck c) {
        if (c.declared() != null) declaredPayloadHashes.computeIfAbsent(c.key(), k -> new java.util.HashSet<>()).add(c.declared());
        if (c.mismatch() != null) payloadMismatches.add(c.mismatch());
    }

    /** A pointer that does not describe its data; graded at the end, when all versions are known. */
    private record PayloadMismatch(String key, double version, boolean beforeFirstStep, String field, String declared,
                                   String actual, double declaredLength, long actualLength, JsonPath pointerPath) {}

    private PayloadCheck measureArtifact(JsonValue.Obj artifact, JsonPath path, boolean stepStartedBefore) {
        if (!(artifact.get("pointer") instanceof JsonValue.Obj pointer)) return null;
        String field = pointer.get("payloadHash") instanceof JsonValue.Str ? "payloadHash"
                : pointer.get("sha256") instanceof JsonValue.Str ? "sha256" : null;
        String declared = field == null ? null : ((JsonValue.Str) pointer.get(field)).value();
        String key = artifact.get("artifactKey") instanceof JsonValue.Str s ? s.value() : "?";
        double version = artifact.get("version") instanceof JsonValue.Num n ? n.value() : Double.NaN;
        boolean beforeFirstStep = path.lastKey() != null && !stepStartedBefore; // a write in the trace before any step ran
        String declaredAt = declared == null ? null : declared + "@" + JsNumber.format(version);
        JsonValue lengthValue = pointer.get("byteLength");
        if (!artifact.has("data") || (declared == null && !(lengthValue instanceof JsonValue.Num))) {
            return new PayloadCheck(key, declaredAt, null);
        }
        Sha256 sha = new Sha256();
        long[] length = {0};
        payloadTarget = (b, off, len) -> {
            sha.write(b, off, len);
            length[0] += len;
        };
        payloadWriter.value(artifact.get("data"));
        payloadWriter.flush();
        payloadTarget = null;
        String actual = sha.hex();
        double declaredLength = lengthValue instanceof JsonValue.Num n ? n.value() : Double.NaN;
        boolean hashBad = declared != null && !declared.equals(actual);
        boolean lengthBad = !Double.isNaN(declaredLength) && declaredLength != length[0];
        PayloadMismatch mismatch = hashBad || lengthBad
                ? new PayloadMismatch(key, version, beforeFirstStep, hashBad ? field : null, declared, actual,
                        lengthBad ? declaredLength : Double.NaN, length[0], path.key("pointer"))
                : null;
        return new PayloadCheck(key, declaredAt, mismatch);
    }

    /**
     * Errors, except where the runtime itself leaves a stale pointer: {@code patchArtifact} keeps the
     * pointer of the version it patched, and a fork's initial artifacts keep the parent's pointers.
     */
    private List<Finding> payloadFindings() {
        List<Finding> out = new ArrayList<>();
        boolean forked = members.get("run") != null && members.get("run").rawWhole instanceof JsonValue.Obj run
                && run.get("context") instanceof JsonValue.Obj;
        for (PayloadMismatch m : payloadMismatches) {
            String label = "artifact " + m.key() + "@" + JsNumber.format(m.version());
            String otherVersion = otherVersionDeclaring(m);
            if (m.declared() != null && (otherVersion != null || forked && m.beforeFirstStep())) {
                String whose = otherVersion != null ? "version " + otherVersion + "'s pointer (kept by a patch)"
                        : "the pointer inherited from the parent run";
                out.add(Finding.of(FindingCode.PAYLOAD_HASH_CARRIED_OVER, label + ": pointer is " + whose
                        + "; this version's data hashes to " + m.actual() + " (" + m.actualLength() + " bytes), not "
                        + m.declared(), m.pointerPath().toString(), null));
                continue;
            }
            if (m.field() != null) {
                out.add(Finding.of(FindingCode.PAYLOAD_HASH_MISMATCH, label + ": pointer." + m.field() + " is " + m.declared()
                        + " but its data hashes to " + m.actual(), m.pointerPath().key(m.field()).toString(), null));
            }
            if (!Double.isNaN(m.declaredLength())) {
                out.add(Finding.of(FindingCode.BYTE_LENGTH_MISMATCH, label + ": pointer.byteLength is "
                        + JsNumber.format(m.declaredLength()) + " but its data encodes to " + m.actualLength() + " bytes",
                        m.pointerPath().key("byteLength").toString(), null));
            }
        }
        return out;
    }

    /** Another version of the same artifact whose pointer declares the same hash, or null. */
    private String otherVersionDeclaring(PayloadMismatch m) {
        String own = JsNumber.format(m.version());
        for (String entry : declaredPayloadHashes.getOrDefault(m.key(), java.util.Set.of())) {
            int at = entry.lastIndexOf('@');
            if (entry.substring(0, at).equals(m.declared()) && !entry.substring(at + 1).equals(own)) return entry.substring(at + 1);
        }
        return null;
    }

    // ------------------------------------------------------------------ the verdict

    /** What the processor concluded; trees only when retained. */
    record Outcome(boolean accepted, BundleError error, IntegrityVerdict integrity, String declared,
                   String computed, String raw, List<Finding> findings,
                   JsonValue rawTree, JsonValue normalizedTree, boolean needsMigration) {}

    Outcome finish(List<ReadNote> notes) {
        return finish(notes, null);
    }

    /**
     * The verdict, once the whole document was fed. {@code whileHashing} (may be null) is handed the
     * trees on this thread while the canonical hashes are computed on the lane (see
     * {@link BundleReader.WhileHashing} for when it is told).
     */
    Outcome finish(List<ReadNote> notes, BundleReader.WhileHashing whileHashing) {
        lane.drain();
        List<Finding> findings = new ArrayList<>();
        for (ReadNote n : notes) findings.add(fromNote(n));
        if (nonObjectRoot != null || !sawObjectRoot) {
            BundleError err;
            JsonValue root = nonObjectRoot == null ? new JsonValue.Obj(Map.of()) : nonObjectRoot;
            if (options.migrate() && root instanceof JsonValue.Arr) {
                err = new BundleError("UNSUPPORTED_PROTOCOL_VERSION",
                        "Run bundle is missing `protocolVersion` and cannot be migrated", "protocolVersion");
                return new Outcome(false, err, IntegrityVerdict.ERROR, null, null, null, findings, root, null, false);
            }
            if (root instanceof JsonValue.Obj) {
                sawObjectRoot = true; // "{}" streamed with no member at all
            } else {
                GateContext ctx = new GateContext();
                RunBundleGate.notAnObject(root, ctx);
                err = schemaError(ctx.issues(), "");
                return new Outcome(false, err, IntegrityVerdict.ERROR, null, null, null, findings, root, null, false);
            }
        }
        String version = members.get("protocolVersion") != null
                && members.get("protocolVersion").rawWhole instanceof JsonValue.Str s ? s.value() : null;
        String declared = members.get("integrity") != null && members.get("integrity").rawWhole instanceof JsonValue.Obj i
                && i.get("sha256") instanceof JsonValue.Str d ? d.value() : null;

        // top-level extras and stripped fields
        for (Member m : members.values()) {
            if (!RunBundleGate.isMember(m.key)) {
                findings.add(Finding.of(FindingCode.CONTENT_OUTSIDE_HASH,
                        "top-level member \"" + m.key + "\" is not covered by integrity.sha256 and is dropped by the schema",
                        JsonPath.ROOT.key(m.key).toString(), null));
            }
        }
        int strippedReported = 0;
        for (Member m : members.values()) {
            for (JsonPath p : m.ctx.stripped()) {
                if (strippedReported++ >= MAX_STRIPPED_FINDINGS) break;
                findings.add(Finding.of(FindingCode.STRIPPED_FIELD,
                        "field \"" + p.lastKey() + "\" is not in protocol 1.0.0: the runtime drops it before hashing, so the verdict ignores it",
                        p.toString(), null));
            }
        }
        findings.addAll(payloadFindings());

        boolean migrating = options.migrate() && !BundleSchemas.PROTOCOL_VERSION.equals(version);
        GateIssues gate = gateIssues();
        // the canonical hashes on the lane (a second thread for a large file), the trees meanwhile here
        String[] rawShaAhead = new String[1];
        boolean parsedHashNeeded = !migrating && gate.issues().isEmpty();
        lane.run(() -> {
            rawShaAhead[0] = rawHash();
            if (parsedHashNeeded) digest(false);
        });
        JsonValue rawTree = options.retainTrees() ? rawTree() : null;
        JsonValue normTree = options.retainTrees() && gate.issues().isEmpty() ? normalizedTree() : null;
        if (whileHashing != null && rawTree != null && !migrating) {
            whileHashing.trees(gate.issues().isEmpty(), rawTree, normTree);
        }
        lane.drain();
        String rawSha = rawShaAhead[0];

        if (migrating) {
            MigrationRegistry reg = options.migrations();
            if (version == null) {
                return rejected("UNSUPPORTED_PROTOCOL_VERSION", "Run bundle is missing `protocolVersion` and cannot be migrated",
                        "protocolVersion", declared, rawSha, findings, rawTree);
            }
            if (reg.from(version).isEmpty()) {
                return rejected("UNSUPPORTED_PROTOCOL_VERSION",
                        "No migration path from protocolVersion \"" + version + "\" to \"" + BundleSchemas.PROTOCOL_VERSION + "\"",
                        "protocolVersion", declared, rawSha, findings, rawTree);
            }
            return new Outcome(false, null, IntegrityVerdict.ERROR, declared, null, rawSha, findings, rawTree, null, true);
        }

        if (!gate.issues().isEmpty()) {
            BundleError err = schemaError(gate.issues(), "");
            if (gate.overflow()) err = new BundleError("REFERENCE_STACK_OVERFLOW", err.message(), err.path());
            return new Outcome(false, err, IntegrityVerdict.ERROR, declared, null, rawSha, findings, rawTree, null, false);
        }

        String computed = digest(false);
        if (maxHashedDepth > REFERENCE_MAX_HASH_DEPTH) {
            // the runtime throws RangeError here: it has no hash and no verdict to compare with
            findings.add(Finding.of(FindingCode.REFERENCE_CANNOT_HASH, "content is nested " + maxHashedDepth
                    + " levels deep; the reference runtime overflows its stack beyond about " + REFERENCE_MAX_HASH_DEPTH
                    + " levels and gives no verdict (RunLens computes " + computed + " for the parsed bundle, "
                    + rawSha + " for the file as written)", "", null));
            return new Outcome(true, null, IntegrityVerdict.ERROR, declared, null, null, findings, rawTree, normTree, false);
        }
        IntegrityVerdict verdict = declared == null ? IntegrityVerdict.MISSING
                : declared.equals(computed) ? IntegrityVerdict.VALID : IntegrityVerdict.MISMATCH;
        if (declared != null && rawSha != null && !rawSha.equals(computed)) {
            if (declared.equals(computed)) {
                findings.add(Finding.of(FindingCode.RAW_HASH_DIFFERS, "the file as written hashes to " + rawSha
                        + ", not to the declared hash: it carries content the runtime strips before verifying", "", null));
            } else if (declared.equals(rawSha)) {
                findings.add(Finding.of(FindingCode.RAW_HASH_ONLY, "the declared hash matches the file as written but not"
                        + " the parsed bundle: the producer hashed without the schema's defaults", "", null));
            }
        }
        if (declared != null && !declared.equals(computed) && declared.strip().toLowerCase(java.util.Locale.ROOT).equals(computed)) {
            findings.add(Finding.of(FindingCode.DECLARED_HASH_NOT_CANONICAL, "the declared hash equals the computed one"
                    + " except for letter case or spaces; the runtime compares exactly", "integrity.sha256", null));
        }
        return new Outcome(true, null, verdict, declared, computed, rawSha, findings, rawTree, normTree, false);
    }

    /** What the schema gate found over all members (a missing one included); {@code overflow}: a reference stack overflow among them. */
    private record GateIssues(List<SchemaIssue> issues, boolean overflow) {}

    private GateIssues gateIssues() {
        List<SchemaIssue> issues = new ArrayList<>();
        boolean overflow = false;
        for (String key : RunBundleGate.members()) {
            Member m = members.get(key);
            if (m == null) {
                GateContext ctx = new GateContext();
                RunBundleGate.missing(key, ctx);
                issues.addAll(ctx.issues());
            } else {
                issues.addAll(m.ctx.issues());
                overflow |= m.ctx.referenceOverflow();
            }
        }
        return new GateIssues(issues, overflow);
    }

    private Outcome rejected(String code, String message, String path, String declared, String rawSha,
                             List<Finding> findings, JsonValue rawTree) {
        return new Outcome(false, new BundleError(code, message, path), IntegrityVerdict.ERROR, declared, null, rawSha,
                findings, rawTree, null, false);
    }

    private static BundleError schemaError(List<SchemaIssue> issues, String fallbackPath) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(issues.size(), MAX_MESSAGE_ISSUES);
        for (int i = 0; i < shown; i++) {
            if (i > 0) sb.append("; ");
            sb.append(issues.get(i).formatted());
        }
        if (issues.size() > shown) sb.append("; … and ").append(issues.size() - shown).append(" more issues");
        String path = issues.isEmpty() ? fallbackPath : issues.get(0).path().toString();
        return new BundleError("INVALID_RUN_BUNDLE", sb.toString(), path);
    }

    private static Finding fromNote(ReadNote n) {
        String path = n.path() == null ? "" : n.path().toString();
        return switch (n.kind()) {
            case DUPLICATE_KEY -> Finding.of(FindingCode.DUPLICATE_KEY, "key \"" + n.detail()
                    + "\" appears more than once; JSON.parse keeps the last value, other readers may keep the first", path, n.location());
            case LONE_SURROGATE -> Finding.of(FindingCode.LONE_SURROGATE, "string holds an unpaired surrogate (" + n.detail()
                    + "); RFC 8785 forbids it, the runtime hashes it escaped", path, n.location());
            case UNSAFE_INTEGER -> Finding.of(FindingCode.UNSAFE_INTEGER, "integer " + n.detail()
                    + " is beyond 2^53-1; the hash covers the nearest double", path, n.location());
            case NON_FINITE_NUMBER -> Finding.of(FindingCode.NON_FINITE_NUMBER, "number " + n.detail()
                    + " overflows to Infinity; the runtime hashes it as null", path, n.location());
            case INVALID_UTF8 -> Finding.of(FindingCode.INVALID_UTF8, "bytes that are not UTF-8 (" + n.detail()
                    + "); Node reads U+FFFD in their place", "", null);
        };
    }

    // ------------------------------------------------------------------ digests and trees

    private String rawHash() {
        if (!sawObjectRoot) return null;
        return digest(true);
    }

    /**
     * SHA-256 of {@code {artifacts, engine?, ruleSets, run, trace}} in canonical order. The raw form
     * hashes the very same bytes as the parsed form when no hashed member was changed by the schema
     * or failed it (a runtime-made bundle): then the parsed form's hash is the raw one too, and
     * the spools are hashed once.
     */
    private String digest(boolean raw) {
        if (raw && sameBytesBothWays()) return digest(false);
        if (!raw && parsedDigest != null) return parsedDigest;
        Sha256 sha = new Sha256();
        ByteSink sink = sha::write;
        boolean first = true;
        sha.ascii("{");
        for (String key : HASHED) {
            Member m = members.get(key);
            if (m == null || m.norm == null) continue;
            if (!raw && m.invalid) continue;
            if (!first) sha.ascii(",");
            first = false;
            sha.ascii("\"" + key + "\":");
            Spool s = raw && m.raw != null ? m.raw : m.norm;
            s.replayTo(sink);
        }
        sha.ascii("}");
        String hex = sha.hex();
        if (!raw) parsedDigest = hex;
        return hex;
    }

    /** True when the raw digest would take exactly the parsed digest's bytes: no hashed member diverged or is invalid. */
    private boolean sameBytesBothWays() {
        for (String key : HASHED) {
            Member m = members.get(key);
            if (m != null && m.norm != null && (m.raw != null || m.invalid)) return false;
        }
        return true;
    }

    private JsonValue rawTree() {
        LinkedHashMap<String, JsonValue> out = new LinkedHashMap<>();
        for (Member m : members.values()) if (m.rawWhole != null) out.put(m.key, m.rawWhole);
        return new JsonValue.Obj(out);
    }

    private JsonValue normalizedTree() {
        LinkedHashMap<String, JsonValue> out = new LinkedHashMap<>();
        for (String key : RunBundleGate.members()) {
            Member m = members.get(key);
            if (m != null && m.normWhole != null) out.put(key, m.normWhole);
        }
        return new JsonValue.Obj(out);
    }

    @Override
    public void close() {
        lane.close(); // runs or drops what is left, then stops: the spools are ours again
        for (Member m : members.values()) m.close();
        members.clear();
    }
}
