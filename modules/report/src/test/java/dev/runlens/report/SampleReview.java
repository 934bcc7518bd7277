package dev.runlens.report;

import dev.runlens.costs.catalog.PriceBook;
import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.policy.PolicyFile;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.reprice.Repricer;
import dev.runlens.costs.review.IsoWeek;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WeeklyReview;
import dev.runlens.costs.rollup.RunCost;
import dev.runlens.costs.rollup.RunCosts;
import dev.runlens.costs.routing.MechanicalThresholds;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.ProjectFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The weekly review of 2026-W41 over the sample runs, with a claims-triage policy that has a budget, built from costs directly. */
final class SampleReview {
    static final String CLAIMS_POLICY = """
            {"format": "runlens-routing-policy/1", "workflowId": "wf_claims_triage",
             "budget": {"weekly": {"USD": 0.01}},
             "steps": {
               "check_coverage": {"tier": "small", "reason": "coverage lookup"},
               "route_claim": {"tier": "frontier", "reason": "reviewed routing decision"}
             }}
            """;

    private SampleReview() {}

    static List<Path> files() {
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Review review(String week) throws Exception {
        Policies policies = Policies.of(List.of(PolicyFile.parse(JsonReader.hardened().read(CLAIMS_POLICY.getBytes(StandardCharsets.UTF_8)).value())));
        Repricer repricer = new Repricer(PriceBook.of(List.of(), List.of(), true), RepriceMode.RECORDED, LocalDate.parse("2026-11-23"));
        List<RunBundle> bundles = files().stream().map(f -> BundleModel.of(BundleReader.loader().read(f))).toList();
        List<RunCost> runs = RunCosts.of(bundles, repricer, policies);
        return new WeeklyReview(repricer, policies, MechanicalThresholds.DEFAULT, Instant.parse("2026-11-23T00:00:00Z"))
                .build(runs, IsoWeek.parse(week).orElseThrow(), Optional.empty());
    }

    static ReviewDocument document(Review r) {
        List<ReviewDocument.ReviewedRun> runs = new ArrayList<>();
        for (Path f : files()) {
            RunBundle b = BundleModel.of(BundleReader.loader().read(f));
            LocalDate day = LocalDate.parse(b.run().startedAt().substring(0, 10));
            String week = r.week().contains(day) ? "this" : r.baseline().contains(day) ? "baseline" : null;
            if (week != null) {
                runs.add(new ReviewDocument.ReviewedRun(week, b.run().id(), b.run().workflowId(), b.run().workflowVersion(),
                        b.run().startedAt(), b.run().status().wire(), "VALID", "ab".repeat(32), f.toString()));
            }
        }
        return new ReviewDocument(r, Instant.parse("2026-11-23T09:30:00Z"), "RunLens test",
                List.of(new ReviewDocument.DataSource(ProjectFolder.sampleBundles().toString(), "folder", 14, Map.of("VALID", 14), 1)),
                runs, PriceBook.bundled().catalogs().stream().map(c -> c.provenance()).toList(), List.of("claims.json"));
    }
}
