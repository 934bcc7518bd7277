package dev.runlens.app.decisions;

import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.SigningSettings;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Where the app keeps what signing needs, and the gate-decision use cases it calls: reviewer keys,
 * signed decisions and their per-run logs, the trust list in use (the one chosen on the Trust screen,
 * else the data folder's {@code trust-list.dsse.json}; its roots pinned in the trust state) and the
 * audience decisions are for ({@code RUNLENS_AUDIENCE} when set, else the remembered setting). The
 * settings are read from the data folder once, here; screens save changed settings on the executor
 * and hand them to {@link #apply}. Built once by the composition root: the platform's data folder in
 * the app, temporary folders in tests. {@link #revisionProperty()} moves whenever a decision was
 * signed, keys, the trust list or the settings changed, so screens that show decisions ask again.
 * Use on the FX thread.
 */
public final class SigningContext {
    private final GateDecisions decisions;
    private final DataFolder folder;
    private final Optional<String> environmentAudience;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<SigningSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final String settingsProblem;

    /** @param environmentAudience {@code RUNLENS_AUDIENCE} (overrides the remembered audience when set and not blank) */
    public SigningContext(GateDecisions decisions, DataFolder folder, Optional<String> environmentAudience, Clock clock) {
        this.decisions = decisions;
        this.folder = folder;
        this.environmentAudience = environmentAudience.map(String::strip).filter(a -> !a.isEmpty());
        this.clock = clock;
        SigningSettings loaded = SigningSettings.DEFAULT;
        String problem = "";
        try {
            loaded = SigningSettings.load(folder.signingSettings());
        } catch (IOException | IllegalArgumentException e) {
            problem = "The signing settings could not be read (" + e.getMessage() + "); the defaults are used until they are saved again.";
        }
        settings.set(loaded);
        settingsProblem = problem;
    }

    /** The platform's data folder ({@code RUNLENS_HOME} first), production key settings, {@code RUNLENS_AUDIENCE}. */
    public static SigningContext fromEnvironment() {
        return new SigningContext(new GateDecisions(), DataFolder.fromEnvironment(), Optional.ofNullable(System.getenv("RUNLENS_AUDIENCE")),
                Clock.systemUTC());
    }

    public GateDecisions decisions() {
        return decisions;
    }

    public Path keys() {
        return folder.keys();
    }

    public Path decisionsFolder() {
        return folder.decisions();
    }

    /** The trust list in use: the chosen one, else the data folder's {@code trust-list.dsse.json}. */
    public Path trustList() {
        return settings.get().trustListIn(folder);
    }

    /** Where the trust verifier remembers pinned roots, the highest version seen and every revocation. */
    public Path trustState() {
        return folder.trustState();
    }

    /** Where {@link #settingsProperty()} is saved. */
    public Path settingsFile() {
        return folder.signingSettings();
    }

    /** The configured audience ({@code RUNLENS_AUDIENCE}, else the setting); empty when none is (the decision dialog then asks). */
    public Optional<String> audience() {
        return settings.get().audienceWith(environmentAudience);
    }

    /** {@code RUNLENS_AUDIENCE} when it is set: it overrides the remembered audience. */
    public Optional<String> environmentAudience() {
        return environmentAudience;
    }

    /** The remembered settings (as saved in the data folder). */
    public ReadOnlyObjectProperty<SigningSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Why the settings file could not be read at start (the defaults are in use); empty when it could. */
    public String settingsProblem() {
        return settingsProblem;
    }

    public Clock clock() {
        return clock;
    }

    /** How decisions on a run are checked: this folder's decisions, keys, the trust list in use and its state, the configured audience. */
    public GateDecisions.CheckSettings checkSettings() {
        return new GateDecisions.CheckSettings(folder.decisions(), folder.keys(), Optional.of(trustList()), folder.trustState(), audience());
    }

    /** Uses settings that were just saved to {@link #settingsFile()}; decisions are checked again with them. */
    public void apply(SigningSettings saved) {
        settings.set(saved);
        changed();
    }

    /** Moves each time a decision was signed, or keys, the trust list or the settings changed here. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Says that decisions, keys or the trust list changed. */
    public void changed() {
        revision.set(revision.get() + 1);
    }
}
