package dev.runlens.app.replay;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.run.RunTab;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Sample bundles opened as the app opens them, and a session showing one on the Replay tab. */
final class Samples {
    static final String PENDING_BEFORE = "2026-09-17-claims-triage-pending-pause-before.json";
    static final String INVOICE = "2026-10-08-invoice-extraction-completed.json";

    private Samples() {}

    static List<String> realistic() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFolder.sampleBundles())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("expected.json")).sorted().toList();
        }
    }

    static Inspection inspect(Path file) {
        return new Workbench(TaskExecutor.sameThread()).inspect(file);
    }

    static Inspection inspect(String sample) {
        return inspect(ProjectFolder.sampleBundles().resolve(sample));
    }

    static RunBundle bundle(Inspection run) {
        return run.model().orElseThrow();
    }

    /** A session on the Replay tab with {@code run} open (cursor at the end). */
    static RunSession session(Inspection run) {
        RunSession s = new RunSession();
        s.showTab(RunTab.REPLAY);
        s.show(run);
        return s;
    }
}
