package dev.runlens.report;

import dev.runlens.costs.catalog.Provenance;
import dev.runlens.costs.review.Review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the weekly review export holds beside the review itself: when and by what it was made,
 * where its runs came from with their integrity verdicts, the runs of the two weeks, the price
 * data used (with attribution), and the routing-policy files read.
 */
public record ReviewDocument(Review review, Instant generatedAt, String generator, List<DataSource> sources, List<ReviewedRun> runs,
                             List<Provenance> prices, List<String> policies) {
    public ReviewDocument {
        sources = List.copyOf(sources);
        runs = List.copyOf(runs);
        prices = List.copyOf(prices);
        policies = List.copyOf(policies);
    }

    /**
     * One input the runs were read from: a file, a folder or a library; how many runs it gave, their
     * integrity verdicts as the reference runtime gives them ({@code VALID}, {@code MISMATCH}, ...),
     * and how many files it left out.
     */
    public record DataSource(String location, String kind, int runs, Map<String, Integer> integrity, int filesLeftOut) {
        public DataSource {
            integrity = Map.copyOf(integrity);
        }
    }

    /** A run of the reviewed or the baseline week, with its integrity verdict and digest, for the audit trail. */
    public record ReviewedRun(String week, String runId, String workflowId, long version, String startedAt, String outcome,
                              String integrity, String sha256, String source) {}
}
