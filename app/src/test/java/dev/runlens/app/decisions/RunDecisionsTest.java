package dev.runlens.app.decisions;

import dev.runlens.app.dag.DagViewModel;
import dev.runlens.app.replay.ReplayViewModel;
import dev.runlens.app.run.RunSession;
import dev.runlens.graph.layout.ElkLayeredLayout;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.app.ui.Styles;
import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.SigningSettings;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static dev.runlens.app.decisions.SigningFixtures.AUDIENCE;
import static dev.runlens.app.decisions.SigningFixtures.PAUSE_BEFORE;
import static dev.runlens.app.decisions.SigningFixtures.context;
import static dev.runlens.app.decisions.SigningFixtures.key;
import static dev.runlens.app.decisions.SigningFixtures.pass;
import static dev.runlens.app.decisions.SigningFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signed decisions on the open run, verified off the FX thread, and how the DAG and Replay tabs show them. */
class RunDecisionsTest {
    @TempDir
    Path dir;

    private final RunSession session = new RunSession();
    private final Workbench workbench = new Workbench(TaskExecutor.sameThread());
    private SigningContext signing;
    private RunDecisions decisions;
    private GateDecisions.Signed signed;

    @BeforeEach
    void signAndOpen() throws Exception {
        signing = context(dir.resolve("data"), Optional.of(AUDIENCE));
        key(signing, "alice", Optional.of("alice@example.org"));
        GateDecisions.SignRequest r = new GateDecisions.SignRequest(sample(PAUSE_BEFORE), "notify_handler", "PAUSE_BEFORE", "approved",
                Optional.of("ok"), Optional.empty(), Optional.empty(), Optional.empty(), AUDIENCE, Optional.empty(), Optional.empty(),
                signing.decisionsFolder());
        DecisionStatement st = signing.decisions().draft(r, signing.keys(), "alice");
        signed = signing.decisions().sign(st, signing.keys(), "alice", pass(), signing.decisionsFolder());
        decisions = new RunDecisions(session, TaskExecutor.sameThread(), DecisionsLookup.of(signing), signing.revisionProperty());
        session.show(workbench.inspect(sample(PAUSE_BEFORE)));
    }

    @Test
    void withoutATrustListTheDecisionIsShownAsAnUntrustedKeyNeverValid() {
        DecisionMark m = only(decisions.marksProperty().get());
        assertEquals(GateDecisions.Status.UNTRUSTED_KEY, m.status());
        assertEquals("notify_handler", m.stepId());
        assertEquals("approved by alice@example.org — untrusted key", m.summary());
        assertTrue(m.reason().startsWith("no trust list is configured ("), m.reason());
    }

    @Test
    void withTheUsersTrustListTheDecisionIsValidOnTheDagNodeAndTheGateRow() throws Exception {
        SigningFixtures.trust(signing, dir.resolve("root"), "alice@example.org", "alice");
        signing.changed();
        DecisionMark m = only(decisions.marksProperty().get());
        assertEquals(GateDecisions.Status.VALID, m.status(), m.reason());

        DagViewModel dag = new DagViewModel(session, TaskExecutor.sameThread(), new ElkLayeredLayout(), decisions.marksProperty());
        DecisionBadge onStep = dag.decisionsProperty().get().get("notify_handler");
        assertEquals(new DecisionBadge("signed: approved · valid", GateDecisions.Status.VALID, m.detail()), onStep);
        assertEquals(1, dag.decisionsProperty().get().size(), "only the decided step has a badge");

        ReplayViewModel replay = new ReplayViewModel(session, TaskExecutor.sameThread(), decisions.marksProperty());
        String request = signed.decision().statement().predicate().gate().requestEventId();
        assertEquals(GateDecisions.Status.VALID, replay.signaturesProperty().get().get(request).status());
    }

    @Test
    void decisionsAreCheckedWithTheTrustListChosenOnTheTrustScreen() throws Exception {
        Path chosen = dir.resolve("lists/acme.dsse.json");
        SigningSettings settings = signing.settingsProperty().get().withTrustList(chosen);
        settings.save(signing.settingsFile());
        signing.apply(settings);
        DecisionMark before = only(decisions.marksProperty().get());
        assertTrue(before.reason().startsWith("no trust list is configured (" + chosen.toAbsolutePath() + ")"), before.reason());

        SigningFixtures.trust(signing, dir.resolve("root"), "alice@example.org", "alice");
        assertTrue(Files.isRegularFile(chosen) && !Files.exists(dir.resolve("data/trust-list.dsse.json")), "written where chosen");
        signing.changed();
        assertEquals(GateDecisions.Status.VALID, only(decisions.marksProperty().get()).status());
    }

    @Test
    void aDecisionCheckedWithAnExpiredTrustListShowsStaleNeitherValidNorUntrusted() throws Exception {
        SigningFixtures.trust(signing, dir.resolve("root"), "alice@example.org", "alice");
        Clock later = Clock.fixed(SigningFixtures.CLOCK.instant().plus(Duration.ofDays(91)), ZoneOffset.UTC);
        SigningContext afterExpiry = new SigningContext(new GateDecisions(later, dev.runlens.signing.keys.KdfParameters.testOnly(1_000)),
                new DataFolder(dir.resolve("data")), Optional.of(AUDIENCE), later);
        RunDecisions stale = new RunDecisions(session, TaskExecutor.sameThread(), DecisionsLookup.of(afterExpiry), afterExpiry.revisionProperty());
        DecisionMark m = only(stale.marksProperty().get());
        assertEquals(GateDecisions.Status.STALE_TRUST_LIST, m.status(), m.reason());
        assertTrue(m.reason().endsWith("stale trust list: version 1 expired at 2027-01-31T09:00:00Z"), m.reason());
        DecisionBadge badge = DecisionBadge.byStep(stale.marksProperty().get()).get("notify_handler");
        assertEquals("signed: approved · stale trust list", badge.text());
        assertEquals(Styles.DECISION_STALE, Styles.decision(badge.status()));
        signing.changed();
        assertEquals(GateDecisions.Status.VALID, only(decisions.marksProperty().get()).status(), "the same decision, before the list expired");
    }

    @Test
    void aTamperedDecisionIsInvalidWithItsReason() throws Exception {
        SigningFixtures.trust(signing, dir.resolve("root"), "alice@example.org", "alice");
        String line = Files.readString(signed.log());
        String payload = new String(signed.decision().payload(), StandardCharsets.UTF_8);
        String forged = Base64.getEncoder().encodeToString(payload.replace("\"note\":\"ok\"", "\"note\":\"OK\"").getBytes(StandardCharsets.UTF_8));
        String original = Base64.getEncoder().encodeToString(signed.decision().payload());
        assertTrue(line.contains(original));
        Files.writeString(signed.log(), line.replace(original, forged));
        signing.changed();
        DecisionMark m = only(decisions.marksProperty().get());
        assertEquals(GateDecisions.Status.INVALID, m.status());
        assertTrue(m.reason().startsWith("signature: no trusted key verifies the signature"), m.reason());
        assertEquals("signed: approved · invalid", DecisionBadge.byStep(decisions.marksProperty().get()).get("notify_handler").text());
    }

    @Test
    void anotherRunShowsNoneOfThisRunsDecisions() {
        Inspection other = workbench.inspect(sample(SigningFixtures.PAUSE_AFTER));
        session.show(other);
        assertEquals(List.of(), decisions.marksProperty().get());
        session.show(null);
        assertEquals(List.of(), decisions.marksProperty().get());
    }

    private static DecisionMark only(List<DecisionMark> marks) {
        assertEquals(1, marks.size(), marks.toString());
        return marks.get(0);
    }
}
