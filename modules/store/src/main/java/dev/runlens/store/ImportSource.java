package dev.runlens.store;

import java.io.IOException;

/** One file to import: a plain file, an archive entry or bytes from elsewhere, read only when its turn comes. */
public interface ImportSource {
    /** How the library names the file ({@code /x/a.json}, {@code runs.zip!/a.json}, ...). */
    String name();

    /** Size as known before reading (an archive's declared size; 0 when unknown), for progress only. */
    long size();

    byte[] read() throws IOException;

    /** How to read the bytes of {@link #of}. */
    @FunctionalInterface
    interface Reader {
        byte[] read() throws IOException;
    }

    /** A source named {@code name} whose bytes {@code reader} gives (e.g. a class-path resource). */
    static ImportSource of(String name, long size, Reader reader) {
        return new ImportSource() {
            @Override public String name() { return name; }
            @Override public long size() { return size; }
            @Override public byte[] read() throws IOException { return reader.read(); }
        };
    }
}
