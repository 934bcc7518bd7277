package dev.runlens.replay.receipt;

import dev.runlens.replay.Inline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PairingTest {
    private static String io(String step, String direction, String summary) {
        return "{\"type\":\"model_io\",\"stepId\":\"" + step + "\",\"direction\":\"" + direction
                + "\",\"summary\":\"" + summary + "\"}";
    }

    @Test
    void withoutCorrelationIdsRequestsAreAnsweredInOrderPerStep() {
        List<Receipt> rs = Receipts.of(Inline.bundle("a b", "",
                io("a", "request", "qa1"), io("b", "request", "qb1"), io("a", "request", "qa2"),
                io("b", "response", "rb1"), io("a", "response", "ra1"), io("a", "response", "ra2"))).all();
        assertEquals(3, rs.size());
        for (Receipt r : rs) {
            assertEquals(Pairing.STEP_ORDER, r.pairing());
            assertEquals(r.requestMessages().get(0).text().substring(1), r.responseText().substring(1));
        }
    }

    @Test
    void unansweredRequestsAndOrphanResponsesStandAlone() {
        List<Receipt> rs = Receipts.of(Inline.bundle("a", "",
                io("a", "response", "r0"), io("a", "request", "q1"), io("a", "stream_chunk", "partial"))).all();
        assertEquals(List.of(Pairing.ORPHAN_RESPONSE, Pairing.UNANSWERED), rs.stream().map(Receipt::pairing).toList());
        assertEquals("partial", rs.get(1).streamedText());
    }

    /** The event with its own timestamp, {@code n} seconds into the day (Inline's own run out after an hour). */
    private static String at(int n, String event) {
        return "{\"ts\":\"" + String.format("2025-01-01T%02d:%02d:%02d.000Z", n / 3600, n / 60 % 60, n % 60) + "\"," + event.substring(1);
    }

    @Test
    void aLargeRunsReceiptsAreBuiltOnEveryCoreAndStayInTraceOrder() {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) { // past the size from which receipts are built in parallel
            events.add(at(events.size(), io(i % 2 == 0 ? "a" : "b", "request", "q" + i)));
            events.add(at(events.size(), io(i % 2 == 0 ? "a" : "b", "response", "r" + i)));
        }
        List<Receipt> rs = Receipts.of(Inline.bundle("a b", "", events.toArray(String[]::new))).all();
        assertEquals(2_500, rs.size());
        for (int i = 0; i < rs.size(); i++) {
            Receipt r = rs.get(i);
            assertEquals("q" + i, r.requestMessages().get(0).text(), "request messages, worked out when read");
            assertEquals("r" + i, r.responseText());
            if (i > 0) assertEquals(rs.get(i - 1).firstIndex() + 2, r.firstIndex());
        }
    }
}
