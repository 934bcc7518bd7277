package dev.runlens.workbench;

import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code inspectAsync} in two stages: the run first, unaudited, then the same run with its audit. */
class StagedInspectionTest {
    private static final Path FAILED = ProjectFolder.sampleBundles().resolve("2026-09-08-invoice-extraction-failed.json");

    /** Runs nothing until told to: each submitted task waits in order. */
    private static final class Stepper implements TaskExecutor {
        final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] cancelled = {false};
            queue.add(() -> {
                if (cancelled[0]) return;
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
            return new Cancellable() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            };
        }

        void runNext() {
            queue.remove(0).run();
        }
    }

    @Test
    void theRunComesFirstWithoutAuditThenTheSameRunWithTheAuditInspectGives() {
        Stepper stepper = new Stepper();
        List<Inspection> opened = new ArrayList<>();
        List<Inspection> audited = new ArrayList<>();
        new Workbench(stepper).inspectAsync(FAILED, opened::add, audited::add, e -> { throw new AssertionError(e); });

        stepper.runNext();
        assertEquals(1, opened.size());
        Inspection first = opened.get(0);
        assertFalse(first.audited());
        assertNull(first.audit());
        assertTrue(first.auditReport().isEmpty());
        assertTrue(first.replay().isPresent(), "the run can be replayed before its audit");
        assertTrue(audited.isEmpty(), "the audit has not run yet");

        stepper.runNext();
        Inspection second = audited.get(0);
        assertTrue(second.audited());
        assertTrue(second.sameRun(first));
        assertSame(first.bundle(), second.bundle());
        assertSame(first.replay().orElseThrow(), second.replay().orElseThrow());
        Inspection whole = new Workbench(TaskExecutor.sameThread()).inspect(FAILED);
        assertEquals(whole.audit().findings(), second.audit().findings());
    }

    @Test
    void cancellingAfterTheFirstStageKeepsTheAuditFromBeingDelivered() {
        Stepper stepper = new Stepper();
        List<Inspection> audited = new ArrayList<>();
        TaskExecutor.Cancellable handle = new Workbench(stepper).inspectAsync(FAILED, o -> { }, audited::add,
                e -> { throw new AssertionError(e); });
        stepper.runNext();
        handle.cancel();
        assertTrue(handle.isCancelled());
        while (!stepper.queue.isEmpty()) stepper.runNext();
        assertTrue(audited.isEmpty());
    }

    @Test
    void cancellingBeforeTheFirstStageDeliversNothing() {
        Stepper stepper = new Stepper();
        List<Inspection> delivered = new ArrayList<>();
        new Workbench(stepper).inspectAsync(FAILED, delivered::add, delivered::add, e -> { throw new AssertionError(e); })
                .cancel();
        while (!stepper.queue.isEmpty()) stepper.runNext();
        assertTrue(delivered.isEmpty());
    }

    @Test
    void aMissingFileIsAuditedAsARejectionInTheSecondStage() {
        List<Inspection> audited = new ArrayList<>();
        List<Inspection> opened = new ArrayList<>();
        new Workbench(TaskExecutor.sameThread()).inspectAsync(Path.of("no-such-bundle.json"), opened::add, audited::add,
                e -> { throw new AssertionError(e); });
        assertTrue(opened.get(0).replay().isEmpty());
        assertEquals("IO_ERROR", audited.get(0).bundle().report().error().code());
        assertFalse(audited.get(0).audit().findings().isEmpty());
    }

    @Test
    void theOpenedRunComesWithItsModelCallsPaired() {
        Inspection run = new Workbench(TaskExecutor.sameThread()).inspect(FAILED);
        var paired = run.receipts().orElseThrow();
        var again = dev.runlens.replay.receipt.Receipts.of(run.model().orElseThrow());
        assertEquals(again.all(), paired.all());
        assertSame(paired, run.withAudit(run.audit()).receipts().orElseThrow(), "the audited run keeps them");
    }
}
