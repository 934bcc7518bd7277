package dev.runlens.app.trust;

import dev.runlens.app.ui.PlainText;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.workbench.KeyFingerprints;
import dev.runlens.workbench.TrustListInfo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the trust screen's tables, built from a trust list as written at a moment. Every text
 * is plain (a trust list is a file like any other until it verifies); fingerprints are the key id in
 * full in groups of four, with the OpenSSH {@code SHA256:} form beside it.
 */
public final class TrustRows {
    private TrustRows() {}

    /** One key of one reviewer; {@code status} says whether it can sign now (active, retired, revoked, expired, not yet valid). */
    public record ReviewerKey(String principal, String displayName, String scopes, String fingerprint, String openSsh, String algorithm,
                              String purposes, String validity, String status, String keyId) {}

    /** A root key; {@code local} names the key of the key folder that it is (empty: none), {@code signed} whether it signed this file. */
    public record RootKey(String fingerprint, String openSsh, String algorithm, String keyId, String local, String signed) {}

    /** A revocation of this list, or one remembered from an earlier list ({@code source}). */
    public record Revocation(String fingerprint, String keyId, String reason, String effectiveAt, String source) {}

    public record Checkpointer(String principal, String fingerprint, String algorithm, String keyId) {}

    /** An RFC 3161 time-stamping authority whose tokens count as evidence of when a decision existed. */
    public record Tsa(String name, String certificates, String validity) {}

    static List<ReviewerKey> reviewers(TrustListInfo info, Instant now) {
        Map<String, TrustList.Revocation> revoked = revocationsByKey(info);
        List<ReviewerKey> out = new ArrayList<>();
        for (TrustList.Reviewer r : info.list().reviewers()) {
            for (TrustList.ReviewerKey k : r.keys()) {
                out.add(new ReviewerKey(PlainText.of(r.principal()), PlainText.of(r.displayName().orElse("—")), scopes(r.scopes()),
                        KeyFingerprints.grouped(k.key().keyid()), openSsh(k.key()), algorithm(k.key().alg()), purposes(k.purposes()),
                        PlainText.of(k.validFrom() + " → " + k.validUntil().orElse("no end")), status(k, revoked.get(k.key().keyid()), now),
                        k.key().keyid()));
            }
        }
        return out;
    }

    static List<RootKey> roots(TrustListInfo info, List<KeyRing.KeyInfo> local) {
        return info.list().root().keys().stream().map(k -> new RootKey(KeyFingerprints.grouped(k.keyid()), openSsh(k), algorithm(k.alg()),
                k.keyid(), local.stream().filter(l -> l.keyId().equals(k.keyid())).map(l -> PlainText.of(l.name())).findFirst().orElse(""),
                info.signedBy().contains(k.keyid()) ? "signed" : "not signed")).toList();
    }

    static List<Revocation> revocations(TrustListInfo info) {
        List<Revocation> out = new ArrayList<>();
        for (TrustList.Revocation r : info.list().revocations()) out.add(revocation(r, "this list"));
        for (TrustList.Revocation r : info.state().revocationsSeen()) {
            if (!info.list().revocations().contains(r)) out.add(revocation(r, "remembered from an earlier list"));
        }
        return out;
    }

    static List<Checkpointer> checkpointers(TrustListInfo info) {
        List<Checkpointer> out = new ArrayList<>();
        for (TrustListInfo.Checkpointer c : info.checkpointers()) {
            if (c.keys().isEmpty()) out.add(new Checkpointer(PlainText.of(c.principal()), "—", "—", ""));
            for (TrustList.KeyEntry k : c.keys()) {
                out.add(new Checkpointer(PlainText.of(c.principal()), PlainText.of(KeyFingerprints.grouped(k.keyid())), algorithm(k.alg()),
                        PlainText.of(k.keyid())));
            }
        }
        return out;
    }

    static List<Tsa> timestampAuthorities(TrustListInfo info) {
        List<Tsa> out = new ArrayList<>();
        for (dev.runlens.signing.timestamp.TimestampAuthority a : info.list().timestampAuthorities()) {
            String certificates;
            try {
                certificates = String.join(" ← ", a.subjects());
            } catch (dev.runlens.signing.timestamp.TimestampFormatException e) {
                certificates = "unreadable: " + e.getMessage();
            }
            out.add(new Tsa(PlainText.of(a.name()), PlainText.of(certificates), PlainText.of(a.validFrom() + " → " + a.validUntil().orElse("no end"))));
        }
        return out;
    }

    /** {@code P-256 (ECDSA, SHA-256)}, {@code Ed25519}, or the id as written. */
    static String algorithm(String alg) {
        return switch (alg) {
            case "ecdsa-p256-sha256" -> "P-256 (ECDSA, SHA-256)";
            case "ed25519" -> "Ed25519";
            default -> PlainText.of(alg);
        };
    }

    private static Revocation revocation(TrustList.Revocation r, String source) {
        return new Revocation(KeyFingerprints.grouped(r.keyid()), r.keyid(), PlainText.of(r.reason()), PlainText.of(r.effectiveAt()), source);
    }

    /** This list's revocations and those the verifier remembers, the earliest effective one per key. */
    private static Map<String, TrustList.Revocation> revocationsByKey(TrustListInfo info) {
        Map<String, TrustList.Revocation> out = new LinkedHashMap<>();
        List<TrustList.Revocation> all = new ArrayList<>(info.list().revocations());
        all.addAll(info.state().revocationsSeen());
        for (TrustList.Revocation r : all) {
            out.merge(r.keyid(), r, (a, b) -> time(b.effectiveAt()).orElse(Instant.MAX).isBefore(time(a.effectiveAt()).orElse(Instant.MAX)) ? b : a);
        }
        return out;
    }

    private static String status(TrustList.ReviewerKey k, TrustList.Revocation revocation, Instant now) {
        if (revocation != null) {
            boolean effective = time(revocation.effectiveAt()).map(t -> !t.isAfter(now)).orElse(true);
            return PlainText.of((effective ? "revoked (" : "revocation pending (") + revocation.reason() + ", " + revocation.effectiveAt() + ")");
        }
        if (!k.status().equals("active")) return PlainText.of(k.status());
        if (time(k.validFrom()).map(t -> t.isAfter(now)).orElse(false)) return "not yet valid";
        if (k.validUntil().flatMap(TrustRows::time).map(t -> !t.isAfter(now)).orElse(false)) return "expired";
        return "active";
    }

    private static String scopes(TrustList.Scopes s) {
        return PlainText.of("audiences " + String.join(", ", s.audiences()) + " · workflows " + String.join(", ", s.workflows())
                + " · gates " + String.join(", ", s.gates()) + " · decisions " + String.join(", ", s.decisions()));
    }

    private static String purposes(List<String> purposes) {
        return PlainText.of(String.join(", ", purposes.stream().map(p -> p.equals(DecisionStatement.PREDICATE_TYPE) ? "gate decisions" : p).toList()));
    }

    private static String openSsh(TrustList.KeyEntry k) {
        return KeyFingerprints.openSsh(k.publicKeyPem()).orElse("not a usable public key");
    }

    static Optional<Instant> time(String rfc3339) {
        try {
            return Optional.of(OffsetDateTime.parse(rfc3339).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
