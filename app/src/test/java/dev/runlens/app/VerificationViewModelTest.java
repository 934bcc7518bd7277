package dev.runlens.app;

import dev.runlens.app.ui.FileDialogs;

import dev.runlens.protocol.integrity.Severity;
import dev.runlens.testkit.SharedFolder;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationViewModelTest {
    private static final String VALID = "corpus/p01-contract-review-completed.json";
    private static final String TAMPERED = "corpus/v-tampered-cost-digit.json";

    private Path chosenInDialog;
    private final FileDialogs dialogs = owner -> Optional.ofNullable(chosenInDialog);

    private VerificationViewModel modelOn(TaskExecutor executor) {
        return new VerificationViewModel(new Workbench(executor), dialogs, () -> null, new dev.runlens.app.run.RunSession());
    }

    private final VerificationViewModel model = modelOn(TaskExecutor.sameThread());

    @ParameterizedTest
    @CsvSource(textBlock = """
            p01-contract-review-completed.json,                         VALID,    VALID
            v-tampered-cost-digit.json,                                 MISMATCH, MISMATCH
            p08b-customer-data-buildUserExportBundle-no-integrity.json, MISSING,  MISSING
            v-invalid-truncated.json,                                   REJECTED, REJECTED — INVALID_JSON
            v-invalid-deeply-nested-payload-10000.json,                 ERROR,    ERROR
            v-tampered-duplicate-key-first-differs.json,                VALID,    VALID
            """)
    void openingAFileShowsItsVerdictInTheBanner(String file, Verdict verdict, String headline) {
        model.open(SharedFolder.require("corpus/" + file));

        Banner banner = model.bannerProperty().get();
        assertEquals(verdict, banner.verdict());
        assertEquals(headline, banner.headline());
        assertEquals(file, banner.fileName());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aValidBundleListsItsFindingsAndPassesStrictChecks() {
        model.open(SharedFolder.require(VALID));

        assertEquals(List.of("PAYLOAD_HASH_CARRIED_OVER"), codes());
        assertEquals(Severity.WARNING, model.findings().get(0).severity());
        assertEquals("artifacts[8].pointer", model.findings().get(0).path());
        assertTrue(model.bannerProperty().get().strictOk());
        assertEquals("Strict checks: 0 errors, 1 warning, 0 notes · Audit: 0 errors, 1 warning", model.bannerProperty().get().strictSummary());
        assertFalse(model.bannerProperty().get().caution(), "a warning alone does not turn the banner amber");
    }

    @Test
    void aMismatchNamesTheDeclaredAndTheComputedHash() {
        model.open(SharedFolder.require(TAMPERED));

        String evidence = model.bannerProperty().get().evidence();
        assertTrue(evidence.contains("declared  86a41af91a1e0b71e6469234f6867a67114a22a55b0aee9d3aab827c691179c5"), evidence);
        assertTrue(evidence.contains("computed  c91b6fbd60c46c2a3933839a921b458a38bcb9e24833826711619b25a91c9771"), evidence);
        assertEquals("86a41af91a1e0b71e6469234f6867a67114a22a55b0aee9d3aab827c691179c5", model.detailsProperty().get().declaredSha256());
        assertEquals(List.of(), codes());
    }

    @Test
    void aBundleWithoutIntegrityShowsMissingAndItsStrictErrors() {
        model.open(SharedFolder.require("corpus/p08b-customer-data-buildUserExportBundle-no-integrity.json"));

        assertEquals(16, model.findings().size());
        assertTrue(model.findings().stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertFalse(model.bannerProperty().get().strictOk());
        assertEquals(ReportDetails.ABSENT, model.detailsProperty().get().declaredSha256());
    }

    @Test
    void aRejectedFileShowsTheErrorInTheDetails() {
        model.open(SharedFolder.require("corpus/v-invalid-truncated.json"));

        ReportDetails details = model.detailsProperty().get();
        assertEquals("no", details.accepted());
        assertEquals("INVALID_JSON", details.errorCode());
        assertTrue(details.errorMessage().startsWith("Run bundle is not valid JSON"), details.errorMessage());
        assertEquals(ReportDetails.ABSENT, details.computedSha256());
    }

    @Test
    void aDuplicateKeyIsValidForTheRuntimeButAStrictError() {
        model.open(SharedFolder.require("corpus/v-tampered-duplicate-key-first-differs.json"));

        assertEquals(Verdict.VALID, model.bannerProperty().get().verdict());
        assertFalse(model.bannerProperty().get().strictOk());
        FindingRow only = model.findings().get(0);
        assertEquals(List.of("DUPLICATE_KEY"), codes());
        assertEquals(Severity.ERROR, only.severity());
        assertEquals("trace[69].decision", only.path());
        assertEquals("1:29975", only.location());
    }

    @Test
    void whileVerifyingTheModelIsBusyAndShowsNoOldResult() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        VerificationViewModel m = modelOn(executor);

        m.open(SharedFolder.require(VALID));

        assertTrue(m.busyProperty().get());
        assertEquals(Verdict.VERIFYING, m.bannerProperty().get().verdict());
        assertEquals(ReportDetails.EMPTY, m.detailsProperty().get());
        executor.task(0).complete();
        assertFalse(m.busyProperty().get());
        assertEquals(Verdict.VALID, m.bannerProperty().get().verdict());
    }

    @Test
    void onlyTheNewestOpenReachesTheModel() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        VerificationViewModel m = modelOn(executor);

        m.open(SharedFolder.require(VALID));
        m.open(SharedFolder.require(TAMPERED));
        assertTrue(executor.task(0).isCancelled(), "the stale open is cancelled");
        executor.task(1).complete();
        executor.task(0).complete();

        assertEquals(Verdict.MISMATCH, m.bannerProperty().get().verdict());
        assertEquals("v-tampered-cost-digit.json", m.bannerProperty().get().fileName());
        assertEquals(List.of(), m.findings());
        assertFalse(m.busyProperty().get());
    }

    @Test
    void aStaleResultDoesNotEndTheNewerOnesBusyState() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        VerificationViewModel m = modelOn(executor);

        m.open(SharedFolder.require(VALID));
        m.open(SharedFolder.require(TAMPERED));
        executor.task(0).complete();

        assertTrue(m.busyProperty().get());
        assertEquals(Verdict.VERIFYING, m.bannerProperty().get().verdict());
    }

    @Test
    void aFailedOpenShowsAnErrorBanner() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        VerificationViewModel m = modelOn(executor);

        m.open(SharedFolder.require(VALID));
        executor.task(0).fail(new IllegalStateException("disk went away"));

        assertEquals(Verdict.ERROR, m.bannerProperty().get().verdict());
        assertTrue(m.bannerProperty().get().explanation().contains("disk went away"));
        assertFalse(m.busyProperty().get());
    }

    @Test
    void aFileOpenedUnderItsSourceNameNeverShowsItsOwnPath() {
        model.open(SharedFolder.require(TAMPERED), "/imports/runs.zip!/march/run-7.json");

        assertEquals("RunLens — run-7.json", model.titleProperty().get());
        assertEquals("run-7.json", model.bannerProperty().get().fileName());
        assertEquals("/imports/runs.zip!/march/run-7.json", model.detailsProperty().get().file());
        assertEquals(Verdict.MISMATCH, model.bannerProperty().get().verdict());
    }

    @Test
    void theDialogsChoiceIsOpened() {
        chosenInDialog = SharedFolder.require(TAMPERED);

        model.openWithDialog();

        assertEquals(Verdict.MISMATCH, model.bannerProperty().get().verdict());
        assertEquals("RunLens — v-tampered-cost-digit.json", model.titleProperty().get());
    }

    @Test
    void cancellingTheDialogOpensNothing() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        VerificationViewModel m = modelOn(executor);
        chosenInDialog = null;

        m.openWithDialog();

        assertEquals(0, executor.submitted());
        assertEquals(Banner.NOTHING_OPEN, m.bannerProperty().get());
    }

    @Test
    void aDropOpensItsFirstJsonFile() {
        Path notes = Path.of("notes.txt");
        List<Path> drop = List.of(notes, SharedFolder.require(TAMPERED), SharedFolder.require(VALID));

        assertTrue(model.acceptsDrop(drop));
        assertTrue(model.openDropped(drop));
        assertEquals(Verdict.MISMATCH, model.bannerProperty().get().verdict());
    }

    @Test
    void aDropWithoutJsonIsRefused() {
        List<Path> drop = List.of(Path.of("notes.txt"), Path.of("trace.json.gz"));

        assertFalse(model.acceptsDrop(drop));
        assertFalse(model.openDropped(drop));
        assertEquals(Banner.NOTHING_OPEN, model.bannerProperty().get());
    }

    private List<String> codes() {
        return model.findings().stream().map(FindingRow::code).toList();
    }

    @Test
    void aValidBundleWhoseContentTheAuditFaultsTurnsTheBannerAmberButKeepsTheRuntimesVerdict() {
        model.open(dev.runlens.testkit.ProjectFolder.sampleBundles().resolve("negative/audit/duplicate-event-id.json"));

        Banner banner = model.bannerProperty().get();
        assertEquals(Verdict.VALID, banner.verdict());
        assertEquals("VALID", banner.headline());
        assertTrue(banner.caution());
        assertFalse(banner.strictOk());
        assertTrue(banner.strictSummary().endsWith("Audit: 1 error, 0 warnings"), banner.strictSummary());
        assertEquals("duplicate-event-id.json", model.session().inspection().orElseThrow().bundle().file().getFileName().toString());
    }
}
