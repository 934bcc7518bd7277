package dev.runlens.app.findings;

import dev.runlens.app.ui.PlainText;
import dev.runlens.audit.AuditFinding;
import dev.runlens.audit.FindingCatalog;
import dev.runlens.protocol.integrity.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Findings grouped for the tree: by severity (errors first), then by code in order of first
 * appearance, then the findings in report order. Only findings whose severity is shown and whose
 * code or message contains the filter (ignoring case) are kept; empty groups are left out.
 */
final class FindingsTree {
    private FindingsTree() {}

    static List<FindingNode> build(List<AuditFinding> findings, String filter, Set<Severity> shown) {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<FindingNode> groups = new ArrayList<>();
        for (Severity s : Severity.values()) {
            if (!shown.contains(s)) continue;
            Map<String, List<FindingNode>> byCode = new LinkedHashMap<>();
            for (AuditFinding f : findings) {
                if (f.severity() == s && matches(f, needle)) byCode.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(leaf(f));
            }
            if (byCode.isEmpty()) continue;
            List<FindingNode> codes = new ArrayList<>();
            byCode.forEach((code, leaves) -> codes.add(codeGroup(s, code, leaves)));
            int count = codes.stream().mapToInt(FindingNode::count).sum();
            groups.add(new FindingNode(FindingNode.Kind.SEVERITY, s, "", "", "", "", "", count,
                    Optional.empty(), codes));
        }
        return List.copyOf(groups);
    }

    private static boolean matches(AuditFinding f, String needle) {
        return needle.isEmpty() || f.code().toLowerCase(Locale.ROOT).contains(needle)
                || f.message().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static FindingNode codeGroup(Severity s, String code, List<FindingNode> leaves) {
        String title = FindingCatalog.find(code).map(FindingCatalog::title).orElse("");
        return new FindingNode(FindingNode.Kind.CODE, s, PlainText.of(code), title, "", "", "",
                leaves.size(), Optional.empty(), leaves);
    }

    private static FindingNode leaf(AuditFinding f) {
        return new FindingNode(FindingNode.Kind.FINDING, f.severity(), PlainText.of(f.code()), PlainText.of(f.message()),
                PlainText.of(f.path()), PlainText.of(f.location()), Targets.describe(f.target()), 1, Optional.of(f), List.of());
    }
}
