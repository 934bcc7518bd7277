package dev.runlens.workbench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Replay;
import dev.runlens.replay.receipt.Receipts;

/**
 * What opening a run derives from its trees: the typed model, the replay index and the paired model
 * calls. Handed to the reader, it builds them while the file's canonical hashes are still being
 * computed on the second core; otherwise ({@link #complete}) from the finished read. A large run
 * builds the replay index and the receipts side by side.
 */
final class Opening implements BundleReader.WhileHashing {
    /** From this many trace events on, the replay index and the receipts are built on two threads. */
    static final int PARALLEL_MIN_EVENTS = 20_000;

    private boolean built;
    private RunBundle model;
    private Replay replay;
    private Receipts receipts;

    @Override
    public void trees(boolean accepted, JsonValue raw, JsonValue normalized) {
        build(BundleModel.of(accepted, normalized, raw));
    }

    /** Builds from {@code loaded} unless the reader handed the trees over already; returns this. */
    Opening complete(BundleReader.Loaded loaded) {
        if (!built) build(BundleModel.of(loaded));
        return this;
    }

    private void build(RunBundle m) {
        built = true;
        model = m;
        if (m == null) return;
        Beside<Receipts> paired = m.trace().size() >= PARALLEL_MIN_EVENTS && Runtime.getRuntime().availableProcessors() > 1
                ? Beside.start(() -> Receipts.of(m)) : Beside.inline(() -> Receipts.of(m));
        replay = Replay.of(m);
        receipts = paired.get();
    }

    /** The typed model (lenient for a bundle the runtime rejects); null when the file is not a JSON object. */
    RunBundle model() {
        return model;
    }

    /** Null exactly when {@link #model()} is. */
    Replay replay() {
        return replay;
    }

    /** Null exactly when {@link #model()} is. */
    Receipts receipts() {
        return receipts;
    }
}
