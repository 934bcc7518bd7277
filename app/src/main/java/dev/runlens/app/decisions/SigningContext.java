package dev.runlens.app.decisions;

import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.GateDecisions;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Where the app keeps what signing needs, and the gate-decision use cases it calls: reviewer keys,
 * signed decisions and their per-run logs, the user's trust list (its roots pinned in the trust
 * state, e.g. by a first {@code runlens verify-decision --root ...}), and the audience decisions are
 * for ({@code RUNLENS_AUDIENCE}, as the CLI). Built once by the composition root: the platform's
 * data folder in the app, temporary folders in tests. {@link #revisionProperty()} moves whenever a
 * decision was signed here, so screens that show decisions ask again. Use on the FX thread.
 */
public final class SigningContext {
    private final GateDecisions decisions;
    private final DataFolder folder;
    private final Optional<String> audience;
    private final Clock clock;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    public SigningContext(GateDecisions decisions, DataFolder folder, Optional<String> audience, Clock clock) {
        this.decisions = decisions;
        this.folder = folder;
        this.audience = audience.map(String::strip).filter(a -> !a.isEmpty());
        this.clock = clock;
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

    public Path trustList() {
        return folder.trustList();
    }

    /** The configured audience; empty when none is (the decision dialog then asks for one). */
    public Optional<String> audience() {
        return audience;
    }

    public Clock clock() {
        return clock;
    }

    /** How decisions on a run are checked: this folder's decisions, keys, trust list and state, the configured audience. */
    public GateDecisions.CheckSettings checkSettings() {
        return new GateDecisions.CheckSettings(folder.decisions(), folder.keys(), Optional.of(folder.trustList()), folder.trustState(), audience);
    }

    /** Moves each time a decision was signed (or keys changed) here. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Says that decisions or keys changed. */
    public void changed() {
        revision.set(revision.get() + 1);
    }
}
