package dev.runlens.app.decisions;

import dev.runlens.signing.keys.KdfParameters;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.store.ImportProgress;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.DataFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TrustAdmin;
import dev.runlens.workbench.library.RunLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Signing in a temporary data folder for app tests: keys written with the signing module's
 * test-only KDF (fast), a fixed clock, the three pending sample runs, a tampered copy of one, and a
 * trust list whose root is pinned as {@code runlens verify-decision --root} pins it.
 */
public final class SigningFixtures {
    public static final String AUDIENCE = "acme-prod-agents";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
    public static final String PAUSE_BEFORE = "2026-09-17-claims-triage-pending-pause-before.json";
    public static final String CHECKPOINT = "2026-09-22-contract-review-pending-checkpoint.json";
    public static final String PAUSE_AFTER = "2026-10-27-claims-triage-pending-pause-after.json";
    public static final List<String> PENDING = List.of(PAUSE_BEFORE, CHECKPOINT, PAUSE_AFTER);

    private SigningFixtures() {}

    /** A fresh passphrase array each time (view models wipe the ones they are given). */
    public static char[] pass() {
        return "test passphrase".toCharArray();
    }

    public static GateDecisions decisions() {
        return new GateDecisions(CLOCK, KdfParameters.testOnly(1_000));
    }

    public static SigningContext context(Path home, Optional<String> audience) {
        return new SigningContext(decisions(), new DataFolder(home), audience, CLOCK);
    }

    public static KeyRing.KeyInfo key(SigningContext c, String name, Optional<String> principal) throws Exception {
        return c.decisions().generateKey(c.keys(), name, KeyAlgorithm.ECDSA_P256, principal, pass());
    }

    /** A trust list at the context's place, signed by a new root key (kept outside the key folder), trusting {@code reviewerKey}; its root pinned. */
    public static void trust(SigningContext c, Path rootDir, String principal, String reviewerKey) throws Exception {
        c.decisions().generateKey(rootDir, "root", KeyAlgorithm.ED25519, Optional.empty(), pass());
        TrustAdmin admin = new TrustAdmin(CLOCK);
        admin.init(List.of(rootDir.resolve("root.pub.pem")), 1, Duration.ofDays(90), c.trustList());
        admin.add(c.trustList(), new TrustAdmin.NewReviewer(Optional.of(principal), Optional.of(c.keys().resolve(reviewerKey + ".pub.pem")),
                Optional.empty(), Optional.empty(), TrustList.Scopes.everything(List.of(AUDIENCE)), Duration.ofDays(365)), Duration.ofDays(90));
        admin.sign(c.trustList(), rootDir, "root", pass());
        TrustAdmin.verifyTrustList(c.trustList(), List.of(rootDir.resolve("root.pub.pem")), Optional.empty(), c.checkSettings().trustState(),
                CLOCK.instant());
    }

    public static Path sample(String name) {
        return ProjectFolder.sampleBundles().resolve(name);
    }

    /** The pause-before sample with one character of its open gate's reason changed: same run, integrity mismatch. */
    public static Path tampered(Path dir) throws Exception {
        String text = Files.readString(sample(PAUSE_BEFORE));
        String changed = text.replace("Confirm handler assignment", "Confirm handler assignmenT");
        if (changed.equals(text)) throw new IllegalStateException("the sample changed: nothing to tamper with");
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("tampered-" + PAUSE_BEFORE), changed);
    }

    /** Imports {@code files} into the library on this thread. */
    public static void importAll(RunLibrary library, List<Path> files) {
        library.importPaths(files, ImportProgress.NONE, () -> false);
    }
}
