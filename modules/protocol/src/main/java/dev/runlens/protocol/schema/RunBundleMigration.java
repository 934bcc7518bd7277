package dev.runlens.protocol.schema;

import dev.runlens.protocol.json.JsonValue;

/** One step of the runtime's migration chain ({@code registerRunBundleMigration}): {@code from} to {@code to}. */
public interface RunBundleMigration {
    String from();

    String to();

    JsonValue migrate(JsonValue bundle);
}
