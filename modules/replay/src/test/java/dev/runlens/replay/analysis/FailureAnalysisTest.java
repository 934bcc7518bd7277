package dev.runlens.replay.analysis;

import dev.runlens.protocol.model.ErrorEvent;
import dev.runlens.protocol.model.RunStatus;
import dev.runlens.protocol.model.StepCompleted;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.replay.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailureAnalysisTest {
    private static FailureAnalysis of(String file) {
        return FailureAnalysis.of(Corpus.replay(file)).orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {2} at {3}")
    @CsvSource(textBlock = """
            p05-invoice-extraction-failed.json,          FAILED,    STEP_FAILED,   extract_line_items,    EXTRACTION_SCHEMA_MISMATCH
            p19-contract-review-step-failed.json,        FAILED,    STEP_FAILED,   assess_liability_risk, PROVIDER_CONTENT_FILTER
            p07-customer-data-cancelled.json,            CANCELLED, GATE_REJECTED, privacy_review,
            p16-support-triage-rejected-cancelled.json,  CANCELLED, GATE_REJECTED, send_reply,
            p11-internal-reporting-checkpoint-rejected.json, FAILED, GATE_REJECTED, exec_signoff,
            p22-meeting-digest-user-cancelled.json,      CANCELLED, CANCELLED,     fetch_transcript,
            """)
    void namesTheStepThatFailed(String file, RunStatus status, FailureAnalysis.Cause cause, String step, String code) {
        FailureAnalysis f = of(file);
        assertEquals(status, f.runStatus());
        assertEquals(cause, f.cause());
        assertEquals(step, f.stepId().orElseThrow());
        assertEquals(code == null ? java.util.Optional.empty() : java.util.Optional.of(code), f.code());
        assertTrue(f.message().isPresent());
        assertTrue(f.leadUp().stream().allMatch(e -> e.stepId().orElseThrow().equals(step)));
    }

    @Test
    void aFailedStepsErrorAndWhatNeverStarted() {
        FailureAnalysis f = of("p05-invoice-extraction-failed.json");
        assertEquals("Model output failed JSON schema validation: /lines/2/quantity must be number", f.message().get());
        assertInstanceOf(StepCompleted.class, f.failingEvent().orElseThrow());
        List<TraceEvent> lead = f.leadUp();
        assertInstanceOf(ErrorEvent.class, lead.get(lead.size() - 1));
        assertEquals("step_started", lead.get(0).type());
        assertEquals(List.of("validate_totals", "match_purchase_order", "approve_payment", "post_to_erp"), f.notStarted());
        assertTrue(f.runningSteps().isEmpty());
    }

    @Test
    void aRejectionCarriesTheReviewersNote() {
        FailureAnalysis f = of("p07-customer-data-cancelled.json");
        assertEquals("Not acceptable; escalate to partner.", f.message().orElseThrow());
        assertEquals("Cancelled after reviewer rejected privacy_review", f.runReason().orElseThrow());
        assertEquals(List.of("privacy_review", "export_clean_dataset"), f.notStarted());
    }

    @Test
    void aUserCancelGivesTheReason() {
        FailureAnalysis f = of("p22-meeting-digest-user-cancelled.json");
        assertEquals("User closed the tab; transcript belonged to the wrong meeting", f.message().orElseThrow());
        assertEquals(List.of("summarize_meeting", "post_digest"), f.notStarted());
        assertEquals("run_status_changed", f.failingEvent().orElseThrow().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"p01-contract-review-completed.json", "p09-internal-reporting-pending-checkpoint.json",
            "p04-invoice-extraction-rework.json"})
    void healthyRunsHaveNoFailure(String file) {
        assertTrue(FailureAnalysis.of(Corpus.replay(file)).isEmpty());
    }
}
