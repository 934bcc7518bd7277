package dev.runlens.cli;

import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.SigningSettings;
import dev.runlens.workbench.TrustAdmin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audience the CLI signs for and checks against: --audience, else RUNLENS_AUDIENCE, else the app's remembered setting. */
class AudienceSettingTest {
    @TempDir
    Path dir;

    private CliContext context(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("RUNLENS_HOME", dir.resolve("home").toString());
        return new CliContext(new GateDecisions(), new TrustAdmin(), env, () -> null);
    }

    private Path settingsFile() {
        return context(Map.of()).dataFolder().signingSettings();
    }

    @Test
    void theOptionWinsThenTheEnvironmentThenTheAppsSetting() throws Exception {
        assertNull(context(Map.of()).audience(null), "nothing set anywhere");
        SigningSettings.DEFAULT.withAudience(Optional.of("acme-prod-agents")).save(settingsFile());
        assertEquals("acme-prod-agents", context(Map.of()).audience(null));
        assertEquals("acme-staging", context(Map.of("RUNLENS_AUDIENCE", "acme-staging")).audience(null));
        assertEquals("acme-dev", context(Map.of("RUNLENS_AUDIENCE", "acme-staging")).audience("acme-dev"));
    }

    @Test
    void anUnreadableSettingsFileIsExitTwoNamingItNotAStackTrace() throws Exception {
        Files.createDirectories(settingsFile().getParent());
        Files.writeString(settingsFile(), "{\"_type\": \"something-else\"}");
        String pending = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json").toString();
        CliRun r = CliRun.with(context(Map.of()), "sign", "--bundle", pending, "--step", "notify_handler", "--gate", "PAUSE_BEFORE",
                "--decision", "approved", "--key", "alice");
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().startsWith("runlens sign: " + settingsFile()), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
    }

    @Test
    void withNoAudienceAnywhereTheUsageErrorSaysWhereToSetIt() {
        String pending = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json").toString();
        CliRun r = CliRun.with(context(Map.of()), "sign", "--bundle", pending, "--step", "notify_handler", "--gate", "PAUSE_BEFORE",
                "--decision", "approved", "--key", "alice");
        assertEquals(ExitCodes.USAGE, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("Trust workspace"), r.stderr());
    }
}
