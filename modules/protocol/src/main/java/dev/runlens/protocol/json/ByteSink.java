package dev.runlens.protocol.json;

/** Where canonical bytes go: a digest, a buffer, a spool file. */
@FunctionalInterface
public interface ByteSink {
    void write(byte[] bytes, int offset, int length);
}
