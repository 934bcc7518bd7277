package dev.runlens.app.welcome;

import dev.runlens.app.library.SampleSeeds;
import dev.runlens.app.run.RunTab;
import dev.runlens.store.ImportSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What the "What's here" panel offers a newcomer: each a run the app carries and the tab to open it at.
 * The runs are the seeded samples (brought back if removed) and, for the tampered one, a copy of a sample
 * with one cost digit changed ({@code sample-bundles/negative/integrity-mismatch-cost-digit.json},
 * packaged next to this class).
 */
public enum Tryout {
    TAMPERED("Spot a tampered run",
            "A copy of the claims-triage rework run with one cost digit changed: its integrity is MISMATCH, "
                    + "and the library names the field that differs from the original.",
            RunTab.OVERVIEW, "2026-10-06-claims-triage-rework-completed.json", "negative/integrity-mismatch-cost-digit.json"),
    FAILED_REPLAY("Replay a failed run",
            "The invoice extraction that failed: step through its trace and see each model call, artifact "
                    + "and gate as the run reached it, up to the failure.",
            RunTab.REPLAY, "2026-09-08-invoice-extraction-failed.json"),
    COSTS("See where the money went",
            "The 40-step vendor due diligence run as a DAG, each step coloured by what it cost; "
                    + "its critical path is one click away.",
            RunTab.DAG, "2026-09-24-vendor-due-diligence-completed.json");

    static final String CARRIED_PREFIX = "negative/";

    private final String title;
    private final String description;
    private final RunTab tab;
    private final List<String> files;

    Tryout(String title, String description, RunTab tab, String... files) {
        this.title = title;
        this.description = description;
        this.tab = tab;
        this.files = List.of(files);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The run view tab the run opens at. */
    public RunTab tab() {
        return tab;
    }

    /** The sample files (names under {@code sample-bundles/}); the last is the one opened. */
    public List<String> files() {
        return files;
    }

    /** The runs to import; bytes already in the library are found there, not copied again. */
    List<ImportSource> sources() {
        return files.stream().map(Tryout::source).toList();
    }

    private static ImportSource source(String file) {
        if (!file.startsWith(CARRIED_PREFIX)) return SampleSeeds.source(file);
        String resource = file.substring(CARRIED_PREFIX.length());
        return ImportSource.of("sample-bundles/" + file, 0, () -> {
            try (InputStream in = Tryout.class.getResourceAsStream(resource)) {
                if (in == null) throw new IOException("the sample " + file + " is missing from the app");
                return in.readAllBytes();
            }
        });
    }
}
