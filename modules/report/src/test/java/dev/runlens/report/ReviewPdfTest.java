package dev.runlens.report;

import dev.runlens.costs.review.Drift;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WorkflowReview;
import dev.runlens.report.pdf.ReviewPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review PDF parsed back with PDFBox's text extraction holds the review's figures. */
class ReviewPdfTest {
    private static Review review;
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void write() throws Exception {
        review = SampleReview.review("2026-W41");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewPdf.write(SampleReview.document(review), out);
        pdf = out.toByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
    }

    /** Extraction may break a long cell over lines; compare with all white space removed. */
    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static void assertShows(String expected) {
        assertTrue(squeezed(text).contains(squeezed(expected)), "the PDF shows " + expected + "\n" + text);
    }

    @Test
    void titleWeekAndGenerationTimeAreOnTheFirstPage() throws Exception {
        assertShows("Weekly cost review 2026-W41");
        assertShows("2026-10-05 to 2026-10-11");
        assertShows("against 2026-W40");
        assertShows("Generated at 2026-11-23T09:30:00Z");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Weekly cost review 2026-W41", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void eachWorkflowsCostsAndTheDriftSplitAreShown() {
        assertShows(Figures.money(review.costThisWeek()));
        for (WorkflowReview w : review.workflows()) {
            assertShows(w.workflowId());
            assertShows(Figures.money(w.thisWeek().cost()));
            assertShows(Figures.money(w.baseline().cost()));
            for (Drift d : w.drift()) {
                assertShows(String.join(" ", d.currency(), Figures.signed(d.total()), Figures.signed(d.price()), Figures.signed(d.volume()),
                        Figures.signed(d.mix()), Figures.signed(d.retries()), Figures.signed(d.other())));
            }
        }
        assertTrue(review.workflows().stream().anyMatch(w -> !w.drift().isEmpty()), "the sample weeks have drift to show");
    }

    @Test
    void budgetsAdherenceSourcesAndPriceAttributionAreShown() {
        WorkflowReview claims = review.workflows().stream().filter(w -> w.workflowId().equals("wf_claims_triage")).findFirst().orElseThrow();
        assertFalse(claims.budget().orElseThrow().over().isEmpty(), "the test policy's budget is tiny");
        assertShows("wf_claims_triage " + Figures.money(claims.budget().get().budget()) + " " + Figures.money(claims.thisWeek().cost()));
        assertShows("OVER in USD");
        assertShows("Capability split");
        assertShows("14 valid");
        assertShows("genai-prices");
        assertShows("MIT");
        assertShows("ab".repeat(32));
    }

    @Test
    void everyPageIsNumberedAndTheFontsAreEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            assertTrue(n >= 2, "a review of three workflows with its audit trail takes more than a page");
            for (int i = 1; i <= n; i++) assertShows("page " + i + " of " + n);
            List<PDFont> fonts = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name));
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(PDFont::isEmbedded), "every font is embedded");
            assertTrue(fonts.stream().allMatch(f -> f.getName().contains("DejaVuSans")), fonts.toString());
        }
    }

    @Test
    void untrustedTextCannotBreakTheLayout() throws Exception {
        Review r = review;
        var doc = SampleReview.document(r);
        var hostile = new ReviewDocument(r, doc.generatedAt(), "RunLens test", List.of(new ReviewDocument.DataSource(
                "evil\u202Efdp.exe\nsecond line \uD83D\uDE00 ☃", "file", 1, java.util.Map.of("MISMATCH", 1), 0)), doc.runs(), doc.prices(),
                List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewPdf.write(hostile, out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            String t = new PDFTextStripper().getText(d);
            assertTrue(squeezed(t).contains(squeezed("evil\\u202Efdp.exe\\u000Asecond line")), t);
            assertTrue(t.contains("1 mismatch"), t);
        }
    }
}
