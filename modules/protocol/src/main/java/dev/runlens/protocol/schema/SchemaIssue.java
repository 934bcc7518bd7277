package dev.runlens.protocol.schema;

import dev.runlens.protocol.json.JsonPath;

/** One reason the schema gate rejects a value, worded like zod 4's English messages. */
public record SchemaIssue(JsonPath path, String message) {
    /** zod's {@code formatZodError} line: {@code trace.52.type: Invalid input...}. */
    public String formatted() {
        return path.zod() + ": " + message;
    }
}
