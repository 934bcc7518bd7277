package dev.runlens.store;

import dev.runlens.protocol.integrity.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Originals, byte-exact and content-addressed: {@code blobs/<sha[0:2]>/<sha>.json}. A blob is
 * written to a temp file in its own folder, forced to disk and moved atomically, so a reader never
 * sees a partial blob; a crash leaves at most a {@code .tmp} file, removed by {@link #sweep()}.
 */
public final class Blobs {
    private static final String TMP_PREFIX = ".tmp-";

    private final Path root;

    public Blobs(Path root) {
        this.root = root;
    }

    public Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha + ".json");
    }

    public static String sha(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** Stores {@code bytes} under its sha (no-op when present) and returns the sha. */
    public String put(byte[] bytes) {
        String sha = sha(bytes);
        Path target = path(sha);
        if (Files.exists(target)) return sha;
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), TMP_PREFIX, ".part");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return sha;
        } catch (IOException e) {
            throw new StoreException("Cannot store the original " + target + ": " + e.getMessage(), e);
        }
    }

    public byte[] read(String sha) {
        try {
            return Files.readAllBytes(path(sha));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the original stored under {@code sha}, if any. */
    public void delete(String sha) {
        try {
            Files.deleteIfExists(path(sha));
        } catch (IOException e) {
            throw new StoreException("Cannot remove the original " + path(sha) + ": " + e.getMessage(), e);
        }
    }

    /** Deletes temp files left by a crash. */
    public void sweep() {
        if (!Files.isDirectory(root)) return;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) continue;
                try (DirectoryStream<Path> tmps = Files.newDirectoryStream(d, TMP_PREFIX + "*")) {
                    for (Path t : tmps) Files.deleteIfExists(t);
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot clean " + root + ": " + e.getMessage(), e);
        }
    }
}
