package dev.runlens.workbench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.ByteSink;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.schema.BundleSchemas;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one API that {@code app/} and {@code cli/} call. Use cases are plain methods that do the
 * work on the caller's thread; the {@code ...Async} variants run them on the {@link TaskExecutor}
 * the composition root supplied.
 */
public final class Workbench {
    private final TaskExecutor executor;

    public Workbench(TaskExecutor executor) {
        this.executor = executor;
    }

    // ------------------------------------------------------------------ verify

    /** Verifies one file as the reference runtime would, plus the strict findings. Never throws for bad input. */
    public VerificationReport verify(Path file) {
        return BundleReader.verifier().read(file).report();
    }

    /** Verifies files in order, handing each report to {@code each} as soon as it is ready. */
    public void verifyAll(List<Path> files, Consumer<VerificationReport> each) {
        for (Path f : files) each.accept(verify(f));
    }

    public TaskExecutor.Cancellable verifyAsync(Path file, Consumer<VerificationReport> onDone, Consumer<Throwable> onFailure) {
        return executor.submit(() -> verify(file), onDone, onFailure);
    }

    // ------------------------------------------------------------------ open (report + trees for display)

    /**
     * A bundle opened for display: the report, its raw and normalised trees when it is JSON, and the
     * typed model (lenient for a bundle the runtime rejects, so it can still be shown; null when not JSON).
     */
    public record OpenedBundle(Path file, VerificationReport report, JsonValue rawTree, JsonValue normalizedTree,
                               RunBundle model) {}

    public OpenedBundle open(Path file) {
        BundleReader.Loaded l = BundleReader.loader().read(file);
        RunBundle model = l.rawTree() == null ? null
                : l.normalizedTree() != null ? BundleModel.from(l.normalizedTree(), l.rawTree()) : BundleModel.lenient(l.rawTree());
        return new OpenedBundle(file, l.report(), l.rawTree(), l.normalizedTree(), model);
    }

    public TaskExecutor.Cancellable openAsync(Path file, Consumer<OpenedBundle> onDone, Consumer<Throwable> onFailure) {
        return executor.submit(() -> open(file), onDone, onFailure);
    }

    // ------------------------------------------------------------------ canonical form

    /** Which bytes {@link #canonical} writes. */
    public enum CanonicalMode {
        /** For an accepted run bundle, exactly what {@code integrity.sha256} covers; else the whole document. */
        HASHED,
        /** The whole document in the integrity canonical form. */
        DOCUMENT,
        /** The whole document in the artifact-payload form ({@code pointer.payloadHash}). */
        ARTIFACT_PAYLOAD
    }

    /**
     * Writes the canonical form of any JSON file to {@code out}, nothing else.
     *
     * @throws CanonicalFormException when the file cannot be read or is not JSON (message names file and place)
     */
    public void canonical(Path file, CanonicalMode mode, ByteSink out) throws CanonicalFormException {
        BundleReader.Loaded l = BundleReader.loader().read(file);
        JsonValue doc = l.rawTree();
        if (doc == null) {
            String why = l.report().error().message().replaceFirst("^Run bundle is not valid JSON", "not valid JSON");
            throw new CanonicalFormException(why.startsWith(file.toString()) ? why : file + ": " + why);
        }
        switch (mode) {
            case ARTIFACT_PAYLOAD -> CanonicalJson.write(doc, CanonicalJson.Form.ARTIFACT_PAYLOAD, out);
            case DOCUMENT -> CanonicalJson.write(doc, CanonicalJson.Form.INTEGRITY, out);
            case HASHED -> CanonicalJson.write(hashedBody(l), CanonicalJson.Form.INTEGRITY, out);
        }
    }

    /** The object the integrity hash covers when the file is an accepted bundle, else the whole document. */
    private static JsonValue hashedBody(BundleReader.Loaded l) {
        if (!l.report().accepted() || !(l.normalizedTree() instanceof JsonValue.Obj n)) return l.rawTree();
        LinkedHashMap<String, JsonValue> body = new LinkedHashMap<>();
        for (String k : List.of("run", "trace", "artifacts", "ruleSets", "engine")) {
            if (n.has(k)) body.put(k, n.get(k));
        }
        return new JsonValue.Obj(body);
    }

    /** Protocol and reference versions, for {@code --version} and the About box. */
    public static String protocolDescription() {
        return "protocol " + BundleSchemas.PROTOCOL_VERSION + ", reference runtime @llm-workbench/runtime 0.3.3";
    }
}
