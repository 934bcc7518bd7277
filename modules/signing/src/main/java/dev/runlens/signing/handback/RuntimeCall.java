package dev.runlens.signing.handback;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.StrictJson;

import java.nio.charset.StandardCharsets;

/** One call on the host runtime's {@code RunSession} ({@code @llm-workbench/runtime} 0.3.3), with its exact input object. */
public record RuntimeCall(String method, JsonValue.Obj input) {
    /** {@code session.resolveGate({...});} — JSON is valid JavaScript object syntax. */
    public String javascript() {
        return "session." + method + "(" + new String(StrictJson.asWritten(input), StandardCharsets.UTF_8) + ");";
    }
}
