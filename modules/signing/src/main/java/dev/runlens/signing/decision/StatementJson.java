package dev.runlens.signing.decision;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Digests;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJsonException;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Statement's wire form: written field by field as design B3 lists them, and read back through
 * the schema of design B7 step 8 (required fields, enums, formats, {@code edit} iff {@code edited});
 * unknown members are ignored as in-toto requires.
 */
public final class StatementJson {
    /** RFC 3339 in UTC with {@code Z}: {@code 2026-11-23T09:02:17Z}, fractions allowed. */
    private static final Pattern UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    public static final int MAX_NOTE_BYTES = 4096;

    private StatementJson() {}

    public static JsonValue.Obj toJson(DecisionStatement s) {
        DecisionStatement.Predicate p = s.predicate();
        JsonBuilder gate = JsonBuilder.object().put("stepId", p.gate().stepId()).put("gate", p.gate().gate())
                .putIfPresent("checkpointId", p.gate().checkpointId())
                .put("requestEventId", p.gate().requestEventId()).put("requestedAt", p.gate().requestedAt())
                .put("reviewedArtifacts", JsonBuilder.array(p.gate().reviewedArtifacts(), a -> JsonBuilder.object()
                        .put("artifactKey", a.artifactKey()).put("version", a.version()).put("payloadHash", a.payloadHash()).build()));
        DecisionStatement.Run r = p.run();
        JsonBuilder run = JsonBuilder.object().put("runId", r.runId()).put("workflowId", r.workflowId())
                .put("workflowVersion", r.workflowVersion()).put("protocolVersion", r.protocolVersion()).put("status", r.status())
                .put("integritySource", r.integritySource()).put("bundleFileSha256", r.bundleFileSha256())
                .put("traceLength", r.traceLength()).put("traceHeadEventId", r.traceHeadEventId())
                .put("tracePrefixSha256", r.tracePrefixSha256());
        JsonBuilder pred = JsonBuilder.object().put("decisionId", p.decisionId()).put("audience", p.audience())
                .put("decision", p.decision()).putIfPresent("note", p.note()).put("gate", gate);
        p.edit().ifPresent(e -> pred.put("edit", JsonBuilder.object().put("artifactKey", e.artifactKey())
                .put("baseVersion", e.baseVersion()).put("patch", e.patch()).put("resultPayloadHash", e.resultPayloadHash())));
        pred.put("run", run)
                .put("reviewer", JsonBuilder.object().put("principal", p.reviewer().principal()).put("keyid", p.reviewer().keyid()))
                .put("trustList", JsonBuilder.object().put("version", p.trustList().version()).put("digest", p.trustList().digest()))
                .put("decidedAt", p.decidedAt()).put("decidedAtSource", p.decidedAtSource())
                .put("log", JsonBuilder.object().put("seq", p.log().seq()).put("prev", JsonBuilder.strings(p.log().prev())))
                .put("producer", JsonBuilder.object().put("name", p.producer().name()).put("version", p.producer().version()));
        return JsonBuilder.object()
                .put("_type", DecisionStatement.STATEMENT_TYPE)
                .put("subject", new JsonValue.Arr(List.of(JsonBuilder.object().put("name", s.subjectName())
                        .put("digest", JsonBuilder.object().put("sha256", s.subjectSha256())).build())))
                .put("predicateType", s.predicateType())
                .put("predicate", pred)
                .build();
    }

    /** The in-toto envelope of the Statement: type, subject digests, predicate type (any predicate). */
    public static void checkStatementShape(Fields st) throws StrictJsonException {
        String type = st.str("_type");
        if (!type.equals(DecisionStatement.STATEMENT_TYPE))
            throw new StrictJsonException("_type: \"" + type + "\" is not " + DecisionStatement.STATEMENT_TYPE);
        List<Fields> subjects = st.objects("subject");
        if (subjects.isEmpty()) throw new StrictJsonException("subject: must not be empty");
        for (Fields s : subjects) {
            Fields digest = s.obj("digest");
            if (digest.json().members().isEmpty()) throw new StrictJsonException(digest.path() + ": must not be empty");
            for (String alg : digest.json().members().keySet()) digest.str(alg);
        }
        st.str("predicateType");
        if (st.has("predicate")) st.obj("predicate");
    }

    /**
     * Reads a gate-decision Statement (any {@code predicateType} value is returned; the verifier
     * decides whether it is accepted).
     */
    public static DecisionStatement read(JsonValue json) throws StrictJsonException {
        Fields st = Fields.root(json, "");
        checkStatementShape(st);
        List<Fields> subjects = st.objects("subject");
        if (subjects.size() != 1) throw new StrictJsonException("subject: a decision has exactly one subject, got " + subjects.size());
        Fields subject = subjects.get(0);
        String sha = subject.obj("digest").str("sha256");
        if (!Digests.isHex64(sha)) throw new StrictJsonException("subject[0].digest.sha256: not 64 lower-case hex characters");
        String predicateType = st.str("predicateType");
        if (!predicateType.equals(DecisionStatement.PREDICATE_TYPE))
            return new DecisionStatement(subject.str("name"), sha, predicateType, null);
        return new DecisionStatement(subject.str("name"), sha, predicateType, predicate(st.obj("predicate")));
    }

    private static DecisionStatement.Predicate predicate(Fields p) throws StrictJsonException {
        String decision = p.oneOf("decision", DecisionStatement.DECISIONS);
        Optional<String> note = p.optStr("note");
        if (note.isPresent() && note.get().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NOTE_BYTES)
            throw new StrictJsonException("predicate.note: longer than " + MAX_NOTE_BYTES + " bytes");
        Fields g = p.obj("gate");
        List<DecisionStatement.ReviewedArtifact> reviewed = new ArrayList<>();
        for (Fields a : g.objects("reviewedArtifacts")) {
            String hash = a.str("payloadHash");
            if (!Digests.isHex64(hash)) throw new StrictJsonException(a.path() + ".payloadHash: not 64 lower-case hex characters");
            reviewed.add(new DecisionStatement.ReviewedArtifact(a.text("artifactKey"), a.integer("version"), hash));
        }
        DecisionStatement.Gate gate = new DecisionStatement.Gate(g.text("stepId"), g.oneOf("gate", DecisionStatement.GATES),
                g.optStr("checkpointId"), g.text("requestEventId"), timestamp(g, "requestedAt", false), reviewed);
        Optional<DecisionStatement.Edit> edit = Optional.empty();
        if (decision.equals("edited")) {
            if (!p.has("edit")) throw new StrictJsonException("predicate.edit: required when decision is \"edited\"");
            Fields e = p.obj("edit");
            String result = e.str("resultPayloadHash");
            if (!Digests.isHex64(result)) throw new StrictJsonException("predicate.edit.resultPayloadHash: not 64 lower-case hex characters");
            edit = Optional.of(new DecisionStatement.Edit(e.text("artifactKey"), e.integer("baseVersion"), e.arr("patch"), result));
        } else if (p.has("edit")) {
            throw new StrictJsonException("predicate.edit: present although decision is \"" + decision + "\"");
        }
        Fields r = p.obj("run");
        String fileSha = r.str("bundleFileSha256");
        String prefix = r.str("tracePrefixSha256");
        if (!Digests.isHex64(fileSha)) throw new StrictJsonException("predicate.run.bundleFileSha256: not 64 lower-case hex characters");
        if (!Digests.isHex64(prefix)) throw new StrictJsonException("predicate.run.tracePrefixSha256: not 64 lower-case hex characters");
        DecisionStatement.Run run = new DecisionStatement.Run(r.text("runId"), r.text("workflowId"), r.integer("workflowVersion"),
                r.text("protocolVersion"), r.text("status"), r.oneOf("integritySource", Set.of("declared", "computed")), fileSha,
                r.integer("traceLength"), r.text("traceHeadEventId"), prefix);
        Fields rv = p.obj("reviewer");
        String principal = rv.text("principal");
        checkPrincipal(principal);
        String keyid = rv.str("keyid");
        if (!Digests.isPrefixed(keyid)) throw new StrictJsonException("predicate.reviewer.keyid: not sha256:<64 hex>");
        Fields t = p.obj("trustList");
        String tlDigest = t.str("digest");
        if (!Digests.isPrefixed(tlDigest)) throw new StrictJsonException("predicate.trustList.digest: not sha256:<64 hex>");
        Fields log = p.obj("log");
        long seq = log.integer("seq");
        if (seq < 1) throw new StrictJsonException("predicate.log.seq: must be at least 1");
        List<String> prev = log.strings("prev");
        for (String d : prev) if (!Digests.isPrefixed(d)) throw new StrictJsonException("predicate.log.prev: \"" + d + "\" is not sha256:<64 hex>");
        Fields prod = p.obj("producer");
        return new DecisionStatement.Predicate(p.text("decisionId"), p.text("audience"), decision, note, gate, edit, run,
                new DecisionStatement.Reviewer(principal, keyid), new DecisionStatement.TrustListRef(t.integer("version"), tlDigest),
                timestamp(p, "decidedAt", true), p.oneOf("decidedAtSource", Set.of("signer-clock")),
                new DecisionStatement.LogLink(seq, prev), new DecisionStatement.Producer(prod.text("name"), prod.text("version")));
    }

    /** {@code decidedAt} must be RFC 3339 UTC with {@code Z}; {@code requestedAt} comes from the bundle and may carry an offset. */
    private static String timestamp(Fields f, String key, boolean utcZ) throws StrictJsonException {
        String s = f.str(key);
        if (utcZ && !UTC.matcher(s).matches())
            throw new StrictJsonException(f.path() + "." + key + ": \"" + s + "\" is not an RFC 3339 UTC time ending in Z");
        try {
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s);
        } catch (DateTimeParseException e) {
            throw new StrictJsonException(f.path() + "." + key + ": \"" + s + "\" is not an RFC 3339 time");
        }
        return s;
    }

    /** A principal must be NFC and must not mix scripts (confusable identities, design (c) case 22). */
    public static void checkPrincipal(String principal) throws StrictJsonException {
        if (!Normalizer.isNormalized(principal, Normalizer.Form.NFC))
            throw new StrictJsonException("predicate.reviewer.principal: not in Unicode NFC");
        Character.UnicodeScript seen = null;
        for (int i = 0; i < principal.length(); ) {
            int cp = principal.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.COMMON || sc == Character.UnicodeScript.INHERITED) continue;
            if (seen == null) seen = sc;
            else if (seen != sc) throw new StrictJsonException("predicate.reviewer.principal: mixes the " + seen + " and " + sc + " scripts");
        }
        for (int i = 0; i < principal.length(); i++) {
            if (Character.getType(principal.charAt(i)) == Character.FORMAT || Character.isISOControl(principal.charAt(i)))
                throw new StrictJsonException("predicate.reviewer.principal: contains control or format characters");
        }
    }

    /** Text for display: bidirectional controls and other invisible format/control characters shown as {@code \\u{...}}. */
    public static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int t = Character.getType(cp);
            if ((t == Character.FORMAT || t == Character.CONTROL) && cp != '\n' && cp != '\t')
                sb.append(String.format("\\u{%04X}", cp));
            else sb.appendCodePoint(cp);
        });
        return sb.toString();
    }
}
