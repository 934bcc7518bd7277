package dev.runlens.protocol.model;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The best model of a file the runtime rejects, so the app can still show it. */
class LenientModelTest {

    @Test
    void unknownEventTypeIsKeptAtItsTracePosition() {
        BundleReader.Loaded l = Bundles.corpus("v-invalid-unknown-event-type.json");
        assertNull(l.normalizedTree(), "the runtime rejects the file");
        RunBundle b = BundleModel.lenient(l.rawTree());
        UnknownEvent e = assertInstanceOf(UnknownEvent.class, b.trace().get(52));
        assertEquals("gate_escalated", e.type());
        assertEquals(52, e.index());
        assertEquals("evt_00000000-0000-4000-8000-000000000bad", e.id());
        assertEquals("ingest_ticket", e.stepId().orElseThrow());
        assertEquals(List.of("escalatedTo"), List.copyOf(e.extras().keySet()));
        assertTrue(e.raw() instanceof JsonValue.Obj o && o.has("escalatedTo"));
        assertEquals(1, b.trace().stream().filter(UnknownEvent.class::isInstance).count());
    }

    @Test
    void missingWorkflowSnapshotReadsAsAnEmptyOne() {
        RunBundle b = BundleModel.lenient(Bundles.corpus("v-invalid-missing-workflowSnapshot.json").rawTree());
        assertTrue(b.run().workflowSnapshot().steps().isEmpty());
        assertEquals("run_ebf17e84-cba5-4967-9521-54fd96f47571", b.run().id());
        assertEquals(RunStatus.CANCELLED, b.run().status());
        assertTrue(b.engine().isPresent());
    }

    @Test
    void unsupportedProtocolVersionIsShownAsWritten() {
        RunBundle b = BundleModel.lenient(Bundles.corpus("v-invalid-protocol-0.9.0.json").rawTree());
        assertEquals("0.9.0", b.protocolVersion());
        assertEquals(6, b.artifacts().size());
    }

    @Test
    void knownEventTypeThatFailsItsSchemaBecomesAnUnknownEventOfThatType() {
        String trace = """
                [{"id":"e1","runId":"run_1","ts":"2025-01-01T00:00:00.000Z","type":"model_io","direction":"sideways"},
                 {"id":"e2","runId":"run_1","ts":"not a date","type":"step_started","stepId":"a"},
                 {"id":"e3","runId":"run_1","ts":"2025-01-01T00:00:01Z","type":"step_started","stepId":"a"}]""";
        RunBundle b = BundleModel.lenient(Bundles.text(Bundles.minimal("", trace)).rawTree());
        assertEquals("model_io", assertInstanceOf(UnknownEvent.class, b.trace().get(0)).type());
        assertEquals("step_started", assertInstanceOf(UnknownEvent.class, b.trace().get(1)).type());
        assertInstanceOf(StepStarted.class, b.trace().get(2));
    }

    @Test
    void invalidRunIsReadFromTheRawTreeWithTheSchemasDefaults() {
        String json = Bundles.minimal("\"status\":\"paused\",\"subject\":{\"userId\":\"u\",\"nickname\":\"x\"}", "[]")
                .replace("\"status\":\"running\",", "");
        BundleReader.Loaded l = Bundles.text(json);
        assertNull(l.normalizedTree());
        Run run = BundleModel.lenient(l.rawTree()).run();
        assertEquals(RunStatus.UNKNOWN, run.status());
        WorkflowStep a = run.workflowSnapshot().steps().get(0);
        assertEquals(GatePolicy.AUTO, a.gatePolicy());
        assertTrue(a.inputs().isEmpty() && run.workflowSnapshot().edges().isEmpty());
        assertEquals(List.of("nickname"), List.copyOf(run.subject().orElseThrow().extras().keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            null                                     | 0
            []                                       | 0
            "run"                                    | 0
            {}                                       | 0
            {"trace":5,"run":[],"engine":"x"}        | 0
            {"trace":[1,null,"x",{}],"artifacts":[1]} | 4
            {"run":{"workflowSnapshot":{"steps":[1,{"id":2}]},"tags":[1,"t"]},"engine":{"stepStatus":[[1],["a","odd"]]}} | 0
            """)
    void anyJsonGivesAModel(String json, int events) {
        RunBundle b = BundleModel.lenient(Bundles.text(json).rawTree());
        assertEquals(events, b.trace().size());
        assertTrue(b.trace().stream().allMatch(UnknownEvent.class::isInstance));
        assertTrue(b.artifacts().isEmpty());
    }

    @Test
    void fromFallsBackToLenientWithoutANormalizedTree() {
        BundleReader.Loaded l = Bundles.corpus("v-invalid-unknown-event-type.json");
        assertEquals(BundleModel.lenient(l.rawTree()), BundleModel.from(null, l.rawTree()));
    }

    @Test
    void fromGivenAnUnvalidatedTreeTurnsUnreadableEventEnumsIntoUnknownEvents() {
        JsonValue raw = Bundles.text(Bundles.minimal("", """
                [{"id":"e","runId":"run_1","ts":"t","type":"human_gate_resolved",
                  "gate":"LATER","decision":"approved"}]""")).rawTree();
        assertInstanceOf(UnknownEvent.class, BundleModel.from(raw, raw).trace().get(0));
    }
}
