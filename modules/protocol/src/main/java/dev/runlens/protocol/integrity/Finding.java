package dev.runlens.protocol.integrity;

/**
 * Something the reference runtime tolerates silently, named, graded and located.
 *
 * @param code     stable code (see {@link FindingCode})
 * @param severity error, warning or note
 * @param message  one line saying what is wrong
 * @param path     JSON path ({@code trace[37].approvedBy}) or empty for the whole file
 * @param location {@code line:column} in the file, or empty
 */
public record Finding(String code, Severity severity, String message, String path, String location) {

    public static Finding of(FindingCode code, String message, String path, String location) {
        return new Finding(code.name(), code.severity(), message, path == null ? "" : path, location == null ? "" : location);
    }
}
