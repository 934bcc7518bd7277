package dev.runlens.workbench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.replay.JsonChange;
import dev.runlens.replay.JsonChanges;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.decision.DecisionRequest;
import dev.runlens.signing.decision.DecisionSigner;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SignedDecision;
import dev.runlens.signing.decision.SigningRefusedException;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.handback.HandBack;
import dev.runlens.signing.keys.KdfParameters;
import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.KeyFormatException;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.keys.SigningKey;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.signing.log.DecisionLog;
import dev.runlens.signing.log.LogChain;
import dev.runlens.signing.log.LogEntry;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.signing.verify.DecisionVerifier;
import dev.runlens.signing.verify.LogReport;
import dev.runlens.signing.verify.LogVerifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gate-decision use cases (issue 5) that the CLI and the app call: keys, drafting and signing a
 * decision on a bundle's pending gate, verifying decisions and logs, the hand-back. Trust-list
 * administration and plain DSSE verification are in {@link TrustAdmin}.
 */
public final class GateDecisions {
    public static final String PRODUCER = "runlens";
    private final Clock clock;
    private final KdfParameters kdf;

    /** Production: the wall clock and {@link KdfParameters#PRODUCTION}. */
    public GateDecisions() {
        this(Clock.systemUTC(), KdfParameters.PRODUCTION);
    }

    public GateDecisions(Clock clock, KdfParameters kdf) {
        this.clock = clock;
        this.kdf = kdf;
    }

    /** The clock decisions are dated by (the log and import use cases share it). */
    public Clock clock() {
        return clock;
    }

    // ------------------------------------------------------------------ keys

    public KeyRing.KeyInfo generateKey(Path keysDir, String name, KeyAlgorithm alg, Optional<String> principal, char[] passphrase) throws IOException {
        return new KeyRing(keysDir).generate(name, alg, principal, passphrase, kdf, clock.instant());
    }

    public List<KeyRing.KeyInfo> listKeys(Path keysDir) throws IOException {
        return new KeyRing(keysDir).list();
    }

    public String exportPublicKey(Path keysDir, String name) throws IOException {
        return new KeyRing(keysDir).publicKey(name).toPem();
    }

    /**
     * Imports an encrypted PKCS#8 PEM private key file as key {@code name}; it must open with
     * {@code passphrase}, and is stored re-encrypted with it at this workbench's KDF settings.
     *
     * @throws dev.runlens.signing.keys.WrongPassphraseException when the passphrase does not open it (nothing is written)
     * @throws KeyFormatException                                when it is not an encrypted P-256 or Ed25519 key
     */
    public KeyRing.KeyInfo importKey(Path keysDir, String name, Path pemFile, Optional<String> principal, char[] passphrase)
            throws IOException, KeyFormatException {
        String pem;
        try {
            pem = Files.readString(pemFile, java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new KeyFormatException(pemFile + ": not a PEM key file (not ASCII)");
        }
        return new KeyRing(keysDir).importKey(name, pem, pemFile.getFileName().toString(), principal, passphrase, kdf, clock.instant());
    }

    // ------------------------------------------------------------------ sign

    /**
     * What a reviewer decides on a bundle. {@code editPatch} (an RFC 6902 array) and {@code editArtifact} are for
     * {@code edited}; {@code principal} defaults to the one recorded with the key; the decision and its log go to {@code outDir}.
     */
    public record SignRequest(Path bundle, String stepId, String gate, String decision, Optional<String> note,
                              Optional<String> checkpointId, Optional<Path> editPatch, Optional<String> editArtifact,
                              String audience, Optional<String> principal, Optional<Path> trustList, Path outDir) {}

    /** The signed decision, where it was written, and the log it was appended to. */
    public record Signed(SignedDecision decision, Path file, Path log) {}

    /**
     * The exact Statement that will be signed (shown before asking for the passphrase).
     *
     * @throws SigningRefusedException the bundle's integrity is not valid, the gate is not pending, the request is malformed
     * @throws IllegalArgumentException a file is unreadable
     */
    public DecisionStatement draft(SignRequest r, Path keysDir, String keyName) throws IOException, SigningRefusedException {
        return draft(r, edit(r), keysDir, keyName);
    }

    /**
     * Like {@link #draft(SignRequest, Path, String)} with the edit given in memory (the request's
     * {@code editPatch} and {@code editArtifact} are ignored): what the app's decision dialog signs.
     */
    public DecisionStatement draft(SignRequest r, Optional<DecisionRequest.EditRequest> edit, Path keysDir, String keyName)
            throws IOException, SigningRefusedException {
        KeyRing ring = new KeyRing(keysDir);
        VerificationKey key = ring.publicKey(keyName);
        String principal = r.principal().or(() -> infoPrincipal(ring, keyName)).orElseThrow(() ->
                new SigningRefusedException("no principal: pass --principal or generate the key with one"));
        RunBundleFacts facts = facts(r.bundle());
        Path logFile = r.outDir().resolve(DecisionLog.fileName(facts.runId()));
        DecisionRequest req = new DecisionRequest(r.stepId(), r.gate(), r.checkpointId(), r.decision(), r.note(), edit, r.audience(),
                principal, trustRef(r.trustList()), nextLink(logFile), DecisionRequest.newDecisionId(), clock.instant(),
                new DecisionStatement.Producer(PRODUCER, version()));
        return DecisionSigner.draft(facts, req, key);
    }

    /**
     * The RFC 6902 patch that turns {@code from} into {@code to} ({@code add}, {@code remove} and
     * {@code replace} only), for a reviewer who edited an artifact's JSON rather than writing a patch.
     */
    public static JsonValue.Arr patchBetween(JsonValue from, JsonValue to) {
        List<JsonValue> ops = new ArrayList<>();
        for (JsonChange c : JsonChanges.between(from, to)) {
            dev.runlens.signing.codec.JsonBuilder op = dev.runlens.signing.codec.JsonBuilder.object()
                    .put("op", c.op().wire()).put("path", c.path());
            c.value().ifPresent(v -> op.put("value", v));
            ops.add(op.build());
        }
        return new JsonValue.Arr(ops);
    }

    /**
     * The pending gates of a bundle as a reviewer meets them, whether a decision can be signed on it,
     * and its cost so far.
     *
     * @throws IllegalArgumentException the file is not a readable run
     */
    public GateReview review(Path bundle) {
        RunBundleFacts facts = facts(bundle);
        var replay = facts.replay();
        List<GateReview.PendingGate> gates = new ArrayList<>();
        for (dev.runlens.signing.decision.BundleFacts.GateRequest g : facts.pendingGates()) {
            Optional<String> reason = replay.event(g.index()) instanceof dev.runlens.protocol.model.HumanGateRequested q ? q.reason() : Optional.empty();
            gates.add(new GateReview.PendingGate(g.eventId(), g.index(), g.stepId(), g.gate(), g.ts(), reason, g.shown()));
        }
        return new GateReview(facts.runId(), facts.workflowId(), facts.workflowVersion(), facts.runStatus(),
                facts.integrity().name().toLowerCase(java.util.Locale.ROOT), DecisionSigner.refusal(facts),
                replay.finalState().spend().total().cost(), gates);
    }

    /** Signs the drafted Statement with the named key, writes it and appends it to the run's log. */
    public Signed sign(DecisionStatement statement, Path keysDir, String keyName, char[] passphrase, Path outDir)
            throws IOException, KeyFormatException, SigningRefusedException {
        SigningKey key = new KeyRing(keysDir).open(keyName, passphrase);
        try {
            SignedDecision d = DecisionSigner.sign(statement, key);
            Files.createDirectories(outDir);
            Path file = outDir.resolve(d.fileName());
            Files.write(file, d.bundle().toBytes());
            Path log = outDir.resolve(DecisionLog.fileName(statement.runId()));
            DecisionLog.append(log, d);
            return new Signed(d, file, log);
        } finally {
            key.destroy();
        }
    }

    private static Optional<String> infoPrincipal(KeyRing ring, String name) {
        try {
            return ring.info(name).flatMap(KeyRing.KeyInfo::principal);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<DecisionRequest.EditRequest> edit(SignRequest r) throws IOException, SigningRefusedException {
        if (r.editPatch().isEmpty()) return Optional.empty();
        JsonValue patch;
        try {
            patch = StrictJson.parse(Files.readAllBytes(r.editPatch().get()));
        } catch (StrictJsonException e) {
            throw new SigningRefusedException(r.editPatch().get() + ": " + e.getMessage());
        }
        if (!(patch instanceof JsonValue.Arr ops)) throw new SigningRefusedException(r.editPatch().get() + ": an RFC 6902 patch is a JSON array");
        String artifact = r.editArtifact().orElseThrow(() -> new SigningRefusedException("an edit names the artifact it changes (--artifact)"));
        return Optional.of(new DecisionRequest.EditRequest(artifact, ops));
    }

    /** The trust list the signer had: its version and payload digest, or version 0 and a zero digest without one. */
    private static DecisionStatement.TrustListRef trustRef(Optional<Path> trust) throws IOException {
        if (trust.isEmpty()) return new DecisionStatement.TrustListRef(0, "sha256:" + "0".repeat(64));
        try {
            var e = dev.runlens.signing.dsse.EnvelopeJson.read(Files.readAllBytes(trust.get()));
            return new DecisionStatement.TrustListRef(dev.runlens.signing.trust.TrustLists.read(e).version(), e.payloadDigest());
        } catch (EnvelopeFormatException | StrictJsonException e) {
            throw new IllegalArgumentException(trust.get() + ": not a trust list: " + e.getMessage());
        }
    }

    /** The log link for the next decision: every head of the run's existing log (read as written; verification checks it). */
    static DecisionStatement.LogLink nextLink(Path logFile) throws IOException {
        if (!Files.exists(logFile)) return DecisionStatement.LogLink.first();
        List<LogEntry> entries = new ArrayList<>();
        for (DecisionLog.Line line : DecisionLog.read(logFile)) {
            try {
                var b = dev.runlens.signing.decision.SigstoreBundle.read(line.bytes());
                DecisionStatement st = dev.runlens.signing.decision.StatementJson.read(StrictJson.parse(b.envelope().payload()));
                if (st.predicate() == null) continue;
                entries.add(new LogEntry(line.number(), b.envelope().payloadDigest(), st.predicate().decisionId(), st.runId(),
                        st.predicate().log().seq(), st.predicate().log().prev()));
            } catch (EnvelopeFormatException | StrictJsonException e) {
                throw new IllegalArgumentException(logFile + " line " + line.number() + ": not a decision: " + e.getMessage());
            }
        }
        String run = entries.isEmpty() ? "" : entries.get(0).runId();
        return LogChain.check(run, entries).nextLink();
    }

    // ------------------------------------------------------------------ verify

    /**
     * How to verify: the bundle to bind to (optional), the trust list and the pinned roots (from
     * {@code roots} when given, else from the verifier state), the audience, and import mode.
     */
    public record VerifyOptions(Optional<Path> bundle, Path trustList, List<Path> roots, Optional<Integer> rootThreshold,
                                Path stateFile, String audience, boolean importMode, Optional<Instant> trustedTime) {}

    /** One decision file's (or log line's) outcome, with the hand-back when accepted. */
    public record Verified(Path file, Optional<Integer> line, DecisionReport report, Optional<HandBack> handBack) {}

    /** All outcomes, and each log file's chain report. */
    public record Verification(TrustListVerdict trust, List<Verified> decisions, List<LogOutcome> logs) {
        public boolean allAccepted() {
            return !decisions.isEmpty() && decisions.stream().allMatch(v -> v.report().accepted()) && logs.stream().allMatch(l -> l.report().intact());
        }
    }

    public record LogOutcome(Path file, LogReport report) {}

    /**
     * Verifies decision files ({@code .jsonl} files are read as decision logs).
     *
     * @throws IllegalArgumentException the bundle, the trust list or a root key cannot be read
     */
    public Verification verify(VerifyOptions o, List<Path> decisionFiles) throws IOException {
        TrustListVerdict trust = TrustAdmin.verifyTrustList(o.trustList(), o.roots(), o.rootThreshold(), o.stateFile(), clock.instant());
        DecisionVerifier.Builder b = DecisionVerifier.builder().trustList(trust).audience(o.audience()).allowGrownTrace(o.importMode());
        Optional<RunBundleFacts> facts = o.bundle().map(GateDecisions::facts);
        facts.ifPresent(b::bundle);
        o.trustedTime().ifPresent(b::trustedTime);
        DecisionVerifier verifier = b.build();
        List<Verified> out = new ArrayList<>();
        List<LogOutcome> logs = new ArrayList<>();
        for (Path f : decisionFiles) {
            if (f.getFileName().toString().endsWith(".jsonl")) {
                String run = facts.map(RunBundleFacts::runId).orElseGet(() -> runFromLogName(f));
                LogReport lr = LogVerifier.verify(run, DecisionLog.read(f), verifier);
                logs.add(new LogOutcome(f, lr));
                lr.lines().forEach((line, r) -> out.add(verified(f, Optional.of(line), r)));
            } else {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f);
                } catch (IOException e) {
                    bytes = new byte[0];
                }
                out.add(verified(f, Optional.empty(), verifier.verify(bytes)));
            }
        }
        return new Verification(trust, out, logs);
    }

    // ------------------------------------------------------------------ decisions on a run (the app)

    /**
     * How a decision on a run is shown: valid; valid but checked with a trust list that has expired
     * ({@code STALE_TRUST_LIST}: the decision verifies, the list must be renewed); invalid (with the
     * reason); or signed by a key no usable trust list vouches for.
     */
    public enum Status { VALID, STALE_TRUST_LIST, INVALID, UNTRUSTED_KEY }

    /**
     * Where the app keeps decisions and keys, the user's trust list (its roots pinned in
     * {@code trustState}; empty or missing: no trust list) and the audience decisions must be for
     * (empty: not checked, with a warning).
     */
    public record CheckSettings(Path decisionsDir, Path keysDir, Optional<Path> trustList, Path trustState, Optional<String> audience) {}

    /**
     * One decision of the run's log, verified against the bundle: {@code statement} is as written
     * (to place it on a step and gate; trust it only when {@code status} is valid), {@code reason} the
     * first failed check or who signed it, {@code handBack} only when valid.
     */
    public record Checked(int line, Optional<DecisionStatement> statement, Status status, String reason, List<String> warnings,
                          Optional<HandBack> handBack) {
        public Checked {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Every decision kept for the run in {@code bundle} ({@code <runId>.decisions.jsonl} in the
     * decisions folder), verified against that bundle (a later bundle of the run binds through the
     * reviewed trace prefix) with the user's trust list. Without a usable trust list nothing is valid.
     *
     * @throws IllegalArgumentException the bundle is not a readable run
     */
    public List<Checked> checkDecisions(Path bundle, CheckSettings settings) throws IOException {
        return DecisionChecks.onRun(facts(bundle), settings, clock.instant());
    }

    /** A decision written to a run's log here, read as written (not verified), with its hand-back. */
    public record Kept(int line, DecisionStatement statement, String entryDigest, HandBack handBack) {}

    /** The decisions written to {@code runId}'s log in {@code decisionsDir}, as written. */
    public List<Kept> keptDecisions(Path decisionsDir, String runId) throws IOException {
        return DecisionChecks.kept(decisionsDir, runId);
    }

    private static String runFromLogName(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".decisions.jsonl") ? n.substring(0, n.length() - ".decisions.jsonl".length()) : n;
    }

    private static Verified verified(Path f, Optional<Integer> line, DecisionReport r) {
        Optional<HandBack> hb = r.accepted() ? Optional.of(HandBack.of(r.statement().orElseThrow(), r.entryDigest().orElseThrow())) : Optional.empty();
        return new Verified(f, line, r, hb);
    }

    static RunBundleFacts facts(Path bundle) {
        return RunBundleFacts.of(new BundleReader(BundleReader.Options.LOAD.withMigrate(false)).read(bundle), bundle.toString());
    }

    /** The build's version (the jar manifest's), for the Statement's {@code producer}. */
    static String version() {
        return Optional.ofNullable(GateDecisions.class.getPackage().getImplementationVersion()).orElse("0.1.0-SNAPSHOT");
    }
}
