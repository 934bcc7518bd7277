package dev.runlens.app;

import dev.runlens.app.ui.PlainText;

import dev.runlens.audit.AuditReport;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.protocol.integrity.VerificationReport;

import java.util.Locale;

/**
 * What the integrity banner says: the verdict in one big word, which file, why, the hashes that
 * show it, and how the strict checks went (a bundle can be VALID for the runtime and still fail them).
 *
 * @param evidence      hash lines ({@code declared  ...}), or empty
 * @param strictSummary finding counts, or empty when nothing was verified
 * @param strictOk      false when a strict finding of error severity exists
 * @param caution       the runtime says VALID but the strict checks or the audit found errors: the
 *                      verdict word stays the runtime's, the banner turns amber
 */
public record Banner(Verdict verdict, String headline, String fileName, String explanation, String evidence,
                     String strictSummary, boolean strictOk, boolean caution) {

    public Banner(Verdict verdict, String headline, String fileName, String explanation, String evidence,
                  String strictSummary, boolean strictOk) {
        this(verdict, headline, fileName, explanation, evidence, strictSummary, strictOk, false);
    }

    static final Banner NOTHING_OPEN = new Banner(Verdict.NONE, "No bundle open", "",
            "Open a run bundle with File → Open… or drop a .json file on this window.", "", "", true);

    static Banner verifying(String fileName) {
        return new Banner(Verdict.VERIFYING, "VERIFYING…", fileName, "Reading, parsing and hashing the file.", "", "", true);
    }

    static Banner failed(String fileName, Throwable failure) {
        return new Banner(Verdict.ERROR, "ERROR", fileName,
                "Could not verify the file: " + PlainText.of(String.valueOf(failure)), "", "", true);
    }

    static Banner of(String fileName, VerificationReport r) {
        Verdict verdict = Verdict.of(r);
        String headline = verdict == Verdict.REJECTED ? "REJECTED — " + PlainText.of(r.error().code()) : verdict.name();
        return new Banner(verdict, headline, fileName, explanation(verdict, r), evidence(verdict, r), strictSummary(r), r.errorCount() == 0);
    }

    /** The banner of a verified run whose audit is still running: the runtime's verdict, and that the audit runs. */
    static Banner auditing(String fileName, VerificationReport r) {
        Banner b = of(fileName, r);
        return new Banner(b.verdict(), b.headline(), fileName, b.explanation(), b.evidence(),
                b.strictSummary() + " · Audit: running…", b.strictOk(), false);
    }

    /** The banner of an inspected run: the runtime's verdict, plus the audit's error and warning counts. */
    static Banner of(String fileName, VerificationReport r, AuditReport audit) {
        Banner b = of(fileName, r);
        long errors = audit.count(Severity.ERROR);
        long warnings = audit.count(Severity.WARNING);
        String summary = b.strictSummary() + String.format(Locale.ROOT, " · Audit: %d error%s, %d warning%s",
                errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        boolean caution = b.verdict() == Verdict.VALID && (errors > 0 || !b.strictOk());
        String explanation = caution
                ? b.explanation() + " But the audit found errors in its content; see the Findings tab."
                : b.explanation();
        return new Banner(b.verdict(), b.headline(), fileName, explanation, b.evidence(), summary,
                b.strictOk() && errors == 0, caution);
    }

    private static String explanation(Verdict verdict, VerificationReport r) {
        return switch (verdict) {
            case VALID -> "The declared integrity.sha256 matches the hash the reference runtime computes.";
            case MISMATCH -> "The bundle was changed after it was sealed: the declared integrity.sha256 is not the hash of its content.";
            case MISSING -> "The bundle declares no integrity.sha256, so nothing shows it is unchanged.";
            case REJECTED -> "The reference runtime does not accept this file as a run bundle: " + PlainText.of(r.error().message());
            default -> "The reference runtime cannot give an integrity verdict for this bundle; see the findings.";
        };
    }

    private static String evidence(Verdict verdict, VerificationReport r) {
        return switch (verdict) {
            case VALID -> "sha256    " + r.computedSha256();
            case MISMATCH -> "declared  " + PlainText.of(r.declaredSha256()) + "\ncomputed  " + r.computedSha256();
            case MISSING -> "computed  " + r.computedSha256();
            default -> "";
        };
    }

    private static String strictSummary(VerificationReport r) {
        if (r.findings().isEmpty()) return "Strict checks: no findings";
        return "Strict checks: " + count(r, Severity.ERROR, "error") + ", " + count(r, Severity.WARNING, "warning")
                + ", " + count(r, Severity.NOTE, "note");
    }

    private static String count(VerificationReport r, Severity severity, String noun) {
        long n = r.findings().stream().filter(f -> f.severity() == severity).count();
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
