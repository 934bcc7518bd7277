package dev.runlens.protocol.schema;

import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Migrations for older protocol versions, applied as the runtime's {@code migrateRunBundle} does.
 * Runtime 0.3.3 registers none, and neither do we: {@link #standard()} is empty.
 */
public final class MigrationRegistry {
    private final List<RunBundleMigration> migrations;

    public MigrationRegistry(List<RunBundleMigration> migrations) {
        Set<String> seen = new HashSet<>();
        for (RunBundleMigration m : migrations) {
            if (!seen.add(m.from() + "->" + m.to()))
                throw new IllegalArgumentException("Duplicate migration registered: " + m.from() + " -> " + m.to());
        }
        this.migrations = List.copyOf(migrations);
    }

    public static MigrationRegistry standard() {
        return new MigrationRegistry(List.of());
    }

    public List<RunBundleMigration> list() {
        return migrations;
    }

    public Optional<RunBundleMigration> from(String version) {
        return migrations.stream().filter(m -> m.from().equals(version)).findFirst();
    }

    /** Outcome of a migration attempt: the migrated bundle, or the runtime's error message. */
    public record Outcome(JsonValue bundle, String error) {}

    /** Applies migrations until {@code current} is reached; {@code error} is worded as the runtime's. */
    public Outcome migrate(JsonValue bundle, String current) {
        String version = versionOf(bundle);
        if (version == null) return new Outcome(null, "Run bundle is missing `protocolVersion` and cannot be migrated");
        Set<String> visited = new HashSet<>();
        visited.add(version);
        JsonValue b = bundle;
        while (!version.equals(current)) {
            Optional<RunBundleMigration> next = from(version);
            if (next.isEmpty())
                return new Outcome(null, "No migration path from protocolVersion \"" + version + "\" to \"" + current + "\"");
            if (visited.contains(next.get().to()))
                return new Outcome(null, "Migration cycle detected at version \"" + next.get().to() + "\"");
            b = next.get().migrate(b);
            String v = versionOf(b);
            if (v == null || !v.equals(next.get().to()))
                return new Outcome(null, "Migration from \"" + next.get().from() + "\" did not produce expected version \"" + next.get().to() + "\"");
            version = v;
            visited.add(v);
        }
        return new Outcome(b, null);
    }

    public static String versionOf(JsonValue bundle) {
        return bundle instanceof JsonValue.Obj o && o.get("protocolVersion") instanceof JsonValue.Str s ? s.value() : null;
    }
}
