package dev.runlens.report;

import dev.runlens.costs.Money;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WorkflowReview;
import dev.runlens.report.csv.Csv;
import dev.runlens.report.csv.ReviewCsv;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewCsvTest {

    @Test
    void theReviewCsvRoundTripsToTheReviewsFigures() throws Exception {
        Review r = SampleReview.review("2026-W41");
        String text = ReviewCsv.render(r);
        assertTrue(text.endsWith("\r\n"));
        List<List<String>> records = Csv.parse(text);
        assertEquals(ReviewCsv.HEADER, records.get(0));
        Map<String, BigDecimal> sum = new TreeMap<>();
        for (List<String> rec : records.subList(1, records.size())) {
            assertEquals(ReviewCsv.HEADER.size(), rec.size());
            assertEquals("2026-W41", rec.get(0));
            if (!rec.get(4).isEmpty()) sum.merge(rec.get(4), new BigDecimal(rec.get(12)), BigDecimal::add);
        }
        Map<String, BigDecimal> expected = new TreeMap<>();
        r.costThisWeek().amounts().forEach((c, a) -> expected.put(c, a.stripTrailingZeros()));
        sum.replaceAll((c, a) -> a.stripTrailingZeros());
        expected.keySet().forEach(c -> assertEquals(0, expected.get(c).compareTo(sum.get(c)), c));
        WorkflowReview claims = r.workflows().stream().filter(w -> w.workflowId().equals("wf_claims_triage")).findFirst().orElseThrow();
        List<String> usd = records.stream().filter(x -> x.get(3).equals("wf_claims_triage") && x.get(4).equals("USD")).findFirst().orElseThrow();
        assertEquals(Money.plain(claims.change().get("USD")), usd.get(14));
        assertEquals("yes", usd.get(28), "over budget");
    }

    @Test
    void cellsAreQuotedAndFormulaSafeAndParseBack() {
        Map<String, String> cases = Map.of("plain", "plain", "=1+2", "'=1+2", "@SUM(A1)", "'@SUM(A1)",
                "a, \"b\"", "\"a, \"\"b\"\"\"", "two\r\nlines", "\"two\r\nlines\"");
        cases.forEach((raw, written) -> {
            assertEquals(written, Csv.field(Csv.text(raw)), raw);
            assertEquals(List.of(List.of(Csv.text(raw), "x")), Csv.parse(Csv.record(List.of(Csv.text(raw), "x"))), raw);
        });
    }
}
