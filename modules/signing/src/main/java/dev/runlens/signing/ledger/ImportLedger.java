package dev.runlens.signing.ledger;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.log.DecisionLog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The import ledger (design B7 inputs "the decision ids already imported", B11 step 2): JSON Lines,
 * one line per decision recorded by an import, never rewritten. An append takes a lock file, writes
 * the old bytes and the new lines to a temporary file and moves it over the ledger atomically, so a
 * crash leaves the old ledger or the new one, never half a line.
 */
public final class ImportLedger {
    private ImportLedger() {}

    /**
     * One decision an import recorded.
     *
     * @param outcome  {@code imported}, {@code awaiting-approvals} or {@code blocked}
     * @param liveBundleSha256 the live bundle's recomputed integrity the decision was imported against
     * @param calls    the runtime methods handed back, in order (empty while awaiting approvals)
     */
    public record Entry(String importedAt, String runId, String decisionId, String entryDigest, String requestEventId, String stepId,
                        String gate, String decision, String principal, String keyid, long seq, String outcome, String liveBundleSha256,
                        long liveTraceLength, List<String> calls) {
        public Entry {
            calls = List.copyOf(calls);
        }

        JsonValue toJson() {
            return JsonBuilder.object().put("importedAt", importedAt).put("runId", runId).put("decisionId", decisionId)
                    .put("entryDigest", entryDigest).put("requestEventId", requestEventId).put("stepId", stepId).put("gate", gate)
                    .put("decision", decision).put("principal", principal).put("keyid", keyid).put("seq", seq).put("outcome", outcome)
                    .put("liveBundleSha256", liveBundleSha256).put("liveTraceLength", liveTraceLength)
                    .put("calls", JsonBuilder.strings(calls)).build();
        }

        static Entry read(JsonValue v) throws StrictJsonException {
            Fields f = Fields.root(v, "entry");
            return new Entry(f.str("importedAt"), f.text("runId"), f.text("decisionId"), f.text("entryDigest"), f.text("requestEventId"),
                    f.text("stepId"), f.text("gate"), f.text("decision"), f.text("principal"), f.text("keyid"), f.integer("seq"),
                    f.text("outcome"), f.str("liveBundleSha256"), f.integer("liveTraceLength"), f.strings("calls"));
        }
    }

    /** The ledger's entries; none when the file does not exist. */
    public static List<Entry> read(Path file) throws IOException {
        if (!Files.exists(file)) return List.of();
        List<Entry> out = new ArrayList<>();
        for (DecisionLog.Line line : DecisionLog.read(file)) {
            try {
                out.add(Entry.read(StrictJson.parse(line.bytes())));
            } catch (StrictJsonException e) {
                throw new IOException(file + " line " + line.number() + ": not an import-ledger entry: " + e.getMessage());
            }
        }
        return out;
    }

    /** The entry recorded for a decision id, if any. */
    public static Optional<Entry> find(List<Entry> entries, String decisionId) {
        return entries.stream().filter(e -> e.decisionId().equals(decisionId)).findFirst();
    }

    /** What a transaction decided: its result and the entries to append. */
    public record Update<T>(T result, List<Entry> append) {
        public Update {
            append = List.copyOf(append);
        }
    }

    /**
     * Reads the ledger, lets {@code decide} choose what to append, and appends it — all under the
     * ledger's lock, so two imports of the same decision cannot both record it. Old lines are never
     * changed; the file is replaced atomically.
     */
    public static <T> T update(Path file, Function<List<Entry>, Update<T>> decide) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path lock = abs.resolveSibling(abs.getFileName() + ".lock");
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
            Update<T> u = decide.apply(read(abs));
            if (!u.append().isEmpty()) write(abs, u.append());
            return u.result();
        }
    }

    /** Appends the entries (under the lock, atomically). */
    public static void append(Path file, List<Entry> entries) throws IOException {
        update(file, existing -> new Update<>(null, entries));
    }

    private static void write(Path abs, List<Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (Files.exists(abs)) {
            byte[] old = Files.readAllBytes(abs);
            out.writeBytes(old);
            if (old.length > 0 && old[old.length - 1] != '\n') out.write('\n');
        }
        for (Entry e : entries) {
            out.writeBytes(StrictJson.asWritten(e.toJson()));
            out.write('\n');
        }
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        try (FileChannel t = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            t.write(ByteBuffer.wrap(out.toByteArray()));
            t.force(true);
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
