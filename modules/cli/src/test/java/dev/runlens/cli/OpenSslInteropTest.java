package dev.runlens.cli;

import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.decision.StatementJson;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.dsse.EnvelopeJson;
import dev.runlens.signing.dsse.Pae;
import dev.runlens.signing.keys.SignaturePolicy;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.testkit.ExternalTool;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TrustAdmin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interop with the OpenSSL command line (design B12): a RunLens decision verifies with {@code openssl},
 * and a decision whose key OpenSSL generated and whose signature OpenSSL made verifies with
 * {@code runlens verify-decision}. Skipped locally without {@code openssl}; required under CI=true.
 */
class OpenSslInteropTest {
    static final String PENDING = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json").toString();
    static final String AUDIENCE = "acme-prod-agents";

    Path openssl;
    Path dir;
    CliContext ctx;
    Path pass;

    void setUp(Path tmp) throws Exception {
        openssl = ExternalTool.require("openssl", "interoperability with the OpenSSL command line");
        dir = tmp;
        ctx = new CliContext(new GateDecisions(), new TrustAdmin(), Map.of("RUNLENS_HOME", dir.resolve("home").toString()), () -> null);
        pass = Files.writeString(dir.resolve("pass.txt"), "interop passphrase\n");
    }

    ExternalTool.Run ossl(String... args) throws Exception {
        return ExternalTool.run(openssl, dir, args);
    }

    Path keys() {
        return dir.resolve("home/keys");
    }

    /** A trust list signed by a RunLens root key that trusts {@code principal}'s public key. */
    Path trustList(String principal, Path publicKey) {
        assertEquals(0, CliRun.with(ctx, "keys", "generate", "--passphrase-file", pass.toString(), "root").exit());
        Path trust = dir.resolve("trust.dsse.json");
        assertEquals(0, CliRun.with(ctx, "trust", "init", "--root", keys().resolve("root.pub.pem").toString(), "--out", trust.toString()).exit());
        assertEquals(0, CliRun.with(ctx, "trust", "add", trust.toString(), "--principal", principal, "--public-key", publicKey.toString(),
                "--audience", AUDIENCE).exit());
        assertEquals(0, CliRun.with(ctx, "trust", "sign", trust.toString(), "--key", "root", "--passphrase-file", pass.toString()).exit());
        return trust;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"p256", "ed25519"})
    void aRunLensDecisionVerifiesWithTheOpenSslCommandLine(String alg, @TempDir Path tmp) throws Exception {
        setUp(tmp);
        assertEquals(0, CliRun.with(ctx, "keys", "generate", "--algorithm", alg, "--principal", "alice@example.org",
                "--passphrase-file", pass.toString(), "alice").exit());
        CliRun signed = CliRun.with(ctx, "sign", "--bundle", PENDING, "--step", "notify_handler", "--gate", "PAUSE_BEFORE",
                "--decision", "approved", "--key", "alice", "--audience", AUDIENCE, "--out", dir.resolve("out").toString(),
                "--passphrase-file", pass.toString());
        assertEquals(0, signed.exit(), signed.stderr());
        SigstoreBundle b = SigstoreBundle.read(Files.readAllBytes(Path.of(signed.out().lines().findFirst().orElseThrow())));
        Files.write(dir.resolve("pae.bin"), b.envelope().pae());
        Files.write(dir.resolve("sig.bin"), b.envelope().signatures().get(0).sig());
        String pub = keys().resolve("alice.pub.pem").toString();
        ExternalTool.Run v = alg.equals("p256")
                ? ossl("dgst", "-sha256", "-verify", pub, "-signature", "sig.bin", "pae.bin")
                : ossl("pkeyutl", "-verify", "-pubin", "-inkey", pub, "-rawin", "-in", "pae.bin", "-sigfile", "sig.bin");
        assertEquals(0, v.exit(), v.out() + v.stderr());
        assertTrue(v.out().contains("Verified") || v.out().contains("Signature Verified Successfully"), v.out());
        ExternalTool.Run id = ossl("pkey", "-pubin", "-in", pub, "-outform", "DER", "-out", "spki.der");
        assertEquals(0, id.exit());
        assertEquals(b.publicKeyHint().orElseThrow(), "sha256:" + dev.runlens.signing.codec.Digests.sha256Hex(Files.readAllBytes(dir.resolve("spki.der"))),
                "the key id is the SHA-256 of the SPKI DER, as openssl computes it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"p256", "ed25519"})
    void aDecisionSignedByOpenSslVerifiesWithRunLens(String alg, @TempDir Path tmp) throws Exception {
        setUp(tmp);
        ExternalTool.Run gen = alg.equals("p256") ? ossl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "bob.pem")
                : ossl("genpkey", "-algorithm", "ed25519", "-out", "bob.pem");
        assertEquals(0, gen.exit(), gen.stderr());
        assertEquals(0, ossl("pkey", "-in", "bob.pem", "-pubout", "-out", "bob.pub.pem").exit());
        Path trust = trustList("bob@example.org", dir.resolve("bob.pub.pem"));
        Files.createDirectories(keys());
        Files.copy(dir.resolve("bob.pub.pem"), keys().resolve("bob.pub.pem"));
        DecisionStatement st = ctx.decisions().draft(new GateDecisions.SignRequest(Path.of(PENDING), "notify_handler", "PAUSE_BEFORE", "approved",
                Optional.of("signed with openssl"), Optional.empty(), Optional.empty(), Optional.empty(), AUDIENCE,
                Optional.of("bob@example.org"), Optional.of(trust), dir.resolve("out")), keys(), "bob");
        byte[] payload = StrictJson.canonical(StatementJson.toJson(st));
        byte[] pae = Pae.encode(DecisionStatement.PAYLOAD_TYPE, payload);
        Files.write(dir.resolve("pae.bin"), pae);
        VerificationKey bob = VerificationKey.fromPem(Files.readString(dir.resolve("bob.pub.pem")));
        byte[] sig = null;
        for (int i = 0; i < 40 && sig == null; i++) { // OpenSSL's ECDSA is randomized and may give a high S, which decisions refuse
            ExternalTool.Run s = alg.equals("p256") ? ossl("dgst", "-sha256", "-sign", "bob.pem", "-out", "sig.bin", "pae.bin")
                    : ossl("pkeyutl", "-sign", "-inkey", "bob.pem", "-rawin", "-in", "pae.bin", "-out", "sig.bin");
            assertEquals(0, s.exit(), s.stderr());
            byte[] candidate = Files.readAllBytes(dir.resolve("sig.bin"));
            if (bob.verify(pae, candidate, SignaturePolicy.DECISIONS).valid()) sig = candidate;
            else assertTrue(bob.verify(pae, candidate, SignaturePolicy.PLAIN_DER).valid(), "only the S half can be the problem");
        }
        Envelope e = new Envelope(DecisionStatement.PAYLOAD_TYPE, payload, List.of(new Envelope.Signature(bob.keyId(), sig)));
        Path file = Files.write(dir.resolve("bob.decision.sigstore.json"), SigstoreBundle.of(e, bob.keyId()).toBytes());
        CliRun r = CliRun.with(ctx, "verify-decision", "--bundle", PENDING, "--trust", trust.toString(),
                "--root", keys().resolve("root.pub.pem").toString(), "--audience", AUDIENCE, file.toString());
        assertEquals(0, r.exit(), r.out() + r.stderr());
        assertTrue(r.out().contains("ACCEPTED  approved notify_handler PAUSE_BEFORE by bob@example.org"), r.out());
        assertEquals(0, CliRun.with(ctx, "dsse", "verify", "--key", dir.resolve("bob.pub.pem").toString(), file.toString()).exit());
    }

    @Test
    void openSslHighSSignaturesPassPlainDsseVerifyButNotTheDecisionPolicy(@TempDir Path tmp) throws Exception {
        setUp(tmp);
        assertEquals(0, ossl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "k.pem").exit());
        assertEquals(0, ossl("pkey", "-in", "k.pem", "-pubout", "-out", "k.pub.pem").exit());
        Files.write(dir.resolve("pae.bin"), Pae.encode("text/plain", "hi".getBytes(StandardCharsets.UTF_8)));
        VerificationKey k = VerificationKey.fromPem(Files.readString(dir.resolve("k.pub.pem")));
        for (int i = 0; i < 8; i++) {
            assertEquals(0, ossl("dgst", "-sha256", "-sign", "k.pem", "-out", "sig.bin", "pae.bin").exit());
            byte[] sig = Files.readAllBytes(dir.resolve("sig.bin"));
            Envelope e = new Envelope("text/plain", "hi".getBytes(StandardCharsets.UTF_8), List.of(new Envelope.Signature("", sig)));
            Path env = Files.write(dir.resolve("e" + i + ".json"), EnvelopeJson.write(e));
            assertEquals(0, CliRun.with(ctx, "dsse", "verify", "--key", dir.resolve("k.pub.pem").toString(), env.toString()).exit());
            boolean lowS = k.verify(e.pae(), sig, SignaturePolicy.DECISIONS).valid();
            assertEquals(lowS ? 0 : 1, CliRun.with(ctx, "dsse", "verify", "--require-low-s", "--key", dir.resolve("k.pub.pem").toString(),
                    env.toString()).exit());
        }
    }
}
