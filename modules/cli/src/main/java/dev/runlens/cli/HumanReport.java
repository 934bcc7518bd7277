package dev.runlens.cli;

import dev.runlens.protocol.integrity.Finding;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.protocol.integrity.VerificationReport;

import java.util.Locale;

/** The short human report of {@code verify} without {@code --json}. */
final class HumanReport {
    private HumanReport() {}

    static String render(VerificationReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.file()).append('\n');
        if (!r.accepted()) {
            sb.append("  accepted   no — ").append(r.error().code()).append(": ").append(r.error().message()).append('\n');
        } else {
            sb.append("  accepted   yes\n");
            sb.append("  integrity  ").append(integrity(r)).append('\n');
        }
        long errors = count(r, Severity.ERROR), warnings = count(r, Severity.WARNING), notes = count(r, Severity.NOTE);
        sb.append("  strict     ").append(r.strictOk() ? "ok" : !r.accepted() ? "FAILED (rejected)" : !r.valid() ? "FAILED (not valid)" : "FAILED")
                .append(String.format(Locale.ROOT, " (%d errors, %d warnings, %d notes)", errors, warnings, notes));
        for (Finding f : r.findings()) {
            sb.append("\n    ").append(String.format(Locale.ROOT, "%-7s", f.severity().label())).append(' ').append(f.code());
            if (!f.path().isEmpty()) sb.append("  ").append(f.path());
            if (!f.location().isEmpty()) sb.append(" (").append(f.location()).append(')');
            sb.append("\n            ").append(f.message());
        }
        return sb.toString();
    }

    private static String integrity(VerificationReport r) {
        return switch (r.integrity()) {
            case VALID -> "valid (sha256 " + r.computedSha256() + ")";
            case MISMATCH -> "MISMATCH — declared " + r.declaredSha256() + ", computed " + r.computedSha256();
            case MISSING -> "MISSING — no integrity.sha256 (computed " + r.computedSha256() + ")";
            case ERROR -> "ERROR — the reference runtime cannot give a verdict (see findings)";
        };
    }

    private static long count(VerificationReport r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).count();
    }
}
