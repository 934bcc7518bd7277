package dev.runlens.app.findings;

import dev.runlens.app.ui.PlainText;
import dev.runlens.audit.AuditFinding;
import dev.runlens.audit.FindingCatalog;
import dev.runlens.protocol.integrity.Severity;

import java.util.Optional;

/** The detail area's plain text for a row: the finding and the catalog's explanation of its code. */
final class FindingDetail {
    private FindingDetail() {}

    static String of(FindingNode node) {
        return switch (node.kind()) {
            case SEVERITY -> node.label() + "\n\n" + meaning(node.severity());
            case CODE -> FindingCatalog.find(node.code()).map(FindingDetail::entry)
                    .orElse(node.code() + "\n\nNot in the finding catalog.");
            case FINDING -> finding(node.finding().orElseThrow());
        };
    }

    private static String finding(AuditFinding f) {
        Optional<FindingCatalog> c = FindingCatalog.find(f.code());
        StringBuilder sb = new StringBuilder();
        sb.append(PlainText.of(f.code())).append(c.map(e -> " — " + e.title()).orElse("")).append('\n');
        sb.append(f.severity().label()).append(" · ").append(f.group().label()).append("\n\n");
        sb.append(PlainText.of(f.message())).append("\n\n");
        sb.append("JSON path: ").append(f.path().isEmpty() ? "(the whole file)" : PlainText.of(f.path())).append('\n');
        sb.append("Location: ").append(f.location().isEmpty() ? "unknown" : "line:column " + PlainText.of(f.location())).append('\n');
        String target = Targets.describe(f.target());
        sb.append("Target: ").append(target.isEmpty() ? "none" : target).append("\n\n");
        sb.append(c.map(FindingCatalog::explanation).orElse(PlainText.of(f.explanation())));
        return sb.toString();
    }

    private static String entry(FindingCatalog c) {
        return c.code() + " — " + c.title() + "\n" + c.severity().label() + " · " + c.group().label() + "\n\n" + c.explanation();
    }

    private static String meaning(Severity s) {
        return switch (s) {
            case ERROR -> "Errors: the bundle cannot be trusted as written (the runtime itself never writes this, or refuses to import it).";
            case WARNING -> "Warnings: something an auditor should look at, including oddities the reference runtime produces itself.";
            case NOTE -> "Notes: worth knowing; nothing is wrong with the content.";
        };
    }
}
