package dev.runlens.audit;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonLocator;
import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.ReadLimits;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The findings engine ("expert info") over a run bundle. Configure once with {@link #builder()},
 * then call {@link #audit(Path)}: the file is read as the runtime imports it, every check group
 * runs over the typed model, and each finding comes back with its code, grade, message, JSON path,
 * {@code line:column}, explanation and target. Thread-safe; holds no state between audits.
 *
 * <pre>{@code
 * Auditor auditor = Auditor.builder().retryThreshold(5).clockSkewTolerance(Duration.ofSeconds(2)).build();
 * AuditReport report = auditor.audit(Path.of("run.bundle.json"));
 * }</pre>
 *
 * <p>Rejected files are audited too: the rejection is a {@code BUNDLE_REJECTED} finding and the
 * other checks run on the lenient model of what could be read.
 */
public final class Auditor {
    /** Turns the reader's report into findings; runs always (its codes belong to several groups, filtered after). */
    private static final Check REPORT = new ReaderFindings();
    private static final Map<Group, List<Check>> CHECKS = new EnumMap<>(Map.of(
            Group.INTEGRITY, List.of(),
            Group.EVENTS, List.of(new EventChecks(), new LifecycleChecks()),
            Group.ARTIFACTS, List.of(new ArtifactChecks(), new PatchChecks()),
            Group.WORKFLOW, List.of(new WorkflowChecks()),
            Group.ENGINE, List.of(new EngineChecks()),
            Group.RECEIPTS, List.of(new ReceiptChecks())));

    private final AuditOptions options;

    private Auditor(AuditOptions options) {
        this.options = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An auditor with every check and the default thresholds. */
    public static Auditor standard() {
        return builder().build();
    }

    public AuditOptions options() {
        return options;
    }

    /** Reads and audits a file; findings are located in it. */
    public AuditReport audit(Path file) {
        BundleReader.Loaded loaded = new BundleReader(BundleReader.Options.LOAD.withLimits(options.readLimits())).read(file);
        return audit(loaded, (locator, wanted) -> {
            try (InputStream in = Files.newInputStream(file)) {
                return locator.locate(in, wanted);
            }
        });
    }

    /**
     * Audits a bundle already read with a tree-retaining reader; {@code bytes} (the file it was read
     * from, may be null) locates the findings, helped by the read's {@link BundleReader.Loaded#positions()}.
     */
    public AuditReport audit(BundleReader.Loaded loaded, byte[] bytes) {
        return audit(loaded, inMemory(loaded, bytes));
    }

    /** The file in memory as a source of locations: only the values holding findings are read again when the read left positions. */
    private static Source inMemory(BundleReader.Loaded loaded, byte[] bytes) {
        return bytes == null ? null : (locator, wanted) -> locator.locate(bytes, wanted, loaded.positions());
    }

    /** Audits without locating findings in the file. */
    public AuditReport audit(BundleReader.Loaded loaded) {
        return audit(loaded, (Source) null);
    }

    /**
     * Where two copies of the same run differ: events aligned by id (removed / added / moved
     * events, then changed fields), artifacts by {@code key@version}, rule sets by id, engine,
     * integrity and top-level extras; paths are the first copy's.
     */
    public static List<Difference> compare(RunBundle a, RunBundle b) {
        return BundleDiff.compare(a, b);
    }

    /** Where findings are located: the file read again, or the bytes already in memory. */
    private interface Source {
        Map<JsonPath, JsonLocator.Location> locate(JsonLocator locator, Set<JsonPath> wanted) throws IOException;
    }

    private AuditReport audit(BundleReader.Loaded loaded, Source source) {
        return audit(loaded, source, BundleModel.of(loaded), null);
    }

    /**
     * Audits a bundle whose model and replay the caller already built ({@link BundleModel#of},
     * {@link Replay#of}; both null when the file gave no model), locating the findings in
     * {@code bytes} (the file; may be null).
     */
    public AuditReport audit(BundleReader.Loaded loaded, byte[] bytes, Replay replay) {
        return audit(loaded, inMemory(loaded, bytes), replay == null ? null : replay.bundle(), replay);
    }

    private AuditReport audit(BundleReader.Loaded loaded, Source source, RunBundle bundle, Replay replay) {
        AuditContext ctx = AuditContext.of(loaded.report(), bundle, options, replay);
        Findings findings = new Findings();
        REPORT.run(ctx, findings);
        for (Group g : Group.values()) {
            if (!options.groups().contains(g) || bundle == null) continue;
            for (Check c : CHECKS.get(g)) c.run(ctx, findings);
        }
        List<Findings.Draft> drafts = findings.drafts().stream().filter(d -> options.reports(d.code())).toList();
        Map<JsonPath, JsonLocator.Location> where = locate(drafts, source);
        List<AuditFinding> out = drafts.stream().map(d -> finding(d, where)).sorted(ORDER).toList();
        return new AuditReport(loaded.report(), out);
    }

    private Map<JsonPath, JsonLocator.Location> locate(List<Findings.Draft> drafts, Source source) {
        Set<JsonPath> wanted = new HashSet<>();
        for (Findings.Draft d : drafts) {
            if (d.location().isEmpty() && d.path() != null) wanted.add(d.path());
        }
        if (source == null || wanted.isEmpty()) return Map.of();
        try {
            return source.locate(new JsonLocator(JsonReader.hardened(options.readLimits())), wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file again to locate findings", e);
        }
    }

    private static AuditFinding finding(Findings.Draft d, Map<JsonPath, JsonLocator.Location> where) {
        String location = d.location();
        if (location.isEmpty() && d.path() != null && where.containsKey(d.path())) location = where.get(d.path()).toString();
        return new AuditFinding(d.code().code(), d.code().group(), d.code().severity(), d.message(), d.pathText(), location,
                d.code().explanation(), d.target());
    }

    /** Most severe first; then by group and trace position, keeping the checks' order otherwise. */
    private static final Comparator<AuditFinding> ORDER = Comparator.comparing(AuditFinding::severity)
            .thenComparing(AuditFinding::group)
            .thenComparingInt(f -> f.target().eventIndex().orElse(-1));

    /** Configures an {@link Auditor}; every setting has a default. */
    public static final class Builder {
        private Set<Group> groups = EnumSet.allOf(Group.class);
        private final Set<FindingCatalog> suppressed = new HashSet<>();
        private int retryThreshold = AuditOptions.DEFAULT.retryThreshold();
        private Duration clockSkewTolerance = AuditOptions.DEFAULT.clockSkewTolerance();
        private ReadLimits readLimits = ReadLimits.DEFAULT;

        private Builder() {}

        /** Run only these check groups (default: all). */
        public Builder checks(Group... only) {
            groups = only.length == 0 ? EnumSet.noneOf(Group.class) : EnumSet.copyOf(Arrays.asList(only));
            return this;
        }

        /** Never report these codes. */
        public Builder suppress(FindingCatalog... codes) {
            suppressed.addAll(Arrays.asList(codes));
            return this;
        }

        /** Failed model calls (or restarts) within one step from which {@code STEP_RETRIED} is reported (default 3). */
        public Builder retryThreshold(int failures) {
            retryThreshold = failures;
            return this;
        }

        /** How far timestamps may go back, or lie outside the run, before they are reported (default zero). */
        public Builder clockSkewTolerance(Duration tolerance) {
            clockSkewTolerance = Objects.requireNonNull(tolerance);
            return this;
        }

        /** The hardened reader's limits for {@link #audit(Path)} (default {@link ReadLimits#DEFAULT}). */
        public Builder readLimits(ReadLimits limits) {
            readLimits = Objects.requireNonNull(limits);
            return this;
        }

        public Auditor build() {
            return new Auditor(new AuditOptions(groups, suppressed, retryThreshold, clockSkewTolerance, readLimits));
        }
    }
}
