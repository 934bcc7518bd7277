package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fields a tamperer added where zod strips them (the parsed bundle still verifies) are in the
 * model's extras.
 */
class TamperedFieldsTest {

    @Test
    void fieldAddedToTheRunIsInRunExtras() {
        RunBundle b = Bundles.accepted("v-tampered-field-added-run.json");
        assertEquals(Map.of("approvedBy", new JsonValue.Str("usr_mallory")), b.run().extras());
    }

    @Test
    void fieldAddedToAWorkflowStepIsInThatStepsExtras() {
        List<WorkflowStep> steps = Bundles.accepted("v-tampered-field-added-run.json").run().workflowSnapshot().steps();
        assertEquals(Map.of("owner", new JsonValue.Str("mallory")), steps.get(0).extras());
        assertTrue(steps.subList(1, steps.size()).stream().allMatch(s -> s.extras().isEmpty()));
    }

    @Test
    void fieldsAddedToATraceEventAreInThatEventsExtras() {
        RunBundle b = Bundles.accepted("v-tampered-field-added-trace-event.json");
        HumanGateResolved e = assertInstanceOf(HumanGateResolved.class, b.trace().get(37));
        assertEquals(Map.of("approvedBy", new JsonValue.Str("usr_mallory"), "signature", new JsonValue.Str("forged")),
                e.extras());
        assertEquals(List.of("approvedBy", "signature"), List.copyOf(e.extras().keySet()), "file order kept");
        assertEquals(GateDecision.APPROVED, e.decision());
        assertEquals(1, b.trace().stream().filter(t -> !t.extras().isEmpty()).count());
    }

    @Test
    void fieldsAddedAtTopLevelAreInBundleExtras() {
        RunBundle b = Bundles.accepted("v-tampered-field-added-top-level.json");
        assertEquals(List.of("signature", "exportedBy"), List.copyOf(b.extras().keySet()));
    }

    @Test
    void fieldAddedInsideAPayloadStaysInThePayloadNotInExtras() {
        RunBundle b = Bundles.accepted("v-tampered-field-added-payload.json");
        ToolCall call = assertInstanceOf(ToolCall.class, b.trace().get(4));
        assertTrue(call.extras().isEmpty());
        assertTrue(call.args().orElseThrow() instanceof JsonValue.Obj o && o.has("injected"));
    }
}
