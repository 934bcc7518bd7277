package dev.runlens.signing.log;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Digests;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.StatementJson;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.keys.SigningKey;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A checkpoint's wire form: an in-toto Statement v1 whose subject is
 * {@code {"name":"lwb-decision-log/<runId>","digest":{"sha256":<merkleRoot>}}} and whose predicate is
 * {@code {runId, size, heads, merkleRoot, entries, checkpointedAt}}, signed as a DSSE envelope with one
 * signature (file {@code <runId>.checkpoint.<size>.dsse.json}). Reading checks the schema; whether
 * the numbers add up (size, root, subject) is the verifier's to grade.
 */
public final class CheckpointJson {
    private static final Pattern UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private CheckpointJson() {}

    public static JsonValue.Obj toJson(Checkpoint c) {
        JsonBuilder predicate = JsonBuilder.object().put("runId", c.runId()).put("size", c.size())
                .put("heads", JsonBuilder.strings(c.heads())).put("merkleRoot", c.merkleRoot())
                .put("entries", JsonBuilder.strings(c.entries())).put("checkpointedAt", c.checkpointedAt());
        return JsonBuilder.object().put("_type", DecisionStatement.STATEMENT_TYPE)
                .put("subject", new JsonValue.Arr(List.of(JsonBuilder.object().put("name", c.subjectName())
                        .put("digest", JsonBuilder.object().put("sha256", c.merkleRoot())).build())))
                .put("predicateType", Checkpoint.PREDICATE_TYPE).put("predicate", predicate).build();
    }

    /** The subject as written: its name and {@code sha256} digest. */
    public record Subject(String name, String sha256) {}

    /** The Statement's single subject. */
    public static Subject subject(JsonValue statement) throws StrictJsonException {
        Fields st = Fields.root(statement, "");
        StatementJson.checkStatementShape(st);
        List<Fields> subjects = st.objects("subject");
        if (subjects.size() != 1) throw new StrictJsonException("subject: a checkpoint has exactly one subject, got " + subjects.size());
        String sha = subjects.get(0).obj("digest").str("sha256");
        if (!Digests.isHex64(sha)) throw new StrictJsonException("subject[0].digest.sha256: not 64 lower-case hex characters");
        return new Subject(subjects.get(0).str("name"), sha);
    }

    /** The predicate of a Statement whose {@code predicateType} the caller has checked. */
    public static Checkpoint read(JsonValue statement) throws StrictJsonException {
        Fields p = Fields.root(statement, "").obj("predicate");
        long size = p.integer("size");
        if (size < 0) throw new StrictJsonException("predicate.size: must not be negative");
        List<String> entries = digests(p, "entries");
        List<String> heads = digests(p, "heads");
        String root = p.str("merkleRoot");
        if (!Digests.isHex64(root)) throw new StrictJsonException("predicate.merkleRoot: not 64 lower-case hex characters");
        String at = p.str("checkpointedAt");
        if (!UTC.matcher(at).matches()) throw new StrictJsonException("predicate.checkpointedAt: \"" + at + "\" is not an RFC 3339 UTC time ending in Z");
        return new Checkpoint(p.text("runId"), size, heads, root, entries, at);
    }

    private static List<String> digests(Fields p, String key) throws StrictJsonException {
        List<String> out = p.strings(key);
        for (String d : out) if (!Digests.isPrefixed(d)) throw new StrictJsonException("predicate." + key + ": \"" + d + "\" is not sha256:<64 hex>");
        return out;
    }

    /** The checkpoint's JCS Statement in a DSSE envelope signed by {@code key}. */
    public static Envelope sign(Checkpoint c, SigningKey key) {
        Envelope unsigned = new Envelope(DecisionStatement.PAYLOAD_TYPE, StrictJson.canonical(toJson(c)), List.of());
        return unsigned.withSignature(new Envelope.Signature(key.publicKey().keyId(), key.sign(unsigned.pae())));
    }
}
