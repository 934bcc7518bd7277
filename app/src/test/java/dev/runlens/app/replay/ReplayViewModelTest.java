package dev.runlens.app.replay;

import dev.runlens.app.run.RunSession;
import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.receipt.Receipt;
import dev.runlens.replay.receipt.Receipts;
import dev.runlens.testkit.SharedFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Replay tab's cursor and model calls, on real sample runs, with a same-thread executor. */
class ReplayViewModelTest {
    static List<String> realistic() throws IOException {
        return Samples.realistic();
    }

    private static ReplayViewModel model(RunSession session) {
        return new ReplayViewModel(session, TaskExecutor.sameThread());
    }

    private static int response(Receipt r) {
        return r.response().or(r::request).map(ModelIo::index).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("realistic")
    void nextFromTheStartVisitsEveryModelCallInTheOrderOfItsResponse(String sample) {
        Inspection run = Samples.inspect(sample);
        RunSession session = Samples.session(run);
        ReplayViewModel model = model(session);
        List<Receipt> expected = new ArrayList<>(Receipts.of(Samples.bundle(run)).all());
        expected.sort(Comparator.comparingInt(ReplayViewModelTest::response));

        model.first();
        assertFalse(model.frameProperty().get().receipt().present(), "no call before the first event");
        List<Integer> positions = new ArrayList<>();
        while (model.hasNextReceiptProperty().get()) {
            model.nextReceipt();
            ReceiptCard card = model.frameProperty().get().receipt();
            assertEquals(positions.size(), card.ordinal());
            positions.add(session.positionProperty().get());
        }
        assertEquals(expected.stream().map(r -> response(r) + 1).toList(), positions);
        int end = session.positionProperty().get();
        model.nextReceipt();
        assertEquals(end, session.positionProperty().get(), "n after the last call stays");
    }

    @Test
    void previousWalksBackThroughTheSameCalls() {
        RunSession session = Samples.session(Samples.inspect(Samples.PENDING_BEFORE));
        ReplayViewModel model = model(session);
        List<Integer> forward = new ArrayList<>();
        for (model.first(); model.hasNextReceiptProperty().get(); ) {
            model.nextReceipt();
            forward.add(session.positionProperty().get());
        }
        model.last();
        List<Integer> backward = new ArrayList<>();
        while (model.hasPreviousReceiptProperty().get()) {
            model.previousReceipt();
            backward.add(0, session.positionProperty().get());
        }
        assertEquals(forward, backward);
    }

    /** Independently of the timeline: walk back from the cursor to the last model_io event and find its receipt. */
    @ParameterizedTest
    @MethodSource("realistic")
    void theCallShownAtEachPositionOwnsTheLastModelEventBeforeIt(String sample) {
        Inspection run = Samples.inspect(sample);
        RunBundle b = Samples.bundle(run);
        List<Receipt> receipts = Receipts.of(b).all();
        List<Receipt> byResponse = new ArrayList<>(receipts);
        byResponse.sort(Comparator.comparingInt(ReplayViewModelTest::response));
        RunSession session = Samples.session(run);
        ReplayViewModel model = model(session);
        for (int p = 0; p <= b.trace().size(); p++) {
            model.moveTo(p);
            Optional<Receipt> expected = Optional.empty();
            for (int i = p - 1; i >= 0 && expected.isEmpty(); i--) {
                TraceEvent e = b.trace().get(i);
                if (e instanceof ModelIo m) expected = receipts.stream().filter(r -> owns(r, m)).findFirst();
            }
            ReceiptCard card = model.frameProperty().get().receipt();
            assertEquals(expected.map(byResponse::indexOf).orElse(-1), card.ordinal(), "position " + p);
            if (expected.isPresent() && expected.get().response().isPresent()) {
                String text = PlainText.block(expected.get().responseText());
                assertTrue(card.response().startsWith(text), "position " + p);
                assertTrue(card.usage().contains(PlainText.of(expected.get().model().orElseThrow())), card.usage());
            }
        }
    }

    private static boolean owns(Receipt r, ModelIo m) {
        return r.response().filter(x -> x == m).isPresent() || r.request().filter(x -> x == m).isPresent()
                || r.chunks().stream().anyMatch(x -> x == m);
    }

    @Test
    void requestShowsMessagesByRoleAndUsageShowsTokensCostAndDuration() {
        Inspection run = Samples.inspect(Samples.PENDING_BEFORE);
        RunSession session = Samples.session(run);
        ReplayViewModel model = model(session);
        model.first();
        model.nextReceipt();
        ReceiptCard card = model.frameProperty().get().receipt();
        Receipt first = Receipts.of(Samples.bundle(run)).all().stream()
                .min(Comparator.comparingInt(ReplayViewModelTest::response)).orElseThrow();
        for (var m : first.requestMessages()) {
            assertTrue(card.request().contains("── " + m.role() + " ──\n" + PlainText.block(m.text())), m.role());
        }
        var usage = first.usage().orElseThrow();
        String expected = String.format(java.util.Locale.ROOT, "tokens in %,d / out %,d", usage.inputTokens().orElseThrow(),
                usage.outputTokens().orElseThrow());
        assertTrue(card.usage().contains(expected), card.usage());
        var cost = first.cost().orElseThrow();
        assertTrue(card.usage().contains("cost " + dev.runlens.protocol.json.JsNumber.format(cost.amount()) + " "
                + cost.currency().strip()), card.usage());
        assertTrue(card.usage().endsWith(" ms"), card.usage());
    }

    @Test
    void aResponseWithoutCostIsUnpricedNeverZero() {
        Inspection run = Samples.inspect(SharedFolder.require("corpus/p01-contract-review-completed.json"));
        RunSession session = Samples.session(run);
        ReplayViewModel model = model(session);
        ModelIo unpriced = Samples.bundle(run).events(ModelIo.class).stream()
                .filter(m -> m.direction() == dev.runlens.protocol.model.ModelDirection.RESPONSE && m.cost().isEmpty())
                .findFirst().orElseThrow();
        model.moveTo(unpriced.index() + 1);
        String usage = model.frameProperty().get().receipt().usage();
        assertTrue(usage.contains("cost unpriced"), usage);
        assertFalse(usage.matches(".*cost 0(\\.0*)? .*"), usage);
    }

    @Test
    void positionTextNamesTheEventAtTheCursor() {
        Inspection run = Samples.inspect(Samples.PENDING_BEFORE);
        RunSession session = Samples.session(run);
        ReplayViewModel model = model(session);
        TraceEvent e = Samples.bundle(run).trace().get(9);
        model.moveTo(10);
        assertEquals("event 10 of " + session.size() + " — " + e.type() + e.stepId().map(s -> " " + s).orElse("")
                + " " + e.ts(), model.positionTextProperty().get());
        model.first();
        assertEquals("start — 0 of " + session.size() + " events applied", model.positionTextProperty().get());
    }
}
