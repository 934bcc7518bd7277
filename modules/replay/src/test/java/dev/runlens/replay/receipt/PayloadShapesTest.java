package dev.runlens.replay.receipt;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.replay.Inline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payload shapes the corpus does not hold (AI SDK {@code detail: "full"}, tool calls, odd values). */
class PayloadShapesTest {
    private static Receipt only(String request, String response) {
        List<Receipt> all = Receipts.of(Inline.bundle("a", "",
                "{\"type\":\"model_io\",\"stepId\":\"a\",\"correlationId\":\"c\",\"direction\":\"request\"," + request + "}",
                "{\"type\":\"model_io\",\"stepId\":\"a\",\"correlationId\":\"c\",\"direction\":\"response\"," + response + "}"))
                .all();
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void aiSdkPromptAndText() {
        Receipt r = only("\"payload\":{\"system\":\"Be brief.\",\"prompt\":\"Hello?\",\"model\":{\"modelId\":\"m\"}}",
                "\"payload\":{\"text\":\"Hi.\",\"finishReason\":\"stop\",\"response\":{\"modelId\":\"m\"}}");
        assertEquals(List.of(new Message("system", "Be brief."), new Message("user", "Hello?")), r.requestMessages());
        assertEquals("Hi.", r.responseText());
    }

    @Test
    void aiSdkToolCallsGetTheirResults() {
        Receipt r = only("\"payload\":{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Weather?\"}]}]}",
                "\"payload\":{\"text\":\"\",\"toolCalls\":[{\"toolCallId\":\"t1\",\"toolName\":\"weather\",\"input\":{\"city\":\"Oslo\"}}],"
                        + "\"toolResults\":[{\"toolCallId\":\"t1\",\"toolName\":\"weather\",\"output\":{\"c\":3}}]}");
        assertEquals("Weather?", r.requestMessages().get(0).text());
        ToolUse t = r.toolCalls().get(0);
        assertEquals("weather", t.name());
        assertEquals("{\"city\":\"Oslo\"}", Js.compact(t.args().orElseThrow()));
        assertEquals("{\"c\":3}", Js.compact(t.result().orElseThrow()));
        assertEquals("", r.responseText());
    }

    @Test
    void openAiToolCallArgumentsAreParsed() {
        Receipt r = only("\"payload\":{\"messages\":[{\"role\":\"user\",\"content\":\"Look up 42\"}]}",
                "\"payload\":{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":"
                        + "[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":\"{\\\"id\\\":42}\"}}]}}]}");
        ToolUse t = r.toolCalls().get(0);
        assertEquals("call_1", t.callId().orElseThrow());
        assertEquals(new JsonValue.Num(42), ((JsonValue.Obj) t.args().orElseThrow()).get("id"));
    }

    @Test
    void anthropicToolUseAndGeminiFunctionCall() {
        Receipt claude = only("\"payload\":{\"system\":[{\"type\":\"text\",\"text\":\"S\"}],\"messages\":[]}",
                "\"payload\":{\"content\":[{\"type\":\"text\",\"text\":\"Checking.\"},"
                        + "{\"type\":\"tool_use\",\"id\":\"tu1\",\"name\":\"crm\",\"input\":{\"q\":1}}]}");
        assertEquals("Checking.", claude.responseText());
        assertEquals("crm", claude.toolCalls().get(0).name());
        assertEquals(List.of(new Message("system", "S")), claude.requestMessages());
        Receipt gemini = only("\"payload\":{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Q\"}]}]}",
                "\"payload\":{\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"f\",\"args\":{}}}]}}]}");
        assertEquals("f", gemini.toolCalls().get(0).name());
        assertEquals(List.of(new Message("user", "Q")), gemini.requestMessages());
    }

    @Test
    void plainStringsAndUnknownShapes() {
        Receipt r = only("\"payload\":\"just text\"", "\"payload\":{\"weird\":[1,2]}");
        assertEquals(List.of(new Message("user", "just text")), r.requestMessages());
        assertEquals("{\"weird\":[1,2]}", r.responseText());
        Receipt u = only("\"payload\":{\"odd\":true}", "\"payload\":\"ok\"");
        assertEquals(List.of(new Message("payload", "{\"odd\":true}")), u.requestMessages());
    }

    @Test
    void tracedToolCallsJoinTheirReceipt() {
        Receipts rs = Receipts.of(Inline.bundle("a", "",
                "{\"type\":\"model_io\",\"stepId\":\"a\",\"correlationId\":\"c\",\"direction\":\"request\",\"summary\":\"q\"}",
                "{\"type\":\"model_io\",\"stepId\":\"a\",\"correlationId\":\"c\",\"direction\":\"response\",\"summary\":\"r\"}",
                "{\"type\":\"tool_call\",\"stepId\":\"a\",\"correlationId\":\"c\",\"name\":\"t\",\"args\":{\"x\":1},\"result\":2}",
                "{\"type\":\"tool_call\",\"stepId\":\"a\",\"name\":\"other\"}"));
        Receipt r = rs.all().get(0);
        assertEquals(1, r.toolCalls().size());
        assertEquals(new JsonValue.Num(2), r.toolCalls().get(0).result().orElseThrow());
        assertTrue(r.toolCalls().get(0).event().isPresent());
        assertEquals(2, rs.toolCalls().size());
    }
}
