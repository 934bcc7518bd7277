package dev.runlens.app.run;

import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The tabs pair the open run's model calls once and share the receipts; another run gets its own. */
class RunAnalysesTest {
    private static final Workbench WORKBENCH = new Workbench(TaskExecutor.sameThread());
    private static final Inspection FAILED = WORKBENCH.inspect(ProjectFolder.sampleBundles().resolve("2026-09-08-invoice-extraction-failed.json"));
    private static final Inspection VENDOR = WORKBENCH.inspect(ProjectFolder.sampleBundles().resolve("2026-09-24-vendor-due-diligence-completed.json"));

    private final RunSession session = new RunSession();

    @Test
    void everyTabGetsTheSameReceiptsOfTheOpenRun() {
        session.show(FAILED);
        var bundle = FAILED.model().orElseThrow();
        var first = session.receipts(bundle).get();
        assertSame(first, session.receipts(bundle).get());
        assertEquals(dev.runlens.replay.receipt.Receipts.of(bundle).all().size(), first.all().size());
    }

    @Test
    void theReceiptsTheOpeningPairedAreTheOnesEveryTabGets() {
        session.show(FAILED);
        assertSame(FAILED.receipts().orElseThrow(), session.receipts(FAILED.model().orElseThrow()).get());
    }

    @Test
    void theAuditArrivingKeepsTheSharedReceiptsAndAnotherRunGetsNewOnes() {
        Inspection unaudited = Inspection.unaudited(FAILED.bundle(), FAILED.replay());
        session.show(unaudited);
        var bundle = FAILED.model().orElseThrow();
        var before = session.receipts(bundle).get();
        session.showAudited(FAILED);
        assertSame(before, session.receipts(bundle).get());

        session.show(VENDOR);
        assertNotSame(before, session.receipts(VENDOR.model().orElseThrow()).get());
        assertNotSame(session.receipts(bundle).get(), session.receipts(bundle).get(), "not the open run's: computed alone");
        session.show(null);
        assertNull(session.analyses());
    }
}
