package dev.runlens.replay.receipt;

import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.ToolCall;
import dev.runlens.protocol.model.TraceEvent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The model calls of a bundle. Each response is one receipt. A response with a
 * {@code correlationId} answers the latest request with that id (several responses may answer one
 * request); without one, the oldest unanswered request of the same step that has none either.
 * Stream chunks belong to the next response of their id (or step); a request nobody answered is a
 * receipt of its own, with the chunks that arrived for it. Receipts are in order of their first
 * event.
 */
public final class Receipts {
    private final List<Receipt> receipts;
    private final List<ToolUse> toolCalls;

    private Receipts(List<Receipt> receipts, List<ToolUse> toolCalls) {
        this.receipts = List.copyOf(receipts);
        this.toolCalls = List.copyOf(toolCalls);
    }

    public static Receipts of(RunBundle bundle) {
        Reader r = new Reader();
        for (TraceEvent e : bundle.trace()) r.read(e);
        return r.finish();
    }

    public List<Receipt> all() {
        return receipts;
    }

    public List<Receipt> forStep(String stepId) {
        return receipts.stream().filter(r -> r.stepId().filter(stepId::equals).isPresent()).toList();
    }

    /** Receipts whose request and response share a {@code correlationId}. */
    public long pairedByCorrelationId() {
        return receipts.stream().filter(r -> r.pairing() == Pairing.CORRELATION_ID).count();
    }

    /** Every {@code tool_call} event of the trace, with its arguments and result. */
    public List<ToolUse> toolCalls() {
        return toolCalls;
    }

    /** From this many model calls on, their receipts are built in parallel. */
    private static final int PARALLEL_MIN_DRAFTS = 2_000;

    private static final class Reader {
        private final List<Draft> drafts = new ArrayList<>();
        private final List<ToolUse> tools = new ArrayList<>();
        private final Map<String, Draft> latestById = new HashMap<>();
        private final Map<String, List<ModelIo>> chunksById = new HashMap<>();
        private final Map<String, Deque<Draft>> openByStep = new HashMap<>();
        private final Map<String, List<ModelIo>> chunksByStep = new HashMap<>();

        void read(TraceEvent e) {
            if (e instanceof ToolCall t) {
                tools.add(ToolUse.of(t));
                t.correlationId().map(latestById::get).ifPresent(d -> d.traced.add(t));
            }
            if (!(e instanceof ModelIo m)) return;
            String step = m.stepId().orElse("");
            if (m.direction() == ModelDirection.REQUEST) requested(m, step);
            else if (m.direction() == ModelDirection.STREAM_CHUNK) {
                (m.correlationId().isPresent() ? chunksById.computeIfAbsent(m.correlationId().get(), k -> new ArrayList<>())
                        : chunksByStep.computeIfAbsent(step, k -> new ArrayList<>())).add(m);
            } else {
                answered(m, step);
            }
        }

        private void requested(ModelIo m, String step) {
            Draft d = new Draft(m, null, Pairing.UNANSWERED);
            drafts.add(d);
            if (m.correlationId().isPresent()) latestById.put(m.correlationId().get(), d);
            else openByStep.computeIfAbsent(step, k -> new ArrayDeque<>()).add(d);
        }

        private void answered(ModelIo m, String step) {
            Draft req;
            List<ModelIo> chunks;
            Pairing how;
            if (m.correlationId().isPresent()) {
                String id = m.correlationId().get();
                req = latestById.get(id);
                chunks = chunksById.remove(id);
                how = Pairing.CORRELATION_ID;
            } else {
                Deque<Draft> open = openByStep.get(step);
                req = open == null ? null : open.poll();
                chunks = chunksByStep.remove(step);
                how = Pairing.STEP_ORDER;
            }
            Draft d;
            if (req == null) {
                d = new Draft(null, m, Pairing.ORPHAN_RESPONSE);
                drafts.add(d);
                m.correlationId().ifPresent(id -> latestById.put(id, d));
            } else if (req.response == null) {
                d = req;
                d.response = m;
                d.pairing = how;
            } else {
                d = new Draft(req.request, m, how);
                drafts.add(d);
                latestById.put(m.correlationId().orElseThrow(), d);
            }
            if (chunks != null) d.chunks.addAll(chunks);
        }

        Receipts finish() {
            chunksById.forEach((id, chunks) -> home(latestById.get(id), chunks));
            chunksByStep.forEach((step, chunks) -> {
                Deque<Draft> open = openByStep.get(step);
                home(open == null ? null : open.peekLast(), chunks);
            });
            drafts.sort(Comparator.comparingInt(Draft::order).thenComparingInt(Draft::responseOrder));
            // each draft builds on its own (texts, tool arguments): a large run's are built on every core
            Stream<Draft> each = drafts.size() >= PARALLEL_MIN_DRAFTS ? drafts.parallelStream() : drafts.stream();
            return new Receipts(each.map(Draft::build).toList(), tools);
        }

        /** Chunks no response took: to their unanswered request, or a receipt of their own. */
        private void home(Draft d, List<ModelIo> chunks) {
            if (d != null && d.response == null) {
                d.chunks.addAll(chunks);
            } else {
                Draft orphan = new Draft(null, null, Pairing.ORPHAN_RESPONSE);
                orphan.chunks.addAll(chunks);
                drafts.add(orphan);
            }
        }
    }
}
