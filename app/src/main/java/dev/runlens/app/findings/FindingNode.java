package dev.runlens.app.findings;

import dev.runlens.audit.AuditFinding;
import dev.runlens.protocol.integrity.Severity;

import java.util.List;
import java.util.Optional;

/**
 * One row of the findings tree: a severity group, a code group within it, or a finding. The
 * column texts are plain text already ({@code PlainText}); {@code code} is empty for a severity
 * group, {@code message} is the catalog title for a code group, and {@code finding} is the finding
 * itself for a finding row.
 *
 * @param count the findings shown under this row (1 for a finding)
 */
public record FindingNode(Kind kind, Severity severity, String code, String message, String path, String location,
                          String target, int count, Optional<AuditFinding> finding, List<FindingNode> children) {

    public enum Kind { SEVERITY, CODE, FINDING }

    public FindingNode {
        children = List.copyOf(children);
    }

    public boolean isGroup() {
        return kind != Kind.FINDING;
    }

    /** The first column: {@code 3 errors} for a severity group, {@code CODE (2)} for a code group, the code for a finding. */
    public String label() {
        return switch (kind) {
            case SEVERITY -> count + " " + severity.label() + (count == 1 ? "" : "s");
            case CODE -> code + " (" + count + ")";
            case FINDING -> code;
        };
    }
}
