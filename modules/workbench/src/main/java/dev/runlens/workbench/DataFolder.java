package dev.runlens.workbench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where RunLens keeps its own files: {@code RUNLENS_HOME} when set, else the platform's data folder —
 * Linux {@code $XDG_DATA_HOME/RunLens} or {@code ~/.local/share/RunLens}, macOS
 * {@code ~/Library/Application Support/RunLens}, Windows {@code %LOCALAPPDATA%\RunLens}.
 * Reviewer keys live in its {@code keys/}, signed decisions and their per-run logs in {@code decisions/},
 * the user's trust list in {@code trust-list.dsse.json} (unless the app's {@code signing-settings.json} names
 * another, with the audience), the trust verifier's memory in {@code trust-state.json},
 * routing policies (one {@code runlens-routing-policy/1} file per workflow) in {@code policies/},
 * contract rates ({@code runlens-rates/1}) in {@code rates/}, and the decisions imported into live runs in
 * {@code import-ledger.jsonl}.
 */
public record DataFolder(Path home) {

    public static DataFolder fromEnvironment() {
        return of(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    public static DataFolder of(Map<String, String> env, String osName, Path userHome) {
        String explicit = env.get("RUNLENS_HOME");
        if (explicit != null && !explicit.isBlank()) return new DataFolder(Path.of(explicit));
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return new DataFolder(local != null && !local.isBlank() ? Path.of(local, "RunLens")
                    : userHome.resolve("AppData").resolve("Local").resolve("RunLens"));
        }
        if (os.startsWith("mac")) return new DataFolder(userHome.resolve("Library").resolve("Application Support").resolve("RunLens"));
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return new DataFolder(Path.of(xdg, "RunLens"));
        return new DataFolder(userHome.resolve(".local").resolve("share").resolve("RunLens"));
    }

    public Path keys() {
        return home.resolve("keys");
    }

    /** Where the app writes signed decisions ({@code <decisionId>.<keyid>.decision.sigstore.json}) and {@code <runId>.decisions.jsonl}. */
    public Path decisions() {
        return home.resolve("decisions");
    }

    /** The trust list the app verifies decisions with (its root keys pinned in {@link #trustState()}). */
    public Path trustList() {
        return home.resolve("trust-list.dsse.json");
    }

    /** Routing policy files, one per workflow, as the costs workspace saves them. */
    public Path policies() {
        return home.resolve("policies");
    }

    /** Contract rate files ({@code runlens-rates/1}) the costs workspace reprices with at contract rate. */
    public Path rates() {
        return home.resolve("rates");
    }

    public Path trustState() {
        return home.resolve("trust-state.json");
    }

    /** The import ledger: one JSON line per decision imported into a live run (append-only). */
    public Path importLedger() {
        return home.resolve("import-ledger.jsonl");
    }

    /** The app's {@link SigningSettings}: the trust list in use and the audience. */
    public Path signingSettings() {
        return home.resolve("signing-settings.json");
    }
}
