package dev.runlens.protocol.integrity;

/** How much a finding matters: an error means the content cannot be trusted as written. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
