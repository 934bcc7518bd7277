package dev.runlens.signing.trust;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Digests;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.timestamp.TimestampAuthority;
import dev.runlens.signing.timestamp.TimestampFormatException;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The trust list's JSON payload (design B8), read through its schema and written for JCS signing. */
public final class TrustListJson {
    private static final Set<String> REASONS = Set.of("keyCompromise", "superseded", "retired");

    private TrustListJson() {}

    public static JsonValue.Obj toJson(TrustList t) {
        JsonBuilder b = JsonBuilder.object().put("_type", TrustList.TYPE).put("version", t.version())
                .put("issuedAt", t.issuedAt()).put("expires", t.expires());
        t.previous().ifPresent(p -> b.put("previous", p));
        b.put("root", JsonBuilder.object().put("threshold", t.root().threshold())
                .put("keys", JsonBuilder.array(t.root().keys(), TrustListJson::key)));
        b.put("reviewers", JsonBuilder.array(t.reviewers(), r -> {
            JsonBuilder rb = JsonBuilder.object().put("principal", r.principal());
            r.displayName().ifPresent(d -> rb.put("displayName", d));
            rb.put("scopes", JsonBuilder.object().put("audiences", JsonBuilder.strings(r.scopes().audiences()))
                    .put("workflows", JsonBuilder.strings(r.scopes().workflows())).put("gates", JsonBuilder.strings(r.scopes().gates()))
                    .put("decisions", JsonBuilder.strings(r.scopes().decisions())));
            rb.put("keys", JsonBuilder.array(r.keys(), k -> {
                JsonBuilder kb = JsonBuilder.object().put("keyid", k.key().keyid()).put("alg", k.key().alg())
                        .put("publicKeyPem", k.key().publicKeyPem()).put("purposes", JsonBuilder.strings(k.purposes()))
                        .put("validFrom", k.validFrom());
                k.validUntil().ifPresent(u -> kb.put("validUntil", u));
                return kb.put("status", k.status()).build();
            }));
            return rb.build();
        }));
        b.put("revocations", JsonBuilder.array(t.revocations(), r -> JsonBuilder.object().put("keyid", r.keyid())
                .put("reason", r.reason()).put("effectiveAt", r.effectiveAt()).build()));
        JsonBuilder workflows = JsonBuilder.object();
        t.policy().requiredApprovalsByWorkflow().forEach((k, v) -> workflows.put(k, v.longValue()));
        b.put("policy", JsonBuilder.object()
                .put("requiredApprovals", JsonBuilder.object().put("default", t.policy().requiredApprovalsDefault()).put("workflows", workflows))
                .put("maxClockSkewSeconds", t.policy().maxClockSkewSeconds()));
        if (!t.timestampAuthorities().isEmpty()) { // written only when present: older lists keep their exact bytes
            b.put("timestampAuthorities", JsonBuilder.array(t.timestampAuthorities(), a -> {
                JsonBuilder ab = JsonBuilder.object().put("name", a.name()).put("certificatePem", a.certificatePem()).put("validFrom", a.validFrom());
                a.validUntil().ifPresent(u -> ab.put("validUntil", u));
                return ab.build();
            }));
        }
        return b.build();
    }

    private static JsonValue key(TrustList.KeyEntry k) {
        return JsonBuilder.object().put("keyid", k.keyid()).put("alg", k.alg()).put("publicKeyPem", k.publicKeyPem()).build();
    }

    public static TrustList read(JsonValue json) throws StrictJsonException {
        Fields f = Fields.root(json, "trustList");
        String type = f.str("_type");
        if (!type.equals(TrustList.TYPE)) throw new StrictJsonException("trustList._type: \"" + type + "\" is not " + TrustList.TYPE);
        long version = f.integer("version");
        if (version < 1) throw new StrictJsonException("trustList.version: must be at least 1");
        Optional<String> previous = f.optStr("previous");
        if (previous.isPresent() && !Digests.isPrefixed(previous.get())) throw new StrictJsonException("trustList.previous: not sha256:<64 hex>");
        Fields root = f.obj("root");
        List<TrustList.KeyEntry> rootKeys = new ArrayList<>();
        for (Fields k : root.objects("keys")) rootKeys.add(keyEntry(k));
        int threshold = (int) root.integer("threshold");
        if (threshold < 1 || threshold > rootKeys.size())
            throw new StrictJsonException("trustList.root.threshold: " + threshold + " is not within 1.." + rootKeys.size());
        List<TrustList.Reviewer> reviewers = new ArrayList<>();
        for (Fields r : f.objects("reviewers")) {
            Fields s = r.obj("scopes");
            TrustList.Scopes scopes = new TrustList.Scopes(s.strings("audiences"), s.strings("workflows"), s.strings("gates"), s.strings("decisions"));
            List<TrustList.ReviewerKey> keys = new ArrayList<>();
            for (Fields k : r.objects("keys")) {
                keys.add(new TrustList.ReviewerKey(keyEntry(k), k.strings("purposes"), time(k, "validFrom"),
                        k.has("validUntil") ? Optional.of(time(k, "validUntil")) : Optional.empty(), k.oneOf("status", Set.of("active", "retired"))));
            }
            reviewers.add(new TrustList.Reviewer(r.text("principal"), r.optStr("displayName"), scopes, keys));
        }
        List<TrustList.Revocation> revocations = new ArrayList<>();
        for (Fields r : f.objects("revocations")) {
            String keyid = r.str("keyid");
            if (!Digests.isPrefixed(keyid)) throw new StrictJsonException(r.path() + ".keyid: not sha256:<64 hex>");
            revocations.add(new TrustList.Revocation(keyid, r.oneOf("reason", REASONS), time(r, "effectiveAt")));
        }
        Fields p = f.obj("policy");
        Fields ra = p.obj("requiredApprovals");
        Map<String, Integer> byWorkflow = new LinkedHashMap<>();
        Fields wf = ra.obj("workflows");
        for (String k : wf.json().members().keySet()) byWorkflow.put(k, (int) wf.integer(k));
        return new TrustList(version, time(f, "issuedAt"), time(f, "expires"), previous, new TrustList.Root(threshold, rootKeys),
                reviewers, revocations, new TrustList.Policy((int) ra.integer("default"), byWorkflow, p.integer("maxClockSkewSeconds")),
                timestampAuthorities(f));
    }

    /** {@code timestampAuthorities} (optional): unique names, readable certificates, RFC 3339 window. */
    private static List<TimestampAuthority> timestampAuthorities(Fields f) throws StrictJsonException {
        if (!f.has("timestampAuthorities")) return List.of();
        List<TimestampAuthority> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (Fields a : f.objects("timestampAuthorities")) {
            TimestampAuthority tsa = new TimestampAuthority(a.text("name"), a.text("certificatePem"), time(a, "validFrom"),
                    a.has("validUntil") ? Optional.of(time(a, "validUntil")) : Optional.empty());
            if (!names.add(tsa.name())) throw new StrictJsonException(a.path() + ".name: \"" + tsa.name() + "\" is listed twice");
            try {
                tsa.check();
            } catch (TimestampFormatException e) {
                throw new StrictJsonException(a.path() + ": " + e.getMessage());
            }
            out.add(tsa);
        }
        return out;
    }

    private static TrustList.KeyEntry keyEntry(Fields k) throws StrictJsonException {
        String keyid = k.str("keyid");
        if (!Digests.isPrefixed(keyid)) throw new StrictJsonException(k.path() + ".keyid: not sha256:<64 hex>");
        String alg = k.str("alg");
        if (KeyAlgorithm.fromId(alg).isEmpty()) throw new StrictJsonException(k.path() + ".alg: \"" + alg + "\" is not ecdsa-p256-sha256 or ed25519");
        return new TrustList.KeyEntry(keyid, alg, k.str("publicKeyPem"));
    }

    private static String time(Fields f, String key) throws StrictJsonException {
        String s = f.str(key);
        try {
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s);
        } catch (DateTimeParseException e) {
            throw new StrictJsonException(f.path() + "." + key + ": \"" + s + "\" is not an RFC 3339 time");
        }
        return s;
    }
}
