package dev.runlens.protocol.integrity;

import dev.runlens.protocol.json.JsonReadException;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.Positions;
import dev.runlens.protocol.json.ReadLimits;
import dev.runlens.protocol.json.ReadNote;
import dev.runlens.protocol.schema.MigrationRegistry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a run bundle file the way the reference runtime imports one — bytes decoded as Node does,
 * {@code JSON.parse}, migration, the zod gate, {@code verifyRunBundleIntegrity} on the parsed
 * object — and reports the same answers plus strict findings. Streams: with
 * {@link Options#retainTrees()} off, memory stays bounded by the largest single trace event.
 */
public final class BundleReader {

    /**
     * @param limits           reader limits
     * @param migrate          {@code parseRunBundleJson}'s {@code migrate} option (default true)
     * @param migrations       registered migrations (none in protocol 1.0.0)
     * @param retainTrees      keep the raw and normalised trees for display (off for plain verification)
     * @param spoolMemoryLimit bytes of canonical JSON kept in memory per member before spilling to a temp file
     *                         (default: 32 MiB, or an eighth of the maximum heap when that is smaller)
     */
    public record Options(ReadLimits limits, boolean migrate, MigrationRegistry migrations, boolean retainTrees,
                          long spoolMemoryLimit) {
        public static final Options VERIFY = new Options(ReadLimits.DEFAULT, true, MigrationRegistry.standard(), false,
                defaultSpoolMemoryLimit());
        public static final Options LOAD = VERIFY.withRetainTrees(true);

        /**
         * 32 MiB, but never more than an eighth of the heap: a bundle's trace and, when the file
         * carries content the schema strips, its raw twin are spooled side by side, and a small
         * heap ({@code -Xmx32m}) must still leave room for parsing.
         */
        static long defaultSpoolMemoryLimit() {
            return Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 8);
        }

        public Options withRetainTrees(boolean retain) {
            return new Options(limits, migrate, migrations, retain, spoolMemoryLimit);
        }

        public Options withMigrate(boolean m) {
            return new Options(limits, m, migrations, retainTrees, spoolMemoryLimit);
        }

        public Options withLimits(ReadLimits l) {
            return new Options(l, migrate, migrations, retainTrees, spoolMemoryLimit);
        }
    }

    /**
     * The report, and the trees when retained (raw as {@code JSON.parse} gives it; normalised as zod
     * outputs it); {@code positions}, where the root members and their elements are in the file,
     * when it was read from memory straight from its bytes (else null).
     */
    public record Loaded(VerificationReport report, JsonValue rawTree, JsonValue normalizedTree, Positions positions) {
        public Loaded(VerificationReport report, JsonValue rawTree, JsonValue normalizedTree) {
            this(report, rawTree, normalizedTree, null);
        }
    }

    /**
     * Files at least this large are gated and hashed on a second thread while they are parsed
     * (when the machine has more than one processor): the schema gate, canonical bytes and payload
     * hashes of element {@code n} are computed while element {@code n + 1} is read. Same steps,
     * same order, same answers; about half of the work moves off the reading thread.
     */
    static final long PIPELINE_MIN_BYTES = 8L << 20;

    private final Options options;
    private final JsonReader json;
    private final long pipelineMinBytes;

    public BundleReader(Options options) {
        this(options, Runtime.getRuntime().availableProcessors() > 1 ? PIPELINE_MIN_BYTES : Long.MAX_VALUE);
    }

    private BundleReader(Options options, long pipelineMinBytes) {
        // a migration needs the whole raw object, as the runtime's migrate() receives it
        this.options = options.migrations().list().isEmpty() ? options : options.withRetainTrees(true);
        this.json = JsonReader.hardened(options.limits());
        this.pipelineMinBytes = pipelineMinBytes;
    }

    /** This reader, hashing on a second thread from {@code minBytes} on (0: always; tests compare both ways). */
    BundleReader pipelinedFrom(long minBytes) {
        return new BundleReader(options, minBytes);
    }

    public static BundleReader verifier() {
        return new BundleReader(Options.VERIFY);
    }

    public static BundleReader loader() {
        return new BundleReader(Options.LOAD);
    }

    public Loaded read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in, Files.size(file), null);
        } catch (NoSuchFileException e) {
            return ioError(name, "no such file");
        } catch (IOException e) {
            return ioError(name, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads a file already in memory. Plain, well-formed JSON is parsed straight from its bytes
     * ({@link JsonReader#tryStream}); anything else — a note, an error — is read again the streaming
     * way, which reports it. Same report and trees either way.
     */
    public Loaded read(String name, byte[] bytes) {
        return read(name, bytes, null);
    }

    /**
     * Told, on the reading thread, when a file's trees are read and gated while its canonical
     * hashes are still being computed (on a second thread, for a large file): work that needs only
     * the trees (the typed model, say) runs meanwhile instead of after the verdict. Told at most
     * once, with the very trees the {@link Loaded} then carries; not told when the file is not a
     * JSON object, needs a migration, or when trees are not retained.
     */
    @FunctionalInterface
    public interface WhileHashing {
        /**
         * @param accepted   whether the schema accepts the bundle (its report will say the same)
         * @param raw        the tree as {@code JSON.parse} gives it
         * @param normalized the tree as the schema outputs it; null when not accepted
         */
        void trees(boolean accepted, JsonValue raw, JsonValue normalized);
    }

    /** {@link #read(String, byte[])}, handing the trees to {@code whileHashing} (may be null) before the hashes are done. */
    public Loaded read(String name, byte[] bytes, WhileHashing whileHashing) {
        HashLane lane = lane(bytes.length);
        FileHash fileSha = new FileHash(bytes, lane.isThreaded());
        try (BundleProcessor proc = new BundleProcessor(inMemory(options, bytes.length), lane)) {
            Optional<JsonReader.Result> r = json.tryStream(bytes, proc);
            if (r.isPresent()) return finish(name, proc, r.get(), fileSha, whileHashing);
        }
        try {
            return read(name, new ByteArrayInputStream(bytes), bytes.length, whileHashing);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * For a file already in memory, its canonical bytes may wait in memory too: up to about the
     * file's size, never more than a quarter of the heap. (The temporary file is for files streamed
     * from disk, which may be larger than the heap should hold.)
     */
    private static Options inMemory(Options o, long size) {
        long limit = Math.max(o.spoolMemoryLimit(), Math.min(size + (size >> 2), Runtime.getRuntime().maxMemory() / 4));
        return new Options(o.limits(), o.migrate(), o.migrations(), o.retainTrees(), limit);
    }

    public Loaded read(String name, InputStream in) throws IOException {
        return read(name, in, -1, null);
    }

    /** A second hashing thread for a large input ({@code size} -1: unknown, never). */
    private HashLane lane(long size) {
        return size >= 0 && size >= pipelineMinBytes ? HashLane.threaded() : HashLane.direct();
    }

    private Loaded read(String name, InputStream in, long size, WhileHashing whileHashing) throws IOException {
        MessageDigest fileDigest = sha256();
        long[] count = {0};
        DigestInputStream din = new DigestInputStream(new java.io.FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) count[0] += n;
                return n;
            }

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) count[0]++;
                return c;
            }
        }, fileDigest);
        try (BundleProcessor proc = new BundleProcessor(options, lane(size))) {
            JsonReader.Result r;
            try {
                r = json.stream(din, proc);
            } catch (JsonReadException e) {
                drain(din);
                String where = e.where().isEmpty() ? "" : " (" + e.where() + ")";
                String msg = "INVALID_JSON".equals(e.code()) ? "Run bundle is not valid JSON: " + e.getMessage() + where
                        : e.getMessage() + where;
                return new Loaded(new VerificationReport(name, count[0], hex(fileDigest), false,
                        new BundleError(e.code(), msg, e.line() > 0 ? e.line() + ":" + e.column() : ""),
                        IntegrityVerdict.ERROR, null, null, null, List.of()), null, null);
            }
            drain(din);
            String fileSha = hex(fileDigest);
            return finish(name, proc, r, () -> fileSha, whileHashing);
        }
    }

    /** The verdict once {@code proc} has seen the whole document. */
    private Loaded finish(String name, BundleProcessor proc, JsonReader.Result r, Supplier<String> fileSha,
                          WhileHashing whileHashing) {
        BundleProcessor.Outcome o = proc.finish(r.notes(), whileHashing);
        if (o.needsMigration()) {
            return migrated(name, r.bytes(), fileSha.get(), o.rawTree(), r.notes());
        }
        VerificationReport report = new VerificationReport(name, r.bytes(), fileSha.get(), o.accepted(), o.error(),
                o.integrity(), o.declared(), o.computed(), o.raw(), o.findings());
        return new Loaded(report, o.rawTree(), o.normalizedTree(), r.positions());
    }

    /**
     * The SHA-256 of a whole file in memory: for a large file on its own thread, started before the
     * parse and taken after it, so it costs the reading thread nothing.
     */
    private static final class FileHash implements Supplier<String> {
        private final byte[] bytes;
        private final Thread thread;
        private String hex;

        FileHash(byte[] bytes, boolean aside) {
            this.bytes = bytes;
            this.thread = aside ? new Thread(this::compute, "runlens-file-hash") : null;
            if (thread != null) {
                thread.setDaemon(true);
                thread.start();
            }
        }

        private void compute() {
            hex = Sha256.hex(bytes);
        }

        @Override
        public String get() {
            if (thread == null) {
                compute();
                return hex;
            }
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            return hex;
        }
    }

    /** Applies registered migrations to the whole raw tree, then gates and hashes the result. */
    private Loaded migrated(String name, long bytes, String fileSha, JsonValue raw, List<ReadNote> notes) {
        MigrationRegistry.Outcome m = options.migrations().migrate(raw, dev.runlens.protocol.schema.BundleSchemas.PROTOCOL_VERSION);
        if (m.error() != null) {
            return new Loaded(new VerificationReport(name, bytes, fileSha, false,
                    new BundleError("UNSUPPORTED_PROTOCOL_VERSION", m.error(), "protocolVersion"),
                    IntegrityVerdict.ERROR, null, null, null, List.of()), raw, null);
        }
        try (BundleProcessor proc = new BundleProcessor(options.withMigrate(false))) {
            proc.feed(m.bundle());
            BundleProcessor.Outcome o = proc.finish(notes);
            BundleError err = o.error() == null ? null
                    : new BundleError(o.error().code(), "Migrated bundle failed validation: " + o.error().message(), o.error().path());
            return new Loaded(new VerificationReport(name, bytes, fileSha, o.accepted(), err, o.integrity(), o.declared(),
                    o.computed(), o.raw(), o.findings()), raw, o.normalizedTree());
        }
    }

    private static Loaded ioError(String name, String why) {
        return new Loaded(new VerificationReport(name, 0, null, false, new BundleError("IO_ERROR", name + ": " + why, ""),
                IntegrityVerdict.ERROR, null, null, null, List.of()), null, null);
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        while (in.read(buf) >= 0) {
            // hash the rest of the file for fileSha256
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest());
    }
}
