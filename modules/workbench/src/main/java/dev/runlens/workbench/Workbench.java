package dev.runlens.workbench;

import dev.runlens.audit.AuditReport;
import dev.runlens.audit.Auditor;
import dev.runlens.costs.review.IsoWeek;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.rollup.Dimension;
import dev.runlens.costs.rollup.Period;
import dev.runlens.costs.telemetry.TelemetryLedger;
import dev.runlens.costs.telemetry.TelemetryRejected;
import dev.runlens.costs.telemetry.TelemetrySummary;
import dev.runlens.audit.Difference;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.ByteSink;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.ModelDirection;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.schema.BundleSchemas;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.report.ReviewDocument;
import dev.runlens.report.csv.CostTableCsv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one API that {@code app/} and {@code cli/} call. Use cases are plain methods that do the
 * work on the caller's thread; the {@code ...Async} variants run them on the {@link TaskExecutor}
 * the composition root supplied.
 */
public final class Workbench {
    private final TaskExecutor executor;
    private final Auditor auditor;
    private volatile Warmup warmup;

    public Workbench(TaskExecutor executor) {
        this(executor, Auditor.standard());
    }

    public Workbench(TaskExecutor executor, Auditor auditor) {
        this.executor = executor;
        this.auditor = auditor;
    }

    /** The auditor {@link #inspect} uses; the library indexes its findings too. */
    public Auditor auditor() {
        return auditor;
    }

    /** The executor the {@code ...Async} methods use; screens run their own background work on it too. */
    public TaskExecutor executor() {
        return executor;
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
     * typed model (lenient for a bundle the runtime rejects, so it can still be shown; null when the
     * file is not a JSON object).
     */
    public record OpenedBundle(Path file, VerificationReport report, JsonValue rawTree, JsonValue normalizedTree,
                               RunBundle model) {}

    public OpenedBundle open(Path file) {
        return opened(file, BundleReader.loader().read(file));
    }

    private static OpenedBundle opened(Path file, BundleReader.Loaded l) {
        return new OpenedBundle(file, l.report(), l.rawTree(), l.normalizedTree(), BundleModel.of(l));
    }

    // ------------------------------------------------------------------ inspect and replay

    /**
     * Reads the file once, verifies it, audits it (findings located in the file) and prepares its
     * replay. Never throws for bad input: an unreadable file gives an inspection with a rejection finding.
     */
    public Inspection inspect(Path file) {
        return inspect(file, file.toString());
    }

    /**
     * Like {@link #inspect(Path)}, with the report naming the file {@code name} (e.g. where a library's
     * kept original came from, instead of the blob's path).
     */
    public Inspection inspect(Path file, String name) {
        giveWay();
        return firstStage(file, name).audited(auditor);
    }

    /**
     * Opens {@code bundles} (small ones: the packaged samples) {@code rounds} times over on a
     * background thread of the lowest priority, the way {@link #inspect} opens a file, so the Java
     * runtime has compiled that code before the user's first large open; shown nowhere. The first
     * real open ({@link #inspect}, {@link #inspectAsync}) ends it; so does cancelling the handle.
     */
    public Warmup warmUp(List<Callable<byte[]>> bundles, int rounds) {
        giveWay();
        Warmup w = Warmup.start(bundles, rounds, (name, bytes) -> staged(Path.of(name), name, bytes).audited(auditor));
        warmup = w;
        return w;
    }

    private void giveWay() {
        Warmup w = warmup;
        if (w != null) w.stop();
    }

    public TaskExecutor.Cancellable inspectAsync(Path file, Consumer<Inspection> onDone, Consumer<Throwable> onFailure) {
        return executor.submit(() -> inspect(file), onDone, onFailure);
    }

    /**
     * {@link #inspect} in two deliveries, so a screen can show the run before its audit is done:
     * {@code onOpened} gets the run read, verified, modelled and replayable with no audit yet
     * ({@link Inspection#audited()} false); then the audit runs and {@code onAudited} gets the same
     * run (same bundle and replay objects) with it. Cancelling stops whichever stage is under way;
     * {@code onFailure} is called at most once, for either stage.
     */
    public TaskExecutor.Cancellable inspectAsync(Path file, Consumer<Inspection> onOpened, Consumer<Inspection> onAudited,
                                                 Consumer<Throwable> onFailure) {
        return inspectAsync(file, file.toString(), onOpened, onAudited, onFailure);
    }

    /** {@link #inspectAsync(Path, Consumer, Consumer, Consumer)} with the report naming the file {@code name}. */
    public TaskExecutor.Cancellable inspectAsync(Path file, String name, Consumer<Inspection> onOpened,
                                                 Consumer<Inspection> onAudited, Consumer<Throwable> onFailure) {
        giveWay();
        Stages stages = new Stages();
        stages.start(executor.submit(() -> firstStage(file, name), first -> {
            if (stages.isCancelled()) return;
            onOpened.accept(first.inspection());
            if (!stages.isCancelled()) stages.start(executor.submit(() -> first.audited(auditor), onAudited, onFailure));
        }, onFailure));
        return stages;
    }

    /** Read, verified, modelled and replayable; what the audit needs kept until it runs. */
    private record FirstStage(Inspection inspection, BundleReader.Loaded loaded, byte[] bytes) {
        Inspection audited(Auditor auditor) {
            Replay replay = inspection.replay().orElse(null);
            AuditReport audit = bytes == null ? auditor.audit(loaded) : auditor.audit(loaded, bytes, replay);
            return inspection.withAudit(audit);
        }
    }

    private static FirstStage firstStage(Path file, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            BundleReader.Loaded missing = BundleReader.loader().read(file); // reports the I/O error in its words
            return new FirstStage(Inspection.unaudited(opened(file, missing), Optional.empty()), missing, null);
        }
        return staged(file, name, bytes);
    }

    private static FirstStage staged(Path file, String name, byte[] bytes) {
        Opening opening = new Opening(); // model, replay index and receipts, built while the file's hashes are computed
        BundleReader.Loaded l = BundleReader.loader().read(name, bytes, opening);
        opening.complete(l);
        OpenedBundle b = new OpenedBundle(file, l.report(), l.rawTree(), l.normalizedTree(), opening.model());
        if (b.model() == null) return new FirstStage(Inspection.unaudited(b, Optional.empty()), l, bytes);
        return new FirstStage(Inspection.unaudited(b, Optional.of(opening.replay()), opening.receipts()), l, bytes);
    }

    /** The handle of a two-stage task: cancels the stage under way, and keeps a later stage from starting. */
    private static final class Stages implements TaskExecutor.Cancellable {
        private volatile boolean cancelled;
        private volatile TaskExecutor.Cancellable current = TaskExecutor.DONE;

        void start(TaskExecutor.Cancellable stage) {
            current = stage;
            if (cancelled) stage.cancel();
        }

        @Override
        public void cancel() {
            cancelled = true;
            current.cancel();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    public TaskExecutor.Cancellable inspectAsync(Path file, String name, Consumer<Inspection> onDone,
                                                 Consumer<Throwable> onFailure) {
        return executor.submit(() -> inspect(file, name), onDone, onFailure);
    }

    /**
     * Where two copies of a run differ (tampering localisation): events aligned by id, then fields,
     * artifacts by version, rule sets, engine, integrity and extras. Paths are the first copy's.
     *
     * @throws IllegalArgumentException naming the file when one of them is not a readable run
     */
    public List<Difference> compare(Path first, Path second) {
        return Auditor.compare(modelOf(first), modelOf(second));
    }

    private RunBundle modelOf(Path file) {
        OpenedBundle b = open(file);
        if (b.model() == null) throw new IllegalArgumentException(file + ": not a readable run: " + b.report().error().message());
        return b.model();
    }

    /** Where to stop a replay: after {@code position} events, or just after the event with this id. */
    public record ReplayPoint(OptionalInt position, Optional<String> eventId) {
        public static ReplayPoint at(int position) {
            return new ReplayPoint(OptionalInt.of(position), Optional.empty());
        }

        public static ReplayPoint afterEvent(String id) {
            return new ReplayPoint(OptionalInt.empty(), Optional.of(id));
        }
    }

    /**
     * The state of the run at a point of its trace.
     *
     * @throws IllegalArgumentException naming the file when the file has no readable trace, the
     *                                  position is outside {@code 0..size} or no event has the id
     */
    public RunState replayAt(Path file, ReplayPoint point) {
        Replay r = Replay.of(modelOf(file));
        if (point.eventId().isPresent()) {
            String id = point.eventId().get();
            int p = r.positionAfter(id).orElseThrow(() -> new IllegalArgumentException(file + ": no trace event has id \"" + id + "\""));
            return r.stateAt(p);
        }
        int p = point.position().orElse(r.size());
        if (p < 0 || p > r.size()) {
            throw new IllegalArgumentException(file + ": position " + p + " is outside 0.." + r.size()
                    + " (the number of trace events applied)");
        }
        return r.stateAt(p);
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

    // ------------------------------------------------------------------ costs

    /**
     * Files, folders (their {@code *.json}) and libraries (a folder holding {@code library.db}: its
     * runs read from their kept originals) read as runs for cost figures: accepted bundles once per
     * run id; everything else listed as skipped with the reason.
     */
    public RunSet loadRuns(List<Path> filesOrFolders) {
        return RunLoader.load(filesOrFolders, List.of(), DateRange.ALL);
    }

    /**
     * Like {@link #loadRuns(List)}, with {@code libraries} named as libraries (read first; a folder
     * without {@code library.db} is an unusable named input) and library runs limited to {@code range}.
     */
    public RunSet loadRuns(List<Path> filesOrFolders, List<Path> libraries, DateRange range) {
        return RunLoader.load(filesOrFolders, libraries, range);
    }

    /**
     * The reference runtime's {@code summarizeModelTelemetry} over the runs, in the order given.
     *
     * @param generatedAt the summary's {@code generatedAt}
     * @throws TelemetryRejected where the runtime's own output validation would throw
     */
    public TelemetrySummary telemetry(RunSet runs, Set<ModelDirection> directions, String generatedAt) throws TelemetryRejected {
        return TelemetryLedger.summarize(runs.bundles(), directions, generatedAt);
    }

    /** A cost table of the runs by {@code by} and {@code period}, costed as {@code settings} says, from {@code since} on. */
    public CostReport costs(RunSet runs, CostSettings settings, Dimension by, Period period, Optional<LocalDate> since)
            throws CostSetupException {
        return CostUseCases.costs(runs, settings, by, period, since);
    }

    /** The weekly review of {@code week} against {@code baseline} (the week before when empty). */
    public Review review(RunSet runs, CostSettings settings, IsoWeek week, Optional<IsoWeek> baseline) throws CostSetupException {
        return CostUseCases.review(runs, settings, week, baseline);
    }

    /**
     * The figures of the costs dashboard in one pass over the runs (each priced once): the daily
     * table by workflow, and the whole range by workflow and by model.
     */
    public CostOverview costOverview(RunSet runs, CostSettings settings) throws CostSetupException {
        return CostUseCases.overview(runs, settings);
    }

    /** A cost table as RFC 4180 CSV (formula-safe), one record per group and currency. */
    public String costsCsv(CostReport report) {
        return CostTableCsv.render(report.rows());
    }

    /**
     * What the review's PDF holds beside the review: the data sources of {@code runs} with their
     * integrity verdicts, the runs of the two weeks, the price data and policy files of {@code settings}.
     */
    public ReviewDocument reviewDocument(RunSet runs, CostSettings settings, Review review, Instant generatedAt)
            throws CostSetupException {
        return ReviewExports.document(runs, settings, review, generatedAt);
    }

    /** Writes the review as a PDF (fonts embedded, page numbers); the file appears whole or not at all. */
    public void writeReviewPdf(ReviewDocument document, Path file) throws IOException {
        ReviewExports.writePdf(document, file);
    }

    /** Writes the review as CSV, one record per workflow and currency; the file appears whole or not at all. */
    public void writeReviewCsv(Review review, Path file) throws IOException {
        ReviewExports.writeCsv(review, file);
    }

    public TaskExecutor.Cancellable costsAsync(RunSet runs, CostSettings settings, Dimension by, Period period,
                                               Optional<LocalDate> since, Consumer<CostReport> onDone, Consumer<Throwable> onFailure) {
        return executor.submit(() -> costs(runs, settings, by, period, since), onDone, onFailure);
    }

    /** Protocol and reference versions, for {@code --version} and the About box. */
    public static String protocolDescription() {
        return "protocol " + BundleSchemas.PROTOCOL_VERSION + ", reference runtime @llm-workbench/runtime 0.3.3";
    }
}
