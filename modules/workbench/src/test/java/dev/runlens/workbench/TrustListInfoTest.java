package dev.runlens.workbench;

import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.signing.trust.TrustState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.runlens.workbench.GateDecisionsTest.CLOCK;
import static dev.runlens.workbench.GateDecisionsTest.PASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the app's trust-list screen asks of the workbench: a list as written, its verdict, pinning its roots. */
class TrustListInfoTest {
    @TempDir
    Path dir;

    private final GateDecisionsTest world = new GateDecisionsTest();
    private Path trust;
    private Path state;
    private final Instant now = CLOCK.instant();

    @BeforeEach
    void setUp() throws Exception {
        trust = world.world(dir);
        state = dir.resolve("state.json");
    }

    @Test
    void withNoRootPinnedTheListIsShownButNotVerified() throws Exception {
        TrustListInfo info = TrustAdmin.inspect(trust, state, now);
        assertEquals(Optional.empty(), info.verdict());
        assertFalse(info.rootPinned());
        assertEquals(1, info.list().version());
        assertEquals(List.of("alice@example.org"), info.list().reviewers().stream().map(TrustList.Reviewer::principal).toList());
        assertEquals(List.of(world.decisions.listKeys(dir.resolve("keys")).stream().filter(k -> k.name().equals("root")).findFirst()
                .orElseThrow().keyId()), info.signedBy());
        assertFalse(Files.exists(state), "nothing is remembered before roots are pinned");
    }

    @Test
    void pinningTheListsRootsTrustsItAndItIsVerifiedWithThemFromThenOn() throws Exception {
        TrustListVerdict pinned = TrustAdmin.pinRoots(trust, state, now);
        assertEquals(TrustListVerdict.Status.TRUSTED, pinned.status(), pinned.reasons().toString());
        TrustListInfo info = TrustAdmin.inspect(trust, state, now);
        assertEquals(TrustListVerdict.Status.TRUSTED, info.verdict().orElseThrow().status());
        assertTrue(info.rootPinned());
        assertEquals(1, info.state().highestVersion());
        assertEquals(Optional.of(info.digest()), TrustState.load(state).highestDigest());
    }

    @Test
    void anUnsignedRevocationDraftIsRejectedWithItsReasonAndShowsTheRevocation() throws Exception {
        TrustAdmin.pinRoots(trust, state, now);
        String alice = world.decisions.listKeys(dir.resolve("keys")).stream().filter(k -> k.name().equals("alice")).findFirst().orElseThrow().keyId();
        world.admin.revoke(trust, alice, "keyCompromise", Optional.of(now), Duration.ofDays(90));
        TrustListInfo draft = TrustAdmin.inspect(trust, state, now);
        assertTrue(draft.draft());
        assertEquals(2, draft.list().version());
        assertEquals(List.of(new TrustList.Revocation(alice, "keyCompromise", "2026-09-17T08:00:00Z")), draft.list().revocations());
        assertEquals(TrustListVerdict.Status.REJECTED, draft.verdict().orElseThrow().status());
        assertEquals(List.of("signed by 0 pinned root key(s); the threshold is 1"), draft.verdict().orElseThrow().reasons());
        world.admin.sign(trust, dir.resolve("keys"), "root", PASS);
        TrustListInfo signed = TrustAdmin.inspect(trust, state, now);
        assertEquals(TrustListVerdict.Status.TRUSTED, signed.verdict().orElseThrow().status(), signed.verdict().toString());
        assertEquals(List.of(alice), TrustState.load(state).revocationsSeen().stream().map(TrustList.Revocation::keyid).toList());
    }

    @Test
    void anOlderVersionAfterANewerOneIsARollback() throws Exception {
        Path v1 = Files.copy(trust, dir.resolve("v1.dsse.json"));
        TrustAdmin.pinRoots(trust, state, now);
        world.admin.revoke(trust, "sha256:" + "ab".repeat(32), "retired", Optional.of(now), Duration.ofDays(90));
        world.admin.sign(trust, dir.resolve("keys"), "root", PASS);
        assertEquals(TrustListVerdict.Status.TRUSTED, TrustAdmin.inspect(trust, state, now).verdict().orElseThrow().status());
        TrustListVerdict old = TrustAdmin.inspect(v1, state, now).verdict().orElseThrow();
        assertEquals(TrustListVerdict.Status.REJECTED, old.status());
        assertEquals(List.of("rollback: version 1 is older than version 2 already seen"), old.reasons());
    }

    @Test
    void anExpiredListIsStale() throws Exception {
        TrustAdmin.pinRoots(trust, state, now);
        TrustListVerdict v = TrustAdmin.inspect(trust, state, now.plus(Duration.ofDays(90))).verdict().orElseThrow();
        assertEquals(TrustListVerdict.Status.STALE, v.status());
        assertEquals(List.of("stale trust list: version 1 expired at 2026-12-16T08:00:00Z"), v.reasons());
    }

    @Test
    void checkpointersTheListNamesAreShown() throws Exception {
        var key = world.decisions.generateKey(dir.resolve("keys"), "ingest", KeyAlgorithm.ED25519, Optional.empty(), PASS);
        String pem = world.decisions.exportPublicKey(dir.resolve("keys"), "ingest");
        new TrustAdmin(CLOCK).addCheckpointer(trust, "ingest@acme", dir.resolve("keys/ingest.pub.pem"), Duration.ofDays(365), Duration.ofDays(90));
        TrustListInfo info = TrustAdmin.inspect(trust, state, now);
        assertEquals(List.of(new TrustListInfo.Checkpointer("ingest@acme", List.of(new TrustList.KeyEntry(key.keyId(), "ed25519", pem)))),
                info.checkpointers());
    }

    @Test
    void aFileThatIsNotATrustListIsAnErrorNamingIt() throws Exception {
        Path bundle = GateDecisionsTest.PENDING;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustAdmin.inspect(bundle, state, now));
        assertTrue(e.getMessage().startsWith(bundle.toString() + ": "), e.getMessage());
        Path missing = dir.resolve("nowhere.dsse.json");
        e = assertThrows(IllegalArgumentException.class, () -> TrustAdmin.inspect(missing, state, now));
        assertEquals(missing + ": no such trust-list file", e.getMessage());
    }
}
