package dev.runlens.signing.trust;

import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.keys.SigningKey;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.signing.timestamp.TimestampAuthority;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Administering a trust list: a draft is an envelope with no signatures; editing a signed list
 * starts the next version (version + 1, {@code previous} = the signed payload's digest, signatures
 * dropped); root keys then sign the draft one by one.
 */
public final class TrustLists {
    private TrustLists() {}

    public static TrustList.KeyEntry entry(VerificationKey k) {
        return new TrustList.KeyEntry(k.keyId(), k.algorithm().id(), k.toPem());
    }

    public static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Version 1, no reviewers, expiring {@code validFor} after now. */
    public static TrustList initial(List<VerificationKey> roots, int threshold, Instant now, java.time.Duration validFor) {
        if (threshold < 1 || threshold > roots.size())
            throw new IllegalArgumentException("threshold " + threshold + " is not within 1.." + roots.size() + " root keys");
        return new TrustList(1, time(now), time(now.plus(validFor)), Optional.empty(),
                new TrustList.Root(threshold, roots.stream().map(TrustLists::entry).toList()), List.of(), List.of(), TrustList.Policy.DEFAULT);
    }

    public static Envelope draft(TrustList list) {
        return new Envelope(TrustList.PAYLOAD_TYPE, StrictJson.canonical(TrustListJson.toJson(list)), List.of());
    }

    /** The list inside an envelope (not verified: for editing a draft). */
    public static TrustList read(Envelope e) throws StrictJsonException {
        return TrustListJson.read(StrictJson.parse(e.payload()));
    }

    /** The list to edit: the draft itself, or the next version of a signed list. */
    public static TrustList editable(Envelope e, Instant now, java.time.Duration validFor) throws StrictJsonException {
        TrustList t = read(e);
        if (e.signatures().isEmpty()) return t;
        return new TrustList(t.version() + 1, time(now), time(now.plus(validFor)), Optional.of(e.payloadDigest()), t.root(),
                t.reviewers(), t.revocations(), t.policy(), t.timestampAuthorities());
    }

    /** Adds a reviewer key (creating the principal if new) for the gate-decision purpose. */
    public static TrustList withReviewerKey(TrustList t, String principal, Optional<String> displayName, TrustList.Scopes scopes,
                                            VerificationKey key, Instant validFrom, Optional<Instant> validUntil) {
        TrustList.ReviewerKey rk = new TrustList.ReviewerKey(entry(key), List.of(DecisionStatement.PREDICATE_TYPE), time(validFrom),
                validUntil.map(TrustLists::time), "active");
        List<TrustList.Reviewer> reviewers = new ArrayList<>();
        boolean found = false;
        for (TrustList.Reviewer r : t.reviewers()) {
            if (r.principal().equals(principal)) {
                List<TrustList.ReviewerKey> keys = new ArrayList<>(r.keys().stream().filter(k -> !k.key().keyid().equals(key.keyId())).toList());
                keys.add(rk);
                reviewers.add(new TrustList.Reviewer(principal, displayName.or(r::displayName), scopes, keys));
                found = true;
            } else {
                reviewers.add(r);
            }
        }
        if (!found) reviewers.add(new TrustList.Reviewer(principal, displayName, scopes, List.of(rk)));
        return new TrustList(t.version(), t.issuedAt(), t.expires(), t.previous(), t.root(), reviewers, t.revocations(), t.policy(),
                t.timestampAuthorities());
    }

    public static TrustList withRevocation(TrustList t, String keyid, String reason, Instant effectiveAt) {
        List<TrustList.Revocation> revs = new ArrayList<>(t.revocations().stream().filter(r -> !r.keyid().equals(keyid)).toList());
        revs.add(new TrustList.Revocation(keyid, reason, time(effectiveAt)));
        return new TrustList(t.version(), t.issuedAt(), t.expires(), t.previous(), t.root(), t.reviewers(), revs, t.policy(),
                t.timestampAuthorities());
    }

    public static TrustList withPolicy(TrustList t, TrustList.Policy p) {
        return new TrustList(t.version(), t.issuedAt(), t.expires(), t.previous(), t.root(), t.reviewers(), t.revocations(), p,
                t.timestampAuthorities());
    }

    /** Adds a timestamp authority, replacing one of the same name. */
    public static TrustList withTimestampAuthority(TrustList t, TimestampAuthority a) {
        List<TimestampAuthority> all = new ArrayList<>(t.timestampAuthorities().stream().filter(x -> !x.name().equals(a.name())).toList());
        all.add(a);
        return new TrustList(t.version(), t.issuedAt(), t.expires(), t.previous(), t.root(), t.reviewers(), t.revocations(), t.policy(), all);
    }

    /** Adds (or replaces) this root key's signature. */
    public static Envelope sign(Envelope draft, SigningKey rootKey) {
        String id = rootKey.publicKey().keyId();
        List<Envelope.Signature> sigs = new ArrayList<>(draft.signatures().stream().filter(s -> !s.keyId().equals(id)).toList());
        sigs.add(new Envelope.Signature(id, rootKey.sign(draft.pae())));
        return new Envelope(draft.payloadType(), draft.payload(), sigs);
    }
}
