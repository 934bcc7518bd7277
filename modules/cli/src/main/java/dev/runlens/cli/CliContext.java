package dev.runlens.cli;

import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.DecisionImports;
import dev.runlens.workbench.DecisionLogs;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.SigningSettings;
import dev.runlens.workbench.TrustAdmin;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** What the signing commands share: the use cases, the environment, where keys live and how to ask for a passphrase. */
record CliContext(GateDecisions decisions, TrustAdmin trust, Map<String, String> env, Supplier<Console> console) {

    DataFolder dataFolder() {
        return DataFolder.of(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    /** Decision-log checkpoints and audits, on the decisions' clock. */
    DecisionLogs logs() {
        return new DecisionLogs(decisions.clock());
    }

    /** Importing decisions into a live run, on the decisions' clock. */
    DecisionImports imports() {
        return new DecisionImports(decisions.clock());
    }

    /** {@code --keys DIR}, else {@code RUNLENS_HOME}/the platform data folder's {@code keys/}. */
    Path keys(Path option) {
        return option != null ? option : dataFolder().keys();
    }

    /**
     * The audience from {@code --audience}, else {@code RUNLENS_AUDIENCE}, else the one remembered in
     * the data folder's {@code signing-settings.json} (the app's audience setting); null when none is set.
     *
     * @throws IllegalArgumentException naming the settings file when it cannot be read
     */
    String audience(String option) {
        if (option != null && !option.isBlank()) return option;
        String env = this.env.get("RUNLENS_AUDIENCE");
        if (env != null && !env.isBlank()) return env;
        Path settings = dataFolder().signingSettings();
        try {
            return SigningSettings.load(settings).audience().orElse(null);
        } catch (IOException e) {
            throw new IllegalArgumentException(settings + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The usage error when no audience is set anywhere. */
    static final String NO_AUDIENCE = "--audience is required (or set RUNLENS_AUDIENCE, or the audience in the app's Trust workspace)";
}
