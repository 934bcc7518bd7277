package dev.runlens.workbench;

import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.dsse.DsseVerifier;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.dsse.EnvelopeJson;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.keys.KeyFormatException;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.keys.SignaturePolicy;
import dev.runlens.signing.keys.SigningKey;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.signing.timestamp.TimestampAuthority;
import dev.runlens.signing.timestamp.TimestampFormatException;
import dev.runlens.signing.trust.EnrollmentRequest;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.signing.trust.TrustListVerifier;
import dev.runlens.signing.trust.TrustLists;
import dev.runlens.signing.trust.TrustState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trust-list administration (init, add a reviewer key, revoke, sign with a root key), trust-list
 * verification with the verifier's persisted state, and verification of any DSSE envelope.
 * A trust-list file is a DSSE envelope; a draft has no signatures yet.
 */
public final class TrustAdmin {
    private final Clock clock;

    public TrustAdmin() {
        this(Clock.systemUTC());
    }

    public TrustAdmin(Clock clock) {
        this.clock = clock;
    }

    public TrustList init(List<Path> rootKeys, int threshold, Duration validFor, Path out) throws IOException {
        List<VerificationKey> roots = new ArrayList<>();
        for (Path p : rootKeys) roots.add(readKey(p));
        TrustList t = TrustLists.initial(roots, threshold, clock.instant(), validFor);
        write(out, TrustLists.draft(t));
        return t;
    }

    /** Who to add: a public key and principal, or an enrollment request (which proves possession). */
    public record NewReviewer(Optional<String> principal, Optional<Path> publicKey, Optional<Path> enrollment, Optional<String> displayName,
                              TrustList.Scopes scopes, Duration validFor) {}

    public TrustList add(Path file, NewReviewer r, Duration listValidFor) throws IOException {
        String principal;
        VerificationKey key;
        if (r.enrollment().isPresent()) {
            try {
                EnrollmentRequest req = EnrollmentRequest.verify(EnvelopeJson.read(Files.readAllBytes(r.enrollment().get())));
                principal = req.principal();
                key = req.key();
            } catch (EnvelopeFormatException | KeyFormatException e) {
                throw new IllegalArgumentException(r.enrollment().get() + ": " + e.getMessage());
            }
        } else {
            principal = r.principal().orElseThrow(() -> new IllegalArgumentException("a principal is required"));
            key = readKey(r.publicKey().orElseThrow(() -> new IllegalArgumentException("a public key is required")));
        }
        Instant now = clock.instant();
        TrustList t = TrustLists.withReviewerKey(editable(file, listValidFor), principal, r.displayName(), r.scopes(), key, now,
                Optional.of(now.plus(r.validFor())));
        write(file, TrustLists.draft(t));
        return t;
    }

    /**
     * Adds (or replaces) a checkpointer's key: an ingest service or auditor that signs decision-log
     * checkpoints (design B8 {@code checkpointers}) and may decide nothing.
     */
    public TrustList addCheckpointer(Path file, String principal, Path publicKey, Duration keyValidFor, Duration listValidFor) throws IOException {
        VerificationKey key = readKey(publicKey);
        Instant now = clock.instant();
        TrustList t = TrustLists.withCheckpointerKey(editable(file, listValidFor), principal, key, now, Optional.of(now.plus(keyValidFor)));
        write(file, TrustLists.draft(t));
        return t;
    }

    public TrustList revoke(Path file, String keyid, String reason, Optional<Instant> effectiveAt, Duration listValidFor) throws IOException {
        TrustList t = TrustLists.withRevocation(editable(file, listValidFor), keyid, reason, effectiveAt.orElse(clock.instant()));
        write(file, TrustLists.draft(t));
        return t;
    }

    /**
     * Adds (or replaces, by name) an RFC 3161 timestamp authority: the PEM file's certificates (its root,
     * optionally with intermediates or the TSA certificate, root last) anchor it; its tokens count when
     * their {@code genTime} lies in {@code validFrom} (default: the earliest certificate's notBefore) to
     * {@code validUntil} (default: open).
     *
     * @throws IllegalArgumentException the PEM holds no readable certificate, or the window is empty
     */
    public TrustList addTimestampAuthority(Path file, String name, Path certificatePem, Optional<Instant> validFrom,
                                           Optional<Instant> validUntil, Duration listValidFor) throws IOException {
        String pem;
        try {
            pem = Files.readString(certificatePem, StandardCharsets.US_ASCII);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(certificatePem + ": not a PEM certificate file (not ASCII)");
        }
        TimestampAuthority tsa;
        try {
            tsa = TimestampAuthority.of(name, pem, validFrom.isPresent() ? validFrom.get() : TimestampAuthority.earliestNotBefore(pem), validUntil);
        } catch (TimestampFormatException e) {
            throw new IllegalArgumentException(certificatePem + ": " + e.getMessage());
        }
        TrustList t = TrustLists.withTimestampAuthority(editable(file, listValidFor), tsa);
        write(file, TrustLists.draft(t));
        return t;
    }

    /** Adds the named root key's signature. */
    public Envelope sign(Path file, Path keysDir, String keyName, char[] passphrase) throws IOException, KeyFormatException {
        Envelope e = read(file);
        try {
            TrustLists.read(e);
        } catch (StrictJsonException ex) {
            throw new IllegalArgumentException(file + ": not a trust list: " + ex.getMessage());
        }
        SigningKey k = new KeyRing(keysDir).open(keyName, passphrase);
        try {
            Envelope signed = TrustLists.sign(e, k);
            write(file, signed);
            return signed;
        } finally {
            k.destroy();
        }
    }

    private TrustList editable(Path file, Duration validFor) throws IOException {
        try {
            return TrustLists.editable(read(file), clock.instant(), validFor);
        } catch (StrictJsonException e) {
            throw new IllegalArgumentException(file + ": not a trust list: " + e.getMessage());
        }
    }

    /**
     * Verifies a trust list against pinned roots ({@code roots}, or those the state remembers) and the
     * state file, and remembers what it learnt (highest version, root, revocations).
     */
    public static TrustListVerdict verifyTrustList(Path file, List<Path> roots, Optional<Integer> threshold, Path stateFile, Instant now)
            throws IOException {
        TrustState state = state(stateFile);
        TrustListVerifier v;
        if (!roots.isEmpty()) {
            List<VerificationKey> keys = new ArrayList<>();
            for (Path p : roots) keys.add(readKey(p));
            v = TrustListVerifier.pinned(keys, threshold.orElse(keys.size()), state, now);
        } else {
            try {
                v = TrustListVerifier.fromState(state, now);
            } catch (KeyFormatException e) {
                throw new IllegalArgumentException("no pinned root keys: pass --root (or verify once with --root so " + stateFile + " remembers them)");
            }
        }
        TrustListVerdict verdict = v.verify(read(file));
        if (verdict.usable()) verdict.state().save(stateFile);
        return verdict;
    }

    /**
     * The trust list in {@code file} as written, verified against the root keys the verifier state
     * pins (when it pins any) and its highest version; a usable list's version and revocations are
     * remembered, as when decisions are checked with it.
     *
     * @throws IllegalArgumentException the file, or the state file, cannot be read as one (the message names it)
     */
    public static TrustListInfo inspect(Path file, Path stateFile, Instant now) throws IOException {
        Envelope e = readExisting(file);
        TrustList list = listOf(file, e);
        TrustState state = state(stateFile);
        Optional<TrustListVerdict> verdict = Optional.empty();
        if (state.root().isPresent()) {
            try {
                verdict = Optional.of(TrustListVerifier.fromState(state, now).verify(e));
            } catch (KeyFormatException ex) {
                throw new IllegalArgumentException(stateFile + ": a pinned root key is not usable: " + ex.getMessage());
            }
            if (verdict.get().usable()) {
                state = verdict.get().state();
                state.save(stateFile);
            }
        }
        return new TrustListInfo(file, list, e.payloadDigest(), e.signatures().stream().map(Envelope.Signature::keyId).toList(), verdict, state,
                checkpointers(list));
    }

    /**
     * Pins the list's own root keys (trust on first use: compare their fingerprints out of band
     * first): verifies the list with them at its own threshold, with the state's highest version and
     * revocations, and when it is usable remembers that root. Nothing is remembered otherwise.
     */
    public static TrustListVerdict pinRoots(Path file, Path stateFile, Instant now) throws IOException {
        Envelope e = readExisting(file);
        TrustList list = listOf(file, e);
        List<VerificationKey> roots = new ArrayList<>();
        for (TrustList.KeyEntry k : list.root().keys()) {
            try {
                roots.add(VerificationKey.fromPem(k.publicKeyPem()));
            } catch (KeyFormatException ex) {
                throw new IllegalArgumentException(file + ": root key " + k.keyid() + ": " + ex.getMessage());
            }
        }
        TrustListVerdict verdict = TrustListVerifier.pinned(roots, list.root().threshold(), state(stateFile), now).verify(e);
        if (verdict.usable()) verdict.state().save(stateFile);
        return verdict;
    }

    private static Envelope readExisting(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such trust-list file");
        return read(file);
    }

    private static TrustList listOf(Path file, Envelope e) {
        if (!e.payloadType().equals(TrustList.PAYLOAD_TYPE))
            throw new IllegalArgumentException(file + ": not a trust list (payloadType \"" + e.payloadType() + "\")");
        try {
            return TrustLists.read(e);
        } catch (StrictJsonException ex) {
            throw new IllegalArgumentException(file + ": not a trust list: " + ex.getMessage());
        }
    }

    private static TrustState state(Path stateFile) throws IOException {
        try {
            return TrustState.load(stateFile);
        } catch (StrictJsonException ex) {
            throw new IllegalArgumentException(stateFile + ": " + ex.getMessage());
        }
    }

    /** The list's checkpointers with their key entries. */
    private static List<TrustListInfo.Checkpointer> checkpointers(TrustList list) {
        return list.checkpointers().stream().map(c -> new TrustListInfo.Checkpointer(c.principal(),
                c.keys().stream().map(TrustList.ReviewerKey::key).toList())).toList();
    }

    /** Verifies any DSSE envelope (or the envelope inside a Sigstore bundle) with the given public keys. */
    public DsseVerifier.Result dsseVerify(Path envelopeFile, List<Path> keys, int threshold, SignaturePolicy policy) throws IOException {
        List<VerificationKey> ks = new ArrayList<>();
        for (Path p : keys) ks.add(readKey(p));
        byte[] bytes = Files.readAllBytes(envelopeFile);
        Envelope e;
        try {
            e = EnvelopeJson.read(bytes);
        } catch (EnvelopeFormatException first) {
            try {
                e = SigstoreBundle.read(bytes).envelope();
            } catch (EnvelopeFormatException second) {
                throw new IllegalArgumentException(envelopeFile + ": not a DSSE envelope: " + first.getMessage());
            }
        }
        return DsseVerifier.builder().trust(ks).threshold(threshold).policy(policy).build().verify(e);
    }

    static VerificationKey readKey(Path p) throws IOException {
        try {
            return VerificationKey.fromPem(Files.readString(p, StandardCharsets.US_ASCII));
        } catch (KeyFormatException e) {
            throw new IllegalArgumentException(p + ": " + e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(p + ": not a PEM public key (not ASCII)");
        }
    }

    static Envelope read(Path file) throws IOException {
        try {
            return EnvelopeJson.read(Files.readAllBytes(file));
        } catch (EnvelopeFormatException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static void write(Path file, Envelope e) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.write(file, EnvelopeJson.write(e));
    }
}
