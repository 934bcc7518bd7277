package dev.runlens.replay.receipt;

import dev.runlens.replay.Inline;
import org.junit.jupiter.api.Test;

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
}
