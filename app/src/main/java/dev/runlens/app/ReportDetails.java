package dev.runlens.app;

import dev.runlens.app.ui.PlainText;

import dev.runlens.protocol.integrity.VerificationReport;

import java.util.Locale;

/** The details grid of one report, every value already text; {@value #ABSENT} where there is none. */
public record ReportDetails(
        String file,
        String accepted,
        String errorCode,
        String errorMessage,
        String errorPath,
        String declaredSha256,
        String computedSha256,
        String rawSha256,
        String fileSha256,
        String fileSize) {

    static final String ABSENT = "—";
    static final ReportDetails EMPTY = new ReportDetails(ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT);

    static ReportDetails of(VerificationReport r) {
        boolean rejected = r.error() != null;
        return new ReportDetails(
                orAbsent(r.file()),
                r.accepted() ? "yes" : "no",
                rejected ? orAbsent(r.error().code()) : ABSENT,
                rejected ? orAbsent(r.error().message()) : ABSENT,
                rejected ? orAbsent(r.error().path()) : ABSENT,
                orAbsent(r.declaredSha256()),
                orAbsent(r.computedSha256()),
                orAbsent(r.rawSha256()),
                orAbsent(r.fileSha256()),
                String.format(Locale.ROOT, "%,d bytes", r.bytes()));
    }

    private static String orAbsent(String s) {
        return s == null || s.isEmpty() ? ABSENT : PlainText.of(s);
    }
}
