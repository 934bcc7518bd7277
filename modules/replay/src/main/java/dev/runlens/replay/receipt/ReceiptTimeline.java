package dev.runlens.replay.receipt;

import dev.runlens.protocol.model.ModelIo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Receipts placed on the trace, for a replay cursor ({@code position} = number of applied events).
 * A receipt's <em>anchor</em> is its response event (else its last chunk, else its request); the
 * receipt {@link #at} a position is the one owning the last applied event that belongs to a
 * receipt (its request, a chunk or its response; a request answered several times belongs to its
 * first receipt). Next/previous move between anchors, so stepping visits every receipt once, in
 * order of their anchors.
 */
public final class ReceiptTimeline {
    private final List<Receipt> byAnchor;
    private final int[] anchors;
    private final Map<Receipt, Integer> ordinals = new IdentityHashMap<>();
    private final TreeMap<Integer, Receipt> owners = new TreeMap<>();

    private ReceiptTimeline(List<Receipt> receipts) {
        List<Receipt> sorted = new ArrayList<>(receipts);
        sorted.removeIf(r -> anchor(r) < 0);
        sorted.sort(Comparator.comparingInt(ReceiptTimeline::anchor));
        byAnchor = List.copyOf(sorted);
        anchors = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Receipt r = sorted.get(i);
            anchors[i] = anchor(r);
            ordinals.put(r, i);
        }
        for (Receipt r : receipts) {
            r.request().ifPresent(m -> owners.putIfAbsent(m.index(), r));
            r.chunks().forEach(m -> owners.putIfAbsent(m.index(), r));
            r.response().ifPresent(m -> owners.put(m.index(), r));
        }
    }

    public static ReceiptTimeline of(Receipts receipts) {
        return new ReceiptTimeline(receipts.all());
    }

    /** The trace index of a receipt's response, else of its last chunk, else of its request (-1 if it has no event). */
    public static int anchor(Receipt r) {
        if (r.response().isPresent()) return r.response().get().index();
        if (!r.chunks().isEmpty()) return r.chunks().get(r.chunks().size() - 1).index();
        return r.request().map(ModelIo::index).orElse(-1);
    }

    /** Receipts in order of their anchors. */
    public List<Receipt> receipts() {
        return byAnchor;
    }

    public int size() {
        return byAnchor.size();
    }

    /** A receipt's place in {@link #receipts()} (0-based), or -1 for one not on this timeline. */
    public int ordinal(Receipt r) {
        return ordinals.getOrDefault(r, -1);
    }

    /** The receipt of the last applied event (index below {@code position}) that belongs to one. */
    public Optional<Receipt> at(int position) {
        Map.Entry<Integer, Receipt> e = owners.lowerEntry(position);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** The first position after {@code position} where the cursor is just after an anchor: the next receipt. */
    public OptionalInt next(int position) {
        int i = Arrays.binarySearch(anchors, position); // anchor a is just applied at position a + 1
        int from = i >= 0 ? i : -i - 1;
        return from < anchors.length ? OptionalInt.of(anchors[from] + 1) : OptionalInt.empty();
    }

    /** The last position before {@code position} where the cursor is just after an anchor: the previous receipt. */
    public OptionalInt previous(int position) {
        int i = Arrays.binarySearch(anchors, position - 1);
        int before = (i >= 0 ? i : -i - 1) - 1;
        return before >= 0 ? OptionalInt.of(anchors[before] + 1) : OptionalInt.empty();
    }
}
