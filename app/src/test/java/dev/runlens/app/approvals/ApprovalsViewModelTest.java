package dev.runlens.app.approvals;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.run.RunTab;
import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.replay.GateState;
import dev.runlens.replay.Replay;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.runlens.app.decisions.SigningFixtures.AUDIENCE;
import static dev.runlens.app.decisions.SigningFixtures.PAUSE_AFTER;
import static dev.runlens.app.decisions.SigningFixtures.PAUSE_BEFORE;
import static dev.runlens.app.decisions.SigningFixtures.PENDING;
import static dev.runlens.app.decisions.SigningFixtures.context;
import static dev.runlens.app.decisions.SigningFixtures.importAll;
import static dev.runlens.app.decisions.SigningFixtures.key;
import static dev.runlens.app.decisions.SigningFixtures.pass;
import static dev.runlens.app.decisions.SigningFixtures.sample;
import static dev.runlens.app.decisions.SigningFixtures.tampered;
import static dev.runlens.app.decisions.SigningFixtures.trust;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The approval inbox and the decision dialog on the real pending sample runs, in a temporary library and data folder. */
class ApprovalsViewModelTest {
    @TempDir
    Path dir;

    private RunLibrary library;
    private SigningContext signing;
    private ApprovalsViewModel model;
    private final List<String> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private Path tamperedCopy;

    @BeforeEach
    void setUp() throws Exception {
        library = RunLibrary.open(dir.resolve("library"), new Workbench(TaskExecutor.sameThread()));
        tamperedCopy = tampered(dir.resolve("incoming"));
        List<Path> files = new ArrayList<>(PENDING.stream().map(n -> sample(n)).toList());
        files.add(sample("2026-09-24-vendor-due-diligence-completed.json"));
        files.add(tamperedCopy);
        importAll(library, files);
        signing = context(dir.resolve("data"), Optional.empty());
        model = new ApprovalsViewModel(library, TaskExecutor.sameThread(), signing,
                (bundle, tab, step) -> opened.add(bundle + " " + tab + " " + step), copied::add);
        model.refresh();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void theInboxListsEveryPendingGateOfTheLibraryAsTheReplaysOfTheFilesSeeThem() {
        List<String> expected = new ArrayList<>();
        for (Path f : Stream.concat(PENDING.stream().map(n -> sample(n)), Stream.of(sample("2026-09-24-vendor-due-diligence-completed.json"),
                tamperedCopy)).toList()) {
            BundleReader.Loaded l = BundleReader.loader().read(f);
            IntegrityVerdict integrity = l.report().integrity();
            for (GateState g : Replay.of(BundleModel.of(l)).finalState().pendingGates()) {
                expected.add(BundleModel.of(l).run().id() + " " + g.stepId() + " " + g.gate().wire() + " " + g.request().orElseThrow().id()
                        + " " + integrity.name().toLowerCase(Locale.ROOT));
            }
        }
        List<String> listed = model.rows().stream().map(r -> r.review().runId() + " " + r.gate().stepId() + " " + r.gate().gate() + " "
                + r.gate().requestEventId() + " " + r.review().integrity()).toList();
        assertEquals(expected.stream().sorted().toList(), listed.stream().sorted().toList());
        assertEquals(4, listed.size(), "three pending samples and the tampered copy; the completed run has none");
        assertEquals("4 gates waiting in 4 runs", model.statusProperty().get());
        assertTrue(model.rows().stream().allMatch(r -> r.text().state().equals(InboxRow.PENDING)));
    }

    @Test
    void eachRowSaysWhenItWasRequestedHowLongItWaitsAndWhatTheRunCostSoFar() {
        InboxRow row = row(PAUSE_AFTER, true);
        assertEquals("route_claim", row.text().step());
        assertEquals("PAUSE_AFTER", row.text().gate());
        assertEquals("2026-10-27T08:56:41.496Z", row.text().requestedAt());
        assertEquals("6 d 00 h", row.text().waiting(), "to the fixed clock 2026-11-02T09:00Z");
        Replay replay = Replay.of(BundleModel.of(BundleReader.loader().read(sample(PAUSE_AFTER))));
        String currency = replay.finalState().spend().total().cost().keySet().iterator().next();
        assertEquals(currency + " " + replay.finalState().spend().total().cost().get(currency).stripTrailingZeros().toPlainString(),
                row.text().cost());
        assertEquals("valid", row.text().integrity());
    }

    @Test
    void aRunWhoseIntegrityIsNotValidIsListedAndCannotBeSignedAndSaysWhy() {
        InboxRow row = row(PAUSE_BEFORE, false);
        assertEquals("mismatch — cannot be signed", row.text().integrity());
        model.select(row);
        assertNotNull(model.detailProperty().get());
        assertFalse(model.canDecideProperty().get());
        assertTrue(model.decide().isEmpty());
        assertTrue(model.detailProperty().get().refusal().orElseThrow().startsWith("the bundle's integrity is mismatch (declared "),
                model.detailProperty().get().refusal().toString());
    }

    @Test
    void aDecisionOnATamperedRunIsRefusedByTheWorkbenchEvenIfTheDialogIsReached() throws Exception {
        key(signing, "alice", Optional.of("alice@example.org"));
        DecisionViewModel d = new DecisionViewModel(row(PAUSE_BEFORE, false), java.util.Map.of(), signing, TaskExecutor.sameThread(), s -> { });
        d.loadKeys();
        d.audienceProperty().set(AUDIENCE);
        d.prepare();
        assertEquals(DecisionViewModel.Step.EDITING, d.stepProperty().get());
        assertTrue(d.errorProperty().get().startsWith("Refused: the bundle's integrity is mismatch"), d.errorProperty().get());
        assertFalse(Files.exists(signing.decisionsFolder()));
    }

    @Test
    void selectingAGateShowsTheStepTheRequestAndTheReviewedArtifactsWithTheirChanges() {
        InboxRow row = row(PAUSE_BEFORE, true);
        model.select(row);
        GateDetail d = model.detailProperty().get();
        assertEquals("notify_handler · PAUSE_BEFORE", d.title());
        assertTrue(d.requestEvent().contains(row.gate().requestEventId()), d.requestEvent());
        assertTrue(d.requestEvent().contains("\"human_gate_requested\""), d.requestEvent());
        assertEquals(row.gate().reviewed().stream().map(a -> a.artifactKey() + " v" + a.version()).toList(),
                d.artifacts().stream().map(a -> a.artifactKey() + " v" + a.version()).toList());
        GateDetail.Reviewed routing = d.artifacts().get(0);
        assertEquals("claim.routing v2", routing.artifactKey() + " v" + routing.version());
        assertTrue(routing.changesHeading().startsWith("Changes from v1"), routing.changesHeading());
        assertFalse(routing.changes().isEmpty(), "the reviewer's edit of route_claim changed the routing");
        assertTrue(d.facts().stream().anyMatch(f -> f.label().equals("Cost so far") && f.value().startsWith("run EUR ")), d.facts().toString());
        assertTrue(model.canDecideProperty().get());
    }

    @Test
    void theRunOpensInTheRunsWorkspaceOnTheDagAtTheStep() {
        InboxRow row = row(PAUSE_AFTER, true);
        model.select(row);
        model.openInRuns();
        assertEquals(List.of(row.bundleId() + " " + RunTab.DAG + " route_claim"), opened);
    }

    @Test
    void aDecisionIsShownExactlyBeforeThePassphraseThenSignedWrittenVerifiedAndHandedBack() throws Exception {
        key(signing, "alice", Optional.of("alice@example.org"));
        trust(signing, dir.resolve("root-keys"), "alice@example.org", "alice");
        InboxRow row = row(PAUSE_AFTER, true);
        model.select(row);
        DecisionViewModel d = model.decide().orElseThrow();
        assertEquals("alice", d.keyProperty().get().name());
        assertEquals("alice@example.org", d.principalProperty().get());
        d.audienceProperty().set(AUDIENCE);
        d.noteProperty().set("Routing is right.");
        d.prepare();
        assertEquals(DecisionViewModel.Step.PREVIEW, d.stepProperty().get(), d.errorProperty().get());
        DecisionViewModel.Preview p = d.previewProperty().get();
        String digest = library.run(row.bundleId()).orElseThrow().computedSha();
        assertEquals("lwb-run-bundle/" + row.review().runId() + "  sha256:" + digest, p.subject());
        assertEquals(d.keyProperty().get().keyId(), p.keyId());
        assertEquals("alice@example.org", p.principal());
        assertTrue(p.statement().contains("\"decision\": \"approved\"") || p.statement().contains("\"decision\":\"approved\""), p.statement());
        assertTrue(p.statement().contains(digest));
        assertFalse(Files.exists(signing.decisionsFolder()), "nothing is written before the passphrase");

        char[] passphrase = pass();
        d.sign(passphrase);
        assertArrayEquals(new char[passphrase.length], passphrase, "the passphrase is wiped");
        assertEquals(DecisionViewModel.Step.SIGNED, d.stepProperty().get(), d.errorProperty().get());
        GateDecisions.Signed s = d.signedProperty().get();
        assertEquals(p.payloadDigest(), s.decision().entryDigest(), "the previewed bytes are the signed bytes");
        assertTrue(Files.isRegularFile(s.file()) && s.file().startsWith(signing.decisionsFolder()));
        assertTrue(Files.isRegularFile(s.log()) && s.log().startsWith(signing.decisionsFolder()));

        GateDecisions.Verification v = signing.decisions().verify(new GateDecisions.VerifyOptions(Optional.of(row.original()),
                signing.trustList(), List.of(), Optional.empty(), signing.checkSettings().trustState(), AUDIENCE, false, Optional.empty()),
                List.of(s.file(), s.log()));
        assertTrue(v.allAccepted(), v.decisions().toString());

        InboxRow after = row(PAUSE_AFTER, true);
        assertEquals(InboxRow.AWAITING_HAND_BACK + " (approved)", after.text().state());
        assertEquals("valid", after.text().signature(), after.text().signatureReason());
        assertEquals(GateDecisions.Status.VALID, after.verified().orElseThrow().status());
        assertEquals(Optional.of(AUDIENCE), signing.audience(), "the audience typed in the dialog is remembered");
        assertEquals(Optional.of(AUDIENCE), dev.runlens.workbench.SigningSettings.load(signing.settingsFile()).audience());
        assertEquals(after.key(), model.selectedProperty().get().key());
        assertTrue(model.handBackProperty().get().startsWith("session.resolveGate({"), model.handBackProperty().get());
        assertTrue(model.handBackProperty().get().contains("\"note\":\"Routing is right.\""), model.handBackProperty().get());
        assertTrue(model.statusProperty().get().contains("1 signed, awaiting hand-back"), model.statusProperty().get());
        model.copyHandBack();
        assertEquals(List.of(v.decisions().get(0).handBack().orElseThrow().script()), copied, "the exact calls, as the verifier hands them back");
    }

    @Test
    void aWrongPassphraseIsAClearErrorAndWritesNothing() throws Exception {
        key(signing, "alice", Optional.of("alice@example.org"));
        model.select(row(PAUSE_AFTER, true));
        DecisionViewModel d = model.decide().orElseThrow();
        d.audienceProperty().set(AUDIENCE);
        d.prepare();
        char[] wrong = "not the passphrase".toCharArray();
        d.sign(wrong);
        assertArrayEquals(new char[wrong.length], wrong);
        assertEquals(DecisionViewModel.Step.PREVIEW, d.stepProperty().get());
        assertEquals("Wrong passphrase for key alice: it could not be decrypted. Nothing was signed or written.", d.errorProperty().get());
        assertFalse(Files.exists(signing.decisionsFolder()), "no decision file, no log");
        assertEquals(InboxRow.PENDING, row(PAUSE_AFTER, true).text().state());
        assertEquals("", row(PAUSE_AFTER, true).text().signature());
        assertEquals(Optional.empty(), signing.audience(), "nothing signed, nothing remembered");
    }

    @Test
    void anEditedDecisionSignsThePatchMadeFromTheEditedJson() throws Exception {
        key(signing, "alice", Optional.of("alice@example.org"));
        model.select(row(PAUSE_AFTER, true));
        DecisionViewModel d = model.decide().orElseThrow();
        d.audienceProperty().set(AUDIENCE);
        d.decisionProperty().set("edited");
        assertEquals("claim.routing", d.editArtifactProperty().get());
        String original = d.editTextProperty().get();
        assertTrue(original.contains("\"queue\""), original);
        d.editTextProperty().set(original.replaceFirst("\"queue\": \"[^\"]*\"", "\"queue\": \"complex-claims\""));
        d.prepare();
        assertEquals(DecisionViewModel.Step.PREVIEW, d.stepProperty().get(), d.errorProperty().get());
        String statement = d.previewProperty().get().statement();
        assertTrue(statement.contains("\"op\": \"replace\"") && statement.contains("/queue") && statement.contains("complex-claims"), statement);
        d.sign(pass());
        DecisionStatement.Edit edit = d.signedProperty().get().decision().statement().predicate().edit().orElseThrow();
        assertEquals("claim.routing", edit.artifactKey());
        assertTrue(model.handBackProperty().get().startsWith("session.patchArtifact({"), model.handBackProperty().get());
    }

    @Test
    void anUnchangedEditOrAMissingAudienceIsSaidAndNothingIsDrafted() throws Exception {
        key(signing, "alice", Optional.of("alice@example.org"));
        model.select(row(PAUSE_AFTER, true));
        DecisionViewModel d = model.decide().orElseThrow();
        d.prepare();
        assertEquals("Say which deployment or tenant the decision is for (the audience).", d.errorProperty().get());
        d.audienceProperty().set(AUDIENCE);
        d.decisionProperty().set("edited");
        d.prepare();
        assertEquals("The edited JSON is the reviewed version: nothing was edited.", d.errorProperty().get());
        assertEquals(DecisionViewModel.Step.EDITING, d.stepProperty().get());
    }

    /** The listed row of {@code sample}'s gate: the original ({@code valid}) or the tampered copy. */
    @Test
    void aDecisionSignedWithoutATrustListIsAnUntrustedKeyInTheInbox() throws Exception {
        key(signing, "alice", Optional.of("alice@example.org"));
        model.select(row(PAUSE_AFTER, true));
        DecisionViewModel d = model.decide().orElseThrow();
        assertFalse(d.audienceConfigured());
        d.audienceProperty().set(AUDIENCE);
        d.rememberAudienceProperty().set(false);
        d.prepare();
        d.sign(pass());
        assertEquals(DecisionViewModel.Step.SIGNED, d.stepProperty().get(), d.errorProperty().get());
        InboxRow after = row(PAUSE_AFTER, true);
        assertEquals("untrusted key", after.text().signature());
        assertTrue(after.text().signatureReason().startsWith("no trust list is configured (" + signing.trustList() + ")"),
                after.text().signatureReason());
        assertEquals(Optional.empty(), signing.audience(), "not remembered when the reviewer said so");
    }

    @Test
    void aRememberedAudienceIsWhatTheDialogSignsForWithoutAsking() throws Exception {
        key(signing, "alice", Optional.of("alice@example.org"));
        dev.runlens.workbench.SigningSettings.DEFAULT.withAudience(Optional.of("acme-staging")).save(signing.settingsFile());
        SigningContext remembered = context(dir.resolve("data"), Optional.empty());
        ApprovalsViewModel inbox = new ApprovalsViewModel(library, TaskExecutor.sameThread(), remembered, (b, t, s) -> { }, copied::add);
        inbox.refresh();
        inbox.select(inbox.rows().stream().filter(r -> r.original().getFileName().toString().length() > 0
                && r.gate().gate().equals("PAUSE_AFTER") && r.signable()).findFirst().orElseThrow());
        DecisionViewModel d = inbox.decide().orElseThrow();
        assertTrue(d.audienceConfigured());
        assertEquals("acme-staging", d.audienceProperty().get());
        d.prepare();
        assertEquals(DecisionViewModel.Step.PREVIEW, d.stepProperty().get(), d.errorProperty().get());
        assertTrue(d.previewProperty().get().summary().endsWith(" · audience acme-staging"), d.previewProperty().get().summary());
    }

    private InboxRow row(String sample, boolean valid) {
        String runId = BundleModel.of(BundleReader.loader().read(sample(sample))).run().id();
        return model.rows().stream().filter(r -> r.review().runId().equals(runId) && r.signable() == valid).findFirst()
                .orElseThrow(() -> new AssertionError(sample + (valid ? "" : " (tampered)") + " is not listed: " + model.rows()));
    }
}
