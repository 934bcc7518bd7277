package dev.runlens.app;

import dev.runlens.app.ui.PlainText;

import dev.runlens.protocol.integrity.Finding;
import dev.runlens.protocol.integrity.Severity;

/** One row of the findings table: a strict finding with its text made safe to show. */
public record FindingRow(Severity severity, String code, String path, String location, String message) {

    static FindingRow of(Finding f) {
        return new FindingRow(f.severity(), PlainText.of(f.code()), PlainText.of(f.path()),
                PlainText.of(f.location()), PlainText.of(f.message()));
    }

    public String severityLabel() {
        return severity.label();
    }
}
