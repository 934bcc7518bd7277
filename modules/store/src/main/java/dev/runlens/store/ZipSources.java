package dev.runlens.store;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@code *.json} entries of one ZIP, guarded: no entry may name a path outside the archive
 * (zip-slip: absolute, drive-letter or {@code ..} names), and the entry count, each entry's and the
 * archive's uncompressed bytes are capped (zip bombs). Errors name the archive and the entry.
 */
final class ZipSources implements Closeable {
    private final Path archive;
    private final ZipFile zip;
    private final ImportLimits limits;
    private long totalRead;

    ZipSources(Path archive, ImportLimits limits) throws IOException {
        this.archive = archive;
        this.zip = new ZipFile(archive.toFile());
        this.limits = limits;
    }

    List<ImportSource> sources() throws IOException {
        if (zip.size() > limits.maxArchiveEntries()) {
            throw new IOException(archive + ": " + zip.size() + " entries, more than the limit of "
                    + limits.maxArchiveEntries());
        }
        List<ImportSource> out = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (!e.isDirectory() && e.getName().toLowerCase().endsWith(".json")) out.add(source(e));
        }
        return out;
    }

    private ImportSource source(ZipEntry e) {
        String name = archive + "!/" + e.getName();
        return new ImportSource() {
            @Override public String name() { return name; }
            @Override public long size() { return Math.max(0, e.getSize()); }
            @Override public byte[] read() throws IOException { return ZipSources.this.read(e, name); }
        };
    }

    static boolean unsafe(String entry) {
        String n = entry.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) return true;
        for (String part : n.split("/")) if (part.equals("..")) return true;
        return false;
    }

    private byte[] read(ZipEntry e, String name) throws IOException {
        if (unsafe(e.getName())) throw new IOException(name + ": unsafe entry name (points outside the archive)");
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            long entryBytes = 0;
            for (int n; (n = in.read(buf)) >= 0; ) {
                entryBytes += n;
                totalRead += n;
                if (entryBytes > limits.maxFileBytes()) {
                    throw new IOException(name + ": more than " + limits.maxFileBytes() + " uncompressed bytes (entry limit)");
                }
                if (totalRead > limits.maxArchiveBytes()) {
                    throw new IOException(name + ": " + archive + " expands past " + limits.maxArchiveBytes()
                            + " uncompressed bytes (archive limit)");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
