package dev.runlens.replay.receipt;

import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.SampleBundles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptTimelineTest {
    static List<String> realistic() throws IOException {
        return SampleBundles.realistic();
    }

    private static int responseOrRequest(Receipt r) {
        return r.response().or(r::request).map(ModelIo::index).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void nextFromTheStartVisitsEveryReceiptOnceInOrderOfItsResponse(String file) {
        Receipts receipts = Receipts.of(SampleBundles.bundle(file));
        ReceiptTimeline t = ReceiptTimeline.of(receipts);
        List<Receipt> expected = new ArrayList<>(receipts.all());
        expected.sort(Comparator.comparingInt(ReceiptTimelineTest::responseOrRequest));

        List<Receipt> visited = new ArrayList<>();
        for (OptionalInt p = t.next(0); p.isPresent(); p = t.next(p.getAsInt())) {
            Receipt r = t.at(p.getAsInt()).orElseThrow();
            assertEquals(responseOrRequest(r) + 1, p.getAsInt(), "the cursor is just after the receipt's response");
            visited.add(r);
        }
        assertEquals(expected, visited);
        assertTrue(visited.size() > 0);
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void previousFromTheEndVisitsTheSameReceiptsBackwards(String file) {
        RunBundle b = SampleBundles.bundle(file);
        ReceiptTimeline t = ReceiptTimeline.of(Receipts.of(b));
        List<Receipt> visited = new ArrayList<>();
        for (OptionalInt p = t.previous(b.trace().size() + 1); p.isPresent(); p = t.previous(p.getAsInt())) {
            visited.add(0, t.at(p.getAsInt()).orElseThrow());
        }
        assertEquals(t.receipts(), visited);
    }

    /** Independently: walk back from the cursor to the last model_io event and find the receipt holding it. */
    @ParameterizedTest
    @MethodSource("realistic")
    void theReceiptAtAPositionOwnsTheLastAppliedModelEvent(String file) {
        RunBundle b = SampleBundles.bundle(file);
        Receipts receipts = Receipts.of(b);
        ReceiptTimeline t = ReceiptTimeline.of(receipts);
        for (int p = 0; p <= b.trace().size(); p++) {
            Optional<Receipt> expected = Optional.empty();
            for (int i = p - 1; i >= 0 && expected.isEmpty(); i--) {
                TraceEvent e = b.trace().get(i);
                if (e instanceof ModelIo m) expected = receipts.all().stream().filter(r -> holds(r, m)).findFirst();
            }
            assertEquals(expected.isPresent(), t.at(p).isPresent(), "position " + p);
            if (expected.isPresent()) assertSame(expected.get(), t.at(p).get(), "position " + p);
        }
    }

    private static boolean holds(Receipt r, ModelIo m) {
        return r.response().filter(x -> x == m).isPresent() || r.request().filter(x -> x == m).isPresent()
                || r.chunks().stream().anyMatch(x -> x == m);
    }
}
