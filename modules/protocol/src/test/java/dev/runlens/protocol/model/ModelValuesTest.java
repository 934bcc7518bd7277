package dev.runlens.protocol.model;

import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed values as the runtime sees them: defaults filled, optional means absent. */
class ModelValuesTest {

    @Test
    void stepDefaultsAreTheSchemas() {
        RunBundle minimal = fromText(Bundles.minimal("", "[]"));
        WorkflowStep a = minimal.run().workflowSnapshot().steps().get(0);
        assertEquals(GatePolicy.AUTO, a.gatePolicy());
        assertTrue(a.inputs().isEmpty() && a.outputs().isEmpty() && minimal.run().workflowSnapshot().edges().isEmpty());
    }

    @Test
    void absentOptionalsAreEmptyAndAbsentMetadataIsAnEmptyObject() {
        Run run = fromText(Bundles.minimal("", "[]")).run();
        assertEquals(Optional.empty(), run.endedAt());
        assertEquals(Optional.empty(), run.context());
        assertEquals(new JsonValue.Obj(Map.of()), run.metadata());
        assertTrue(run.tags().isEmpty() && run.annotations().isEmpty() && run.extras().isEmpty());
    }

    @Test
    void modelResponseCarriesUsageCostAndDurationAsRecorded() {
        RunBundle b = Bundles.accepted("p01-contract-review-completed.json");
        ModelIo io = assertInstanceOf(ModelIo.class, b.trace().get(13));
        assertEquals(ModelDirection.RESPONSE, io.direction());
        assertEquals(Optional.of("openai"), io.provider());
        Usage u = io.usage().orElseThrow();
        assertEquals(OptionalLong.of(720), u.inputTokens());
        assertEquals(OptionalLong.of(0), u.cachedInputTokens());
        assertEquals(OptionalLong.empty(), u.reasoningTokens());
        assertEquals(new Cost(0.0003552, "USD"), io.cost().orElseThrow());
        assertEquals(OptionalDouble.of(682), io.durationMs());
        assertEquals(Optional.of("eee04bf3-c321-4b28-bea4-df8c00395b99"), io.correlationId());
        assertTrue(io.payload().orElseThrow() instanceof JsonValue.Obj o && o.has("choices"), "provider payload");
    }

    @Test
    void patchOpsKeepTheirOrderKindAndOperands() {
        RunBundle b = Bundles.accepted("p01-contract-review-completed.json");
        ArtifactPatch p = assertInstanceOf(ArtifactPatch.class, b.trace().get(141));
        assertEquals(List.of(PatchOpKind.ADD, PatchOpKind.TEST, PatchOpKind.COPY, PatchOpKind.MOVE, PatchOpKind.REPLACE,
                PatchOpKind.REMOVE, PatchOpKind.REPLACE), p.patch().stream().map(PatchOp::op).toList());
        assertEquals(Optional.of("/review/by"), p.patch().get(2).from());
        assertEquals(Optional.empty(), p.patch().get(5).value());
        assertEquals(1, p.fromVersion());
        assertEquals(2, p.toVersion());
    }

    @Test
    void forkedRunHasItsParents() {
        Run run = Bundles.accepted("p02-contract-review-fork-completed.json").run();
        RunContext c = run.context().orElseThrow();
        assertEquals(List.of("run_4a73ebea-dc92-40c3-9d7f-264144c9554a"), c.effectiveParentRunIds());
        assertEquals(Optional.of("compare_to_playbook"), c.forkedFromStepId());
    }

    @Test
    void namedCheckpointsAreInTheEngineGateState() {
        Engine engine = Bundles.accepted("p10-internal-reporting-named-checkpoints.json").engine().orElseThrow();
        Engine.GateState signoff = engine.gateState().stream()
                .filter(g -> g.stepId().equals("exec_signoff")).findFirst().orElseThrow();
        assertEquals(List.of("figures_reconciled", "legal_disclaimer"), List.copyOf(signoff.checkpoints().keySet()));
        assertTrue(engine.gateState().stream().filter(g -> g != signoff).allMatch(g -> g.checkpoints().isEmpty()));
    }

    @Test
    void engineWithoutCheckpointsGetsAnEmptyMap() {
        String engine = ",\"engine\":{\"revision\":0,\"stepStatus\":[[\"a\",\"pending\"]],"
                + "\"gateState\":[[\"a\",{\"before\":\"approved\",\"after\":\"pending\"}]],\"idempotency\":[]}}";
        String json = Bundles.minimal("", "[]");
        Engine e = fromText(json.substring(0, json.length() - 1) + engine).engine().orElseThrow();
        assertEquals(List.of(new Engine.StepState("a", StepRuntimeStatus.PENDING)), e.stepStatus());
        assertEquals(new Engine.GateState("a", GateStatus.APPROVED, GateStatus.PENDING, Map.of(), Map.of()),
                e.gateState().get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            payloadHash | sha256 | effective
            aa          | -      | aa
            -           | bb     | bb
            aa          | bb     | aa
            -           | -      | -
            """, useHeadersInDisplayName = true)
    void effectivePayloadHashPrefersPayloadHash(String payloadHash, String sha256, String effective) {
        ArtifactPointer p = new ArtifactPointer(PointerKind.INLINE, Optional.empty(), Optional.ofNullable(payloadHash),
                Optional.ofNullable(sha256), OptionalLong.empty(), Map.of());
        assertEquals(Optional.ofNullable(effective), p.effectivePayloadHash());
    }

    @Test
    void jsonNullDataIsPresentNotAbsent() {
        String trace = """
                [{"id":"e","runId":"run_1","ts":"2025-01-01T00:00:00Z","type":"artifact_written",
                  "artifact":{"artifactKey":"k","typeId":"t","version":1,
                              "createdAt":"2025-01-01T00:00:00Z","data":null}},
                 {"id":"f","runId":"run_1","ts":"2025-01-01T00:00:00Z","type":"tool_call","name":"n"}]""";
        RunBundle b = fromText(Bundles.minimal("", trace));
        assertEquals(Optional.of(JsonValue.Null.INSTANCE), b.events(ArtifactWritten.class).get(0).artifact().data());
        assertEquals(Optional.empty(), b.events(ToolCall.class).get(0).args());
    }

    private static RunBundle fromText(String json) {
        var l = Bundles.text(json);
        assertTrue(l.report().accepted(), () -> "rejected: " + l.report().error());
        return BundleModel.from(l.normalizedTree(), l.rawTree());
    }
}
