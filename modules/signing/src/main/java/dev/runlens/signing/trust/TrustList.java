package dev.runlens.signing.trust;

import dev.runlens.signing.timestamp.TimestampAuthority;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline trust list (design B8): which reviewer keys may sign which decisions, signed by t-of-n
 * root keys, versioned, expiring, chained to its previous version, with per-key validity windows and
 * revocations. Times are RFC 3339 strings as signed.
 *
 * <p>{@code timestampAuthorities} (optional in the JSON; lists without it stay valid and mean "none")
 * are the RFC 3161 time-stamping authorities whose tokens count as evidence of when a decision
 * existed (design B10 (1)). Each entry is
 * {@code {"name", "certificatePem", "validFrom", "validUntil"?}}: {@code certificatePem} holds one or
 * more PEM certificates (the TSA's root, optionally with intermediates or the TSA certificate itself,
 * root last), each an anchor a token's signing certificate must be or chain to; a token counts only
 * when its {@code genTime} lies within {@code validFrom…validUntil}. Names are unique. See
 * {@link TimestampAuthority}.
 */
public record TrustList(long version, String issuedAt, String expires, Optional<String> previous, Root root,
                        List<Reviewer> reviewers, List<Revocation> revocations, Policy policy,
                        List<TimestampAuthority> timestampAuthorities) {
    public static final String TYPE = "https://runlens.dev/trust-list/v1";
    public static final String PAYLOAD_TYPE = "application/vnd.runlens.trust-list.v1+json";

    public TrustList {
        reviewers = List.copyOf(reviewers);
        revocations = List.copyOf(revocations);
        timestampAuthorities = List.copyOf(timestampAuthorities);
    }

    /** A list without timestamp authorities. */
    public TrustList(long version, String issuedAt, String expires, Optional<String> previous, Root root,
                     List<Reviewer> reviewers, List<Revocation> revocations, Policy policy) {
        this(version, issuedAt, expires, previous, root, reviewers, revocations, policy, List.of());
    }

    public record Root(int threshold, List<KeyEntry> keys) {
        public Root {
            keys = List.copyOf(keys);
        }
    }

    /** A public key as the list writes it; {@code keyid} must equal the SHA-256 of the PEM's SPKI. */
    public record KeyEntry(String keyid, String alg, String publicKeyPem) {}

    public record Reviewer(String principal, Optional<String> displayName, Scopes scopes, List<ReviewerKey> keys) {
        public Reviewer {
            keys = List.copyOf(keys);
        }
    }

    /** What a principal may decide; {@code "*"} matches anything, a trailing {@code *} a prefix. */
    public record Scopes(List<String> audiences, List<String> workflows, List<String> gates, List<String> decisions) {
        public static Scopes everything(List<String> audiences) {
            return new Scopes(audiences, List.of("*"), List.of("PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT"),
                    List.of("approved", "rejected", "edited"));
        }
    }

    public record ReviewerKey(KeyEntry key, List<String> purposes, String validFrom, Optional<String> validUntil, String status) {
        public ReviewerKey {
            purposes = List.copyOf(purposes);
        }
    }

    /** {@code reason}: {@code keyCompromise}, {@code superseded} or {@code retired}. */
    public record Revocation(String keyid, String reason, String effectiveAt) {}

    public record Policy(int requiredApprovalsDefault, Map<String, Integer> requiredApprovalsByWorkflow, long maxClockSkewSeconds) {
        public static final Policy DEFAULT = new Policy(1, Map.of(), 300);

        public Policy {
            requiredApprovalsByWorkflow = Map.copyOf(requiredApprovalsByWorkflow);
        }
    }

    /** The reviewer and key entry for a key id, if the list names it. */
    public Optional<Map.Entry<Reviewer, ReviewerKey>> reviewerKey(String keyid) {
        for (Reviewer r : reviewers) {
            for (ReviewerKey k : r.keys()) if (k.key().keyid().equals(keyid)) return Optional.of(Map.entry(r, k));
        }
        return Optional.empty();
    }

    /** Whether {@code value} matches a scope list ({@code "*"}, exact, or {@code prefix*}). */
    public static boolean matches(List<String> patterns, String value) {
        for (String p : patterns) {
            if (p.equals("*") || p.equals(value)) return true;
            if (p.endsWith("*") && value.startsWith(p.substring(0, p.length() - 1))) return true;
        }
        return false;
    }

    /** Approvals a workflow needs: the first matching workflow pattern, else the default. */
    public int requiredApprovals(String workflowId) {
        for (Map.Entry<String, Integer> e : policy.requiredApprovalsByWorkflow().entrySet()) {
            if (matches(List.of(e.getKey()), workflowId)) return e.getValue();
        }
        return policy.requiredApprovalsDefault();
    }
}
