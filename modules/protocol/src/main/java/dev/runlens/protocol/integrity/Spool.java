package dev.runlens.protocol.integrity;

import dev.runlens.protocol.json.ByteSink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes written once and replayed once, in memory up to a limit and in a temporary file beyond it.
 * Canonical member order ({@code artifacts, engine, ruleSets, run, trace}) rarely matches file
 * order, so each member's canonical bytes wait here until the digest can take them in order.
 */
final class Spool implements ByteSink, AutoCloseable {
    /**
     * The first chunk; each next one doubles, up to {@link #MAX_CHUNK}. A large spool (a trace's
     * hundred megabytes of canonical JSON) is then mostly 8 MiB chunks, which G1 places in regions
     * of their own and never copies, instead of thousands of small arrays it would copy from young
     * to old generation while the file is read.
     */
    private static final int CHUNK = 1 << 16;
    private static final int MAX_CHUNK = 8 << 20;

    private final long memoryLimit;
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current;
    private int currentPos;
    private long size;
    private Path file;
    private OutputStream fileOut;

    Spool(long memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    long size() {
        return size;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        size += len;
        try {
            if (fileOut != null) {
                fileOut.write(b, off, len);
                return;
            }
            if (size > memoryLimit) {
                file = Files.createTempFile("runlens-spool", ".bin");
                file.toFile().deleteOnExit();
                fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                for (byte[] c : chunks) fileOut.write(c, 0, c == current ? currentPos : c.length);
                chunks.clear();
                current = null;
                fileOut.write(b, off, len);
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write temporary spool file", e);
        }
        while (len > 0) {
            if (current == null || currentPos == current.length) {
                current = new byte[current == null ? CHUNK : Math.min(MAX_CHUNK, current.length * 2)];
                currentPos = 0;
                chunks.add(current);
            }
            int n = Math.min(len, current.length - currentPos);
            System.arraycopy(b, off, current, currentPos, n);
            currentPos += n;
            off += n;
            len -= n;
        }
    }

    /** Writes everything spooled so far into {@code sink}. */
    void replayTo(ByteSink sink) {
        if (fileOut == null) {
            for (byte[] c : chunks) sink.write(c, 0, c == current ? currentPos : c.length);
            return;
        }
        try {
            fileOut.flush();
            byte[] buf = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buf)) > 0) sink.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read temporary spool file", e);
        }
    }

    @Override
    public void close() {
        chunks.clear();
        current = null;
        if (fileOut != null) {
            try {
                fileOut.close();
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file we could not delete is removed on exit
            }
            fileOut = null;
        }
    }
}
