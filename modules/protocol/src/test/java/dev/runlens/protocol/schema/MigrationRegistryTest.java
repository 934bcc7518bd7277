package dev.runlens.protocol.schema;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.ReadLimits;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationRegistryTest {

    /** Example 1 of design/protocol.md, but labelled 0.9.0 and with the run under an old name. */
    private static final String OLD = "{\"protocolVersion\":\"0.9.0\",\"runInstance\":{\"id\":\"run_1\",\"workflowId\":\"wf\","
            + "\"workflowVersion\":1,\"workflowSnapshot\":{\"id\":\"wf\",\"version\":1,\"steps\":[{\"id\":\"a\"}]},"
            + "\"startedAt\":\"2025-01-01T00:00:00.000Z\",\"status\":\"running\"},\"trace\":[],\"artifacts\":[],\"ruleSets\":[],"
            + "\"integrity\":{\"sha256\":\"648f78e453fb10079326de66f61c32de97ac1630327b7e1ff4f8adb9e2b74df4\"}}";

    /** Renames {@code runInstance} to {@code run} and stamps 1.0.0. */
    private static final RunBundleMigration RENAME = new RunBundleMigration() {
        @Override public String from() { return "0.9.0"; }
        @Override public String to() { return "1.0.0"; }
        @Override public JsonValue migrate(JsonValue bundle) {
            LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(((JsonValue.Obj) bundle).members());
            m.put("run", m.remove("runInstance"));
            m.put("protocolVersion", new JsonValue.Str("1.0.0"));
            return new JsonValue.Obj(m);
        }
    };

    private static VerificationReport read(MigrationRegistry registry, boolean migrate) {
        BundleReader.Options o = new BundleReader.Options(ReadLimits.DEFAULT, migrate, registry, false, 1 << 20);
        return new BundleReader(o).read("old.json", OLD.getBytes(StandardCharsets.UTF_8)).report();
    }

    @Test
    void theStandardRegistryIsEmptyLikeTheRuntimes() {
        assertTrue(MigrationRegistry.standard().list().isEmpty());
        VerificationReport r = read(MigrationRegistry.standard(), true);
        assertEquals("UNSUPPORTED_PROTOCOL_VERSION", r.error().code());
        assertEquals("No migration path from protocolVersion \"0.9.0\" to \"1.0.0\"", r.error().message());
    }

    @Test
    void aRegisteredMigrationIsAppliedThenGatedAndHashed() {
        VerificationReport r = read(new MigrationRegistry(List.of(RENAME)), true);
        assertTrue(r.accepted(), () -> String.valueOf(r.error()));
        assertEquals(IntegrityVerdict.VALID, r.integrity());
        assertEquals("648f78e453fb10079326de66f61c32de97ac1630327b7e1ff4f8adb9e2b74df4", r.computedSha256());
    }

    @Test
    void withoutMigrationTheVersionLiteralRejects() {
        VerificationReport r = read(new MigrationRegistry(List.of(RENAME)), false);
        assertFalse(r.accepted());
        assertEquals("INVALID_RUN_BUNDLE", r.error().code());
        assertTrue(r.error().message().startsWith("protocolVersion: Invalid input: expected \"1.0.0\""), r.error().message());
    }

    @Test
    void duplicateMigrationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MigrationRegistry(List.of(RENAME, RENAME)));
    }
}
