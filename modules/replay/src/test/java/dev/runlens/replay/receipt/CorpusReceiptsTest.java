package dev.runlens.replay.receipt;

import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusReceiptsTest {
    static List<String> accepted() {
        return Corpus.accepted();
    }

    static List<String> realistic() {
        return Corpus.realistic();
    }

    private static long responses(RunBundle b, boolean withCorrelationId) {
        return b.events(ModelIo.class).stream().filter(m -> m.direction() == ModelDirection.RESPONSE)
                .filter(m -> !withCorrelationId || m.correlationId().isPresent()).count();
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void everyResponseWithACorrelationIdIsPairedByIt(String file) {
        RunBundle b = Corpus.bundle(file);
        Receipts r = Receipts.of(b);
        assertEquals(responses(b, true), r.pairedByCorrelationId());
        assertEquals(responses(b, false), r.all().stream().filter(x -> x.response().isPresent()).count());
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void everyResponseHasText(String file) {
        for (Receipt r : Receipts.of(Corpus.bundle(file)).all()) {
            if (r.response().isEmpty()) continue;
            assertFalse(r.responseText().isBlank(), r.response().get().id());
            assertFalse(r.requestMessages().isEmpty(), r.response().get().id());
        }
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void toolCallsAreTheTracesToolCallEvents(String file) {
        RunBundle b = Corpus.bundle(file);
        assertEquals(b.events(dev.runlens.protocol.model.ToolCall.class).size(), Receipts.of(b).toolCalls().size());
    }

    @Test
    void openAiResponseTextIsTheMessageContent() {
        Receipt r = Receipts.of(Corpus.bundle("p01-contract-review-completed.json")).all().get(0);
        assertEquals("openai", r.provider().orElseThrow());
        assertEquals(List.of("system", "user"), r.requestMessages().stream().map(Message::role).toList());
        assertTrue(r.responseText().startsWith("{\n  \"contractType\": \"DPA\""), r.responseText());
        assertEquals(762, r.usage().orElseThrow().totalTokens().orElseThrow());
        assertEquals(682, r.durationMs().orElseThrow());
    }

    @Test
    void anthropicAndGeminiShapesGiveText() {
        Receipts rs = Receipts.of(Corpus.bundle("p04-invoice-extraction-rework.json"));
        Receipt claude = rs.all().stream().filter(r -> r.provider().orElse("").equals("anthropic")
                && r.response().flatMap(ModelIo::payload).isPresent()).findFirst().orElseThrow();
        assertTrue(claude.responseText().contains("\"status\""), claude.responseText());
        assertEquals("system", claude.requestMessages().get(0).role());
        Receipt gemini = rs.all().stream().filter(r -> r.provider().orElse("").equals("google")
                && r.response().flatMap(ModelIo::payload).isPresent()).findFirst().orElseThrow();
        assertFalse(gemini.responseText().isBlank());
        assertEquals("system", gemini.requestMessages().get(0).role());
    }

    @Test
    void summaryOnlyCallsShowTheirSummaries() {
        Receipt r = Receipts.of(Corpus.bundle("p12-support-triage-ja-completed.json")).all().get(0);
        assertEquals(List.of(new Message("summary", r.request().orElseThrow().summary().orElseThrow())),
                r.requestMessages());
        assertEquals(r.response().orElseThrow().summary().orElseThrow(), r.responseText());
    }

    @Test
    void streamedChunksAreConcatenatedAcrossASplitSurrogatePair() {
        Receipt r = Receipts.of(Corpus.bundle("p24-edge-canonical-json.json")).all().stream()
                .filter(x -> x.correlationId().orElse("").equals("corr_stream")).findFirst().orElseThrow();
        assertEquals(3, r.chunks().size());
        assertEquals("\uD83D\uDE00\uD83D\uDE00 ok", r.streamedText());
        assertEquals(r.streamedText(), r.responseText());
    }

    @Test
    void severalResponsesToOneRequestAreSeveralReceipts() {
        List<Receipt> rs = Receipts.of(Corpus.bundle("p24-edge-canonical-json.json")).all().stream()
                .filter(x -> x.correlationId().orElse("").equals("corr_～_\uD83D\uDE00")).toList();
        assertEquals(5, rs.size());
        rs.forEach(r -> assertEquals(rs.get(0).request(), r.request()));
        assertEquals(5, rs.stream().map(Receipt::response).distinct().count());
    }
}
