package dev.runlens.signing.log;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A decision-log checkpoint (design B9): what a per-run log held when a checkpointer (an ingest
 * service or an auditor) signed it — its size, its heads, its entries and their RFC 6962 Merkle root.
 * A later log that is shorter, or whose checkpointed entries or heads differ, has been truncated or
 * rewritten; {@code checkpointedAt} is a trusted upper bound on when each listed decision existed.
 *
 * <p>{@code entries} are the {@code entryDigest}s in {@code seq} order, ties broken by the digest;
 * the Merkle leaves are the 32 SHA-256 bytes of each digest (not its {@code sha256:} text).
 */
public record Checkpoint(String runId, long size, List<String> heads, String merkleRoot, List<String> entries, String checkpointedAt) {
    public static final String PREDICATE_TYPE = "https://runlens.dev/attestation/gate-decision-log-checkpoint/v1";
    public static final String SUBJECT_PREFIX = "lwb-decision-log/";

    public Checkpoint {
        heads = List.copyOf(heads);
        entries = List.copyOf(entries);
    }

    /** The checkpoint of these (distinct) entries of {@code runId}'s log at {@code at}. */
    public static Checkpoint of(String runId, Collection<LogEntry> entries, Instant at) {
        List<String> ordered = inSeqOrder(entries).stream().map(LogEntry::entryDigest).toList();
        return new Checkpoint(runId, ordered.size(), headsOf(entries), merkleRoot(ordered), ordered,
                DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** Entries by {@code seq}, ties by {@code entryDigest}: the order a checkpoint lists them in. */
    public static List<LogEntry> inSeqOrder(Collection<LogEntry> entries) {
        List<LogEntry> out = new ArrayList<>(entries);
        out.sort(Comparator.comparingLong(LogEntry::seq).thenComparing(LogEntry::entryDigest));
        return out;
    }

    /** The digests of the entries no other one of them names in {@code prev}, sorted. */
    public static List<String> headsOf(Collection<LogEntry> entries) {
        Set<String> referenced = new HashSet<>();
        for (LogEntry e : entries) referenced.addAll(e.prev());
        return entries.stream().map(LogEntry::entryDigest).filter(d -> !referenced.contains(d)).distinct().sorted().toList();
    }

    /** RFC 6962 Merkle Tree Hash (hex) over {@code sha256:<hex>} entry digests, each leaf being the digest's 32 bytes. */
    public static String merkleRoot(List<String> entryDigests) {
        List<byte[]> leaves = new ArrayList<>(entryDigests.size());
        for (String d : entryDigests) leaves.add(HexFormat.of().parseHex(d.substring("sha256:".length())));
        return HexFormat.of().formatHex(MerkleTree.root(leaves));
    }

    public String subjectName() {
        return SUBJECT_PREFIX + runId;
    }

    public Instant checkpointedAtInstant() {
        return Instant.parse(checkpointedAt);
    }

    /** {@code <runId>.checkpoint.<size>.dsse.json} (design B2). */
    public String fileName() {
        return runId + ".checkpoint." + size + ".dsse.json";
    }
}
