package dev.runlens.app.trust;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.decisions.SigningFixtures;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.KeyFingerprints;
import dev.runlens.workbench.SigningSettings;
import dev.runlens.workbench.TaskExecutor;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.runlens.app.decisions.SigningFixtures.pass;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trust screen's logic in a temporary data folder: real keys (test-only KDF) and real trust lists
 * made, edited and signed through the workbench, verified with the pinned roots.
 */
class TrustViewModelTest {
    @TempDir
    Path dir;

    private Path home;
    private SigningContext signing;
    private TrustViewModel model;
    private TrustEditViewModel edit;
    private Path saveTo;
    private Path openThis;
    private KeyRing.KeyInfo root;
    private KeyRing.KeyInfo alice;

    private final FileDialogs dialogs = new FileDialogs() {
        @Override public Optional<Path> openBundle(Window owner) { return Optional.empty(); }
        @Override public Optional<Path> openTrustList(Window owner) { return Optional.ofNullable(openThis); }
        @Override public Optional<Path> openPublicKey(Window owner) { return Optional.ofNullable(openThis); }
        @Override public Optional<Path> saveFile(Window owner, String title, String name, String ext) { return Optional.ofNullable(saveTo); }
    };

    @BeforeEach
    void setUp() throws Exception {
        home = dir.resolve("data");
        signing = SigningFixtures.context(home, Optional.empty());
        root = signing.decisions().generateKey(signing.keys(), "root", KeyAlgorithm.ED25519, Optional.empty(), pass());
        alice = SigningFixtures.key(signing, "alice", Optional.of("alice@example.org"));
        open(signing);
    }

    private void open(SigningContext context) {
        signing = context;
        model = new TrustViewModel(context, TaskExecutor.sameThread(), dialogs, () -> null);
        edit = new TrustEditViewModel(model, TaskExecutor.sameThread(), dialogs, () -> null);
        model.reload();
    }

    /** A new list at lists/acme.dsse.json with the key folder's root key, signed by it and its root pinned: as an admin starts. */
    private Path startedAndPinned() {
        saveTo = dir.resolve("lists/acme.dsse.json");
        edit.initRoots().add("root");
        edit.init();
        edit.sign(pass());
        model.pinRoots();
        return saveTo;
    }

    @Test
    void withoutATrustListTheScreenSaysSoAndWhereItWouldBe() {
        assertNull(model.infoProperty().get());
        assertNull(model.summaryProperty().get());
        assertEquals("No trust list at " + home.resolve("trust-list.dsse.json")
                + ": open one, or start a new one. Until then no signed decision is valid.", model.statusProperty().get());
        assertEquals(List.of("alice", "root"), model.localKeys().stream().map(KeyRing.KeyInfo::name).toList());
    }

    @Test
    void aNewListBecomesTheListInUseAndIsTrustedOnceSignedAndItsRootPinned() throws Exception {
        saveTo = dir.resolve("lists/acme.dsse.json");
        edit.initRoots().add("root");
        edit.init();
        assertEquals("", model.errorProperty().get());
        assertEquals(saveTo.toAbsolutePath(), signing.trustList());
        assertEquals(Optional.of(saveTo.toAbsolutePath()), SigningSettings.load(new DataFolder(home).signingSettings()).trustList(), "remembered");
        assertEquals(TrustSummary.Standing.UNPINNED, model.summaryProperty().get().standing());
        assertEquals("none: an unsigned draft", model.summaryProperty().get().signatures());
        assertEquals(List.of(new TrustRows.RootKey(root.fingerprint(), KeyFingerprints.openSsh(Files.readString(root.publicKeyFile())).orElseThrow(),
                "Ed25519", root.keyId(), "root", "not signed")), model.rootKeys());
        assertEquals(List.of(root), edit.rootChoices());

        char[] passphrase = pass();
        edit.sign(passphrase);
        assertArrayEquals(new char[passphrase.length], passphrase, "the passphrase is wiped");
        assertEquals(TrustEditViewModel.SignState.DONE, edit.signStateProperty().get());
        assertEquals("signed", model.rootKeys().get(0).signed());
        assertTrue(model.canPinProperty().get());

        model.pinRoots();
        TrustSummary s = model.summaryProperty().get();
        assertEquals(TrustSummary.Standing.TRUSTED, s.standing(), s.reasons().toString());
        assertEquals("Trusted: signed by the pinned root keys; version 1 (the highest seen is 1).", s.verdict());
        assertEquals("expires 2027-01-31T09:00:00Z — in 90 days", s.expiry());
        assertFalse(model.canPinProperty().get());
    }

    @Test
    void anAddedReviewerKeyShowsItsFingerprintInGroupsOfFourAndItsOpenSshForm() throws Exception {
        startedAndPinned();
        edit.addKeyProperty().set(alice);
        assertEquals("alice@example.org", edit.principalProperty().get(), "the key's recorded principal");
        edit.audiencesProperty().set("acme-prod-agents, acme-staging");
        edit.addReviewer();
        assertEquals("", model.errorProperty().get());
        TrustRows.ReviewerKey row = model.reviewerKeys().get(0);
        assertEquals(alice.fingerprint(), row.fingerprint());
        assertTrue(row.fingerprint().matches("([0-9a-f]{4} ){15}[0-9a-f]{4}"), row.fingerprint());
        assertEquals(KeyFingerprints.openSsh(Files.readString(alice.publicKeyFile())).orElseThrow(), row.openSsh());
        assertEquals(List.of("alice@example.org", "P-256 (ECDSA, SHA-256)", "gate decisions", "active",
                        "2026-11-02T09:00:00Z → 2027-11-02T09:00:00Z"),
                List.of(row.principal(), row.algorithm(), row.purposes(), row.status(), row.validity()));
        assertTrue(row.scopes().startsWith("audiences acme-prod-agents, acme-staging · workflows * · gates PAUSE_BEFORE"), row.scopes());
        TrustSummary s = model.summaryProperty().get();
        assertEquals(TrustSummary.Standing.REJECTED, s.standing(), "an edit of a signed list is an unsigned next version");
        assertTrue(s.verdict().startsWith("Not trusted: an unsigned draft of version 2."), s.verdict());
        assertEquals(List.of("signed by 0 pinned root key(s); the threshold is 1"), s.reasons());
    }

    @Test
    void aReviewerKeyIsAddedFromAPublicKeyFile() throws Exception {
        startedAndPinned();
        var bob = SigningFixtures.decisions().generateKey(dir.resolve("elsewhere"), "bob", KeyAlgorithm.ED25519, Optional.empty(), pass());
        openThis = bob.publicKeyFile();
        edit.chooseAddFile();
        assertEquals(TrustEditViewModel.Source.PUBLIC_KEY_FILE, edit.sourceProperty().get());
        edit.addReviewer();
        assertEquals("Say whose key it is (the principal, e.g. alice@example.org).", model.errorProperty().get());
        edit.principalProperty().set("bob@example.org");
        edit.addReviewer();
        assertEquals("Name at least one audience the key may decide for.", model.errorProperty().get(), "without an audience setting");
        assertTrue(model.reviewerKeys().isEmpty());
        edit.audiencesProperty().set("acme-prod-agents");
        edit.addReviewer();
        assertEquals(List.of("bob@example.org " + bob.fingerprint() + " Ed25519"),
                model.reviewerKeys().stream().map(r -> r.principal() + " " + r.fingerprint() + " " + r.algorithm()).toList());
    }

    @Test
    void aRevokedKeyIsListedWithItsReasonAndTheListIsTrustedAgainOnceSigned() throws Exception {
        startedAndPinned();
        edit.addKeyProperty().set(alice);
        edit.audiencesProperty().set("acme-prod-agents");
        edit.addReviewer();
        edit.sign(pass());
        assertEquals(TrustSummary.Standing.TRUSTED, model.summaryProperty().get().standing());

        model.selectKey(model.reviewerKeys().get(0));
        assertEquals(alice.keyId(), edit.revokeKeyIdProperty().get(), "the selected key is the one to revoke");
        edit.reasonProperty().set("superseded");
        edit.effectiveAtProperty().set("2026-11-01T00:00:00Z");
        edit.revoke();
        assertEquals(List.of(new TrustRows.Revocation(alice.fingerprint(), alice.keyId(), "superseded", "2026-11-01T00:00:00Z", "this list")),
                model.revocations());
        assertEquals("revoked (superseded, 2026-11-01T00:00:00Z)", model.reviewerKeys().get(0).status());
        assertEquals(TrustSummary.Standing.REJECTED, model.summaryProperty().get().standing());

        edit.sign(pass());
        assertEquals(TrustSummary.Standing.TRUSTED, model.summaryProperty().get().standing(), model.summaryProperty().get().reasons().toString());
        assertEquals("version 3 (previous sha256:", model.summaryProperty().get().version().substring(0, 27));
        assertEquals(1, model.revocations().size());
    }

    @Test
    void aWrongRootPassphraseSignsNothingAndNamesTheFile() throws Exception {
        Path list = startedAndPinned();
        edit.addKeyProperty().set(alice);
        edit.audiencesProperty().set("acme-prod-agents");
        edit.addReviewer();
        byte[] before = Files.readAllBytes(list);
        char[] wrong = "not it".toCharArray();
        edit.sign(wrong);
        assertArrayEquals(new char[wrong.length], wrong);
        assertEquals(TrustEditViewModel.SignState.READY, edit.signStateProperty().get(), "the dialog stays for another try");
        assertEquals("Wrong passphrase: the root key could not be decrypted. " + list.toAbsolutePath() + " is unchanged.", model.errorProperty().get());
        assertArrayEquals(before, Files.readAllBytes(list));
    }

    @Test
    void anOlderVersionChosenAfterANewerOneIsShownAsARollback() throws Exception {
        Path list = startedAndPinned();
        Path v1 = Files.copy(list, dir.resolve("v1.dsse.json"));
        edit.addKeyProperty().set(alice);
        edit.audiencesProperty().set("acme-prod-agents");
        edit.addReviewer();
        edit.sign(pass());
        openThis = v1;
        model.chooseTrustList();
        assertEquals(v1.toAbsolutePath(), signing.trustList());
        TrustSummary s = model.summaryProperty().get();
        assertEquals(TrustSummary.Standing.REJECTED, s.standing());
        assertEquals(List.of("rollback: version 1 is older than version 2 already seen"), s.reasons());
        assertEquals("Not trusted: decisions checked with it show \"untrusted key\".", s.verdict());
    }

    @Test
    void aFileThatIsNotATrustListIsRefusedNamingItAndTheListInUseStays() throws Exception {
        Path list = startedAndPinned();
        openThis = SigningFixtures.sample(SigningFixtures.PAUSE_BEFORE);
        model.chooseTrustList();
        assertTrue(model.errorProperty().get().startsWith(openThis + ": "), model.errorProperty().get());
        assertTrue(model.errorProperty().get().endsWith("The trust list in use is still " + list.toAbsolutePath() + "."), model.errorProperty().get());
        assertEquals(list.toAbsolutePath(), signing.trustList());
    }

    @Test
    void theTimestampAuthoritiesTheListNamesAreListed() throws Exception {
        Path list = startedAndPinned();
        assertEquals(List.of(), model.timestampAuthorities());
        Path pem = Path.of(TrustViewModelTest.class.getResource("test-tsa-root.pem").toURI());
        new dev.runlens.workbench.TrustAdmin(SigningFixtures.CLOCK).addTimestampAuthority(list, "acme-tsa", pem,
                Optional.of(java.time.Instant.parse("2026-01-01T00:00:00Z")), Optional.empty(), Duration.ofDays(90));
        edit.sign(pass());
        assertEquals(TrustSummary.Standing.TRUSTED, model.summaryProperty().get().standing());
        TrustRows.Tsa tsa = model.timestampAuthorities().get(0);
        assertEquals(List.of("acme-tsa", "2026-01-01T00:00:00Z → no end"), List.of(tsa.name(), tsa.validity()));
        assertTrue(tsa.certificates().contains("CN=RunLens Test TSA Root"), tsa.certificates());
    }

    @Test
    void anExpiredListIsStaleAndSaysSince() throws Exception {
        startedAndPinned();
        Clock later = Clock.fixed(SigningFixtures.CLOCK.instant().plus(Duration.ofDays(93)), ZoneOffset.UTC);
        open(new SigningContext(SigningFixtures.decisions(), new DataFolder(home), Optional.empty(), later));
        TrustSummary s = model.summaryProperty().get();
        assertEquals(TrustSummary.Standing.STALE, s.standing());
        assertTrue(s.expired());
        assertEquals("stale — expired 3 days ago (2027-01-31T09:00:00Z)", s.expiry());
        assertEquals(List.of("stale trust list: version 1 expired at 2027-01-31T09:00:00Z"), s.reasons());
    }

    @Test
    void theAudienceIsRememberedAndRunlensAudienceOverridesIt() throws Exception {
        assertEquals("No audience is set: the decision dialog asks for one, and decisions' audience is not checked.",
                model.audienceNoteProperty().get());
        model.audienceProperty().set(" acme-prod-agents ");
        model.saveAudience();
        assertEquals(Optional.of("acme-prod-agents"), signing.audience());
        assertEquals(Optional.of("acme-prod-agents"), signing.checkSettings().audience());
        assertEquals("Decisions are signed for and checked against \"acme-prod-agents\".", model.audienceNoteProperty().get());
        assertEquals(Optional.of("acme-prod-agents"), SigningSettings.load(new DataFolder(home).signingSettings()).audience());

        open(new SigningContext(SigningFixtures.decisions(), new DataFolder(home), Optional.of("acme-staging"), SigningFixtures.CLOCK));
        assertEquals("acme-prod-agents", model.audienceProperty().get(), "the setting as remembered");
        assertEquals(Optional.of("acme-staging"), signing.audience());
        assertEquals("RUNLENS_AUDIENCE is set to \"acme-staging\" and overrides this setting while it is set.", model.audienceNoteProperty().get());
    }
}
