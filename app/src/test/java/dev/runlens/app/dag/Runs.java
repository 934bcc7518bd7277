package dev.runlens.app.dag;

import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;

import java.nio.file.Path;

/** Sample runs opened the way the app opens them. */
final class Runs {
    static final String VENDOR_DUE_DILIGENCE = "2026-09-24-vendor-due-diligence-completed.json";
    static final String INVOICE_FAILED = "2026-09-08-invoice-extraction-failed.json";
    static final String CLAIMS_PENDING = "2026-09-17-claims-triage-pending-pause-before.json";

    private Runs() {}

    static Path file(String name) {
        return ProjectFolder.sampleBundles().resolve(name);
    }

    static Inspection inspect(String name) {
        return new Workbench(TaskExecutor.sameThread()).inspect(file(name));
    }
}
