package dev.runlens.workbench;

import dev.runlens.costs.review.IsoWeek;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.rollup.RunOutcome;
import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Timestamps;
import dev.runlens.report.ReviewDocument;
import dev.runlens.report.csv.ReviewCsv;
import dev.runlens.report.pdf.ReviewPdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The weekly review's exports: the document behind the PDF (sources, runs, prices), the PDF and the CSV, written atomically. */
final class ReviewExports {
    private ReviewExports() {}

    static ReviewDocument document(RunSet set, CostSettings s, Review r, Instant generatedAt) throws CostSetupException {
        List<ReviewDocument.DataSource> sources = new ArrayList<>();
        for (RunSet.SourceSummary src : set.sources()) {
            Map<String, Integer> verdicts = new TreeMap<>();
            src.verdicts().forEach((v, n) -> verdicts.put(v.name(), n));
            sources.add(new ReviewDocument.DataSource(src.input().path().toString(), src.input().kind().name().toLowerCase(Locale.ROOT),
                    src.runs(), verdicts, src.skipped()));
        }
        List<ReviewDocument.ReviewedRun> runs = new ArrayList<>();
        for (RunSet.Loaded l : set.runs()) {
            RunBundle b = l.bundle();
            LocalDate day = Timestamps.parse(b.run().startedAt()).orElse(Instant.EPOCH).atOffset(ZoneOffset.UTC).toLocalDate();
            String week = r.week().contains(day) ? r.week().toString() : r.baseline().contains(day) ? r.baseline().toString() : null;
            if (week == null) continue;
            IntegrityVerdict v = l.integrity();
            runs.add(new ReviewDocument.ReviewedRun(week, b.run().id(), b.run().workflowId(), b.run().workflowVersion(), b.run().startedAt(),
                    RunOutcome.of(b).wire(), v == null ? "?" : v.name(), l.sha256(), l.name()));
        }
        runs.sort(Comparator.comparing((ReviewDocument.ReviewedRun x) -> IsoWeek.parse(x.week()).orElseThrow())
                .thenComparing(ReviewDocument.ReviewedRun::startedAt));
        return new ReviewDocument(r, generatedAt, "RunLens (" + Workbench.protocolDescription() + ")", sources, runs,
                CostUseCases.setup(s).sources(), s.policies().stream().map(Path::toString).toList());
    }

    static void writePdf(ReviewDocument d, Path file) throws IOException {
        atomically(file, out -> ReviewPdf.write(d, out));
    }

    static void writeCsv(Review r, Path file) throws IOException {
        byte[] bytes = ReviewCsv.render(r).getBytes(StandardCharsets.UTF_8);
        atomically(file, out -> out.write(bytes));
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside {@code file}, then moves it in place, so a failed export leaves no half file. */
    private static void atomically(Path file, Writing w) throws IOException {
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                w.to(out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
