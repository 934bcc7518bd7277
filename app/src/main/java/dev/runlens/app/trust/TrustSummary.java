package dev.runlens.app.trust;

import dev.runlens.app.ui.PlainText;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.workbench.KeyFingerprints;
import dev.runlens.workbench.TrustListInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the trust screen says about the list in use, as plain texts: where it is, its version and
 * dates, whether it has expired ("stale") or when it will, and its verdict against the pinned root
 * keys and the highest version seen — with every reason when it is not trusted.
 */
public record TrustSummary(Standing standing, String verdict, List<String> reasons, String file, String version, String issuedAt,
                           String expiry, boolean expired, String signatures, String pinned, String policy, String digest) {

    /** How the list stands: what decisions checked with it show. */
    public enum Standing {
        /** Verified and not expired. */
        TRUSTED,
        /** Verified but expired: decisions show "stale trust list". */
        STALE,
        /** Not verified (below the threshold, a rollback, an unsigned draft...): decisions show "untrusted key". */
        REJECTED,
        /** No root keys are pinned yet, so it cannot be verified. */
        UNPINNED
    }

    public TrustSummary {
        reasons = List.copyOf(reasons);
    }

    static TrustSummary of(TrustListInfo info, Instant now) {
        TrustList l = info.list();
        Standing standing = info.verdict().map(v -> switch (v.status()) {
            case TRUSTED -> Standing.TRUSTED;
            case STALE -> Standing.STALE;
            case REJECTED -> Standing.REJECTED;
        }).orElse(Standing.UNPINNED);
        List<String> reasons = info.verdict().map(TrustListVerdict::reasons).orElse(List.of()).stream().map(PlainText::of).toList();
        boolean expired = TrustRows.time(l.expires()).map(t -> !t.isAfter(now)).orElse(true);
        String signatures = info.draft() ? "none: an unsigned draft" : info.signedBy().size() + " (root threshold " + l.root().threshold()
                + " of " + l.root().keys().size() + ")";
        return new TrustSummary(standing, verdict(standing, info), reasons, PlainText.of(info.file().toString()), "version " + l.version()
                + l.previous().map(p -> " (previous " + PlainText.of(p) + ")").orElse(""), PlainText.of(l.issuedAt()), expiry(l.expires(), now),
                expired, signatures, pinned(info), policy(l.policy()), info.digest());
    }

    private static String verdict(Standing s, TrustListInfo info) {
        long highest = info.state().highestVersion();
        return switch (s) {
            case TRUSTED -> "Trusted: signed by the pinned root keys; version " + info.list().version() + " (the highest seen is " + highest + ").";
            case STALE -> "Stale: verified, but expired. Decisions checked with it show \"stale trust list\" until a newer version is signed.";
            case REJECTED -> (info.draft() ? "Not trusted: an unsigned draft of version " + info.list().version()
                    + ". Sign it with a root key; until then decisions show \"untrusted key\"."
                    : "Not trusted: decisions checked with it show \"untrusted key\".");
            case UNPINNED -> "Not verified: no root keys are pinned yet. Compare the root keys' fingerprints with your administrator,"
                    + " then pin them.";
        };
    }

    /** "expires 2026-12-16T08:00:00Z — in 44 days", or "stale — expired 3 days ago (…)". */
    static String expiry(String expires, Instant now) {
        return TrustRows.time(expires).map(t -> {
            Duration d = Duration.between(now, t);
            if (!d.isNegative() && !d.isZero()) return "expires " + expires + " — in " + span(d);
            return "stale — expired " + span(d.negated()) + " ago (" + expires + ")";
        }).orElse(PlainText.of("expires " + expires + " (not a time)"));
    }

    private static String span(Duration d) {
        long days = d.toDays();
        if (days >= 1) return days + (days == 1 ? " day" : " days");
        long hours = d.toHours();
        if (hours >= 1) return hours + (hours == 1 ? " hour" : " hours");
        long minutes = Math.max(d.toMinutes(), 0);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static String pinned(TrustListInfo info) {
        var root = info.state().root();
        if (root.isEmpty()) return "no root keys pinned; highest version seen " + info.state().highestVersion();
        String keys = root.get().keys().stream().map(k -> KeyFingerprints.grouped(k.keyid())).collect(Collectors.joining("; "));
        return (info.rootPinned() ? "this list's root" : "another root") + " (threshold " + root.get().threshold() + "): " + keys
                + "; highest version seen " + info.state().highestVersion() + ", " + info.state().revocationsSeen().size() + " revocation(s) remembered";
    }

    private static String policy(TrustList.Policy p) {
        String byWorkflow = p.requiredApprovalsByWorkflow().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> PlainText.of(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(", "));
        return "required approvals " + p.requiredApprovalsDefault() + (byWorkflow.isEmpty() ? "" : " (" + byWorkflow + ")")
                + " · max clock skew " + p.maxClockSkewSeconds() + " s";
    }
}
