package dev.runlens.audit;

import dev.runlens.protocol.integrity.Severity;

/**
 * One anomaly, named, graded and located ("expert info").
 *
 * @param code        stable code, see {@link FindingCatalog}
 * @param group       what kind of check found it
 * @param severity    error, warning or note (the catalog's grade for the code)
 * @param message     one line saying what is wrong here
 * @param path        JSON path of the value concerned ({@code trace[37].decision}); empty for the whole file
 * @param location    {@code line:column} of that value in the file, or empty when unknown
 * @param explanation why it matters and what to check (the catalog's text)
 * @param target      the event, step or artifact version it points at
 */
public record AuditFinding(String code, Group group, Severity severity, String message, String path, String location,
                           String explanation, Target target) {

    public FindingCatalog entry() {
        return FindingCatalog.valueOf(code);
    }

    /** {@code error DUPLICATE_EVENT_ID trace[12].id (48:13): message}. */
    @Override
    public String toString() {
        String where = (path.isEmpty() ? "" : " " + path) + (location.isEmpty() ? "" : " (" + location + ")");
        return severity.label() + " " + code + where + ": " + message;
    }
}
