package dev.runlens.cli;

import dev.runlens.signing.codec.Base64Codec;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.testkit.ExternalTool;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TrustAdmin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interop with {@code openssl ts} as the TSA (design B10 (1), B12): a throwaway CA and a TSA
 * certificate with {@code extendedKeyUsage=critical,timeStamping} made by {@code openssl req}/{@code x509};
 * {@code openssl ts -reply} answers RunLens's request (over the signature bytes, as {@code openssl ts -verify -data} agrees);
 * RunLens attaches and accepts that token, and {@code openssl ts -verify} accepts the token as the
 * decision file stores it, over the signature bytes. Skipped locally without {@code openssl}; required under CI=true.
 */
class OpenSslTsaInteropTest {
    static final String PENDING = ProjectFolder.sampleBundles().resolve("2026-09-17-claims-triage-pending-pause-before.json").toString();
    static final String AUDIENCE = "acme-prod-agents";
    static final String TSA_CONFIG = """
            [ tsa ]
            default_tsa = interop_tsa
            [ interop_tsa ]
            dir = .
            serial = ./tsaserial
            crypto_device = builtin
            signer_cert = ./tsa.pem
            certs = ./ca.pem
            signer_key = ./tsa.key
            signer_digest = sha256
            default_policy = 1.3.6.1.4.1.99999.3161.2
            other_policies = 1.3.6.1.4.1.99999.3161.3
            digests = sha256
            accuracy = secs:1
            ordering = no
            tsa_name = yes
            ess_cert_id_chain = no
            ess_cert_id_alg = sha256
            """;

    Path openssl;
    Path dir;
    CliContext ctx;

    ExternalTool.Run ossl(String... args) throws Exception {
        ExternalTool.Run r = ExternalTool.run(openssl, dir, args);
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.out() + r.stderr());
        return r;
    }

    CliRun runlens(String... args) {
        CliRun r = CliRun.with(ctx, args);
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.out() + r.stderr());
        return r;
    }

    /** ca.pem (a CA) and tsa.pem/tsa.key (critical timeStamping EKU, issued by the CA), and the ts config. */
    void throwawayTsa() throws Exception {
        ossl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
                "-subj", "/CN=Interop TSA Root", "-days", "30", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign");
        ossl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
                "-subj", "/CN=Interop TSA");
        Files.writeString(dir.resolve("tsa.ext"), "extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n");
        ossl("x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", "2", "-days", "30", "-extfile", "tsa.ext",
                "-out", "tsa.pem");
        Files.writeString(dir.resolve("tsa.cnf"), TSA_CONFIG);
        Files.writeString(dir.resolve("tsaserial"), "01\n");
    }

    @Test
    void anOpenSslTsaTokenIsAttachedAndAcceptedAndOpenSslVerifiesItAsStored(@TempDir Path tmp) throws Exception {
        openssl = ExternalTool.require("openssl", "RFC 3161 interoperability with openssl ts");
        dir = tmp;
        ctx = new CliContext(new GateDecisions(), new TrustAdmin(), Map.of("RUNLENS_HOME", dir.resolve("home").toString()), () -> null);
        throwawayTsa();
        Path pass = Files.writeString(dir.resolve("pass.txt"), "interop passphrase\n");
        runlens("keys", "generate", "--passphrase-file", pass.toString(), "root");
        runlens("keys", "generate", "--principal", "alice@example.org", "--passphrase-file", pass.toString(), "alice");
        Path keys = dir.resolve("home/keys");
        Path trust = dir.resolve("trust.dsse.json");
        runlens("trust", "init", "--root", keys.resolve("root.pub.pem").toString(), "--out", trust.toString());
        runlens("trust", "add", trust.toString(), "--enrollment", keys.resolve("alice.enroll.dsse.json").toString(), "--audience", AUDIENCE);
        runlens("trust", "add-tsa", trust.toString(), "--name", "interop-tsa", "--certificate", dir.resolve("ca.pem").toString());
        runlens("trust", "sign", trust.toString(), "--key", "root", "--passphrase-file", pass.toString());
        CliRun signed = runlens("sign", "--bundle", PENDING, "--step", "notify_handler", "--gate", "PAUSE_BEFORE", "--decision", "approved",
                "--key", "alice", "--audience", AUDIENCE, "--out", dir.resolve("out").toString(), "--passphrase-file", pass.toString());
        Path decision = Path.of(signed.out().lines().findFirst().orElseThrow());
        byte[] sig = SigstoreBundle.read(Files.readAllBytes(decision)).envelope().signatures().get(0).sig();
        Files.write(dir.resolve("sig.bin"), sig);

        runlens("timestamp", "request", decision.toString(), "-o", dir.resolve("req.tsq").toString());
        String asked = ossl("ts", "-query", "-in", "req.tsq", "-text").out();
        assertTrue(asked.contains("Hash Algorithm: sha256") && asked.contains("Certificate required: yes"), asked);
        ossl("ts", "-reply", "-config", "tsa.cnf", "-queryfile", "req.tsq", "-out", "resp.tsr");
        ossl("ts", "-verify", "-data", "sig.bin", "-in", "resp.tsr", "-CAfile", "ca.pem"); // openssl agrees: the imprint is over the signature bytes
        CliRun attached = runlens("timestamp", "attach", decision.toString(), dir.resolve("resp.tsr").toString());
        assertTrue(attached.out().contains("token attached") && attached.out().contains("signed by CN=Interop TSA"), attached.out());

        CliRun v = runlens("verify-decision", "--bundle", PENDING, "--trust", trust.toString(), "--root", keys.resolve("root.pub.pem").toString(),
                "--audience", AUDIENCE, decision.toString());
        assertTrue(v.out().contains("ACCEPTED  approved notify_handler PAUSE_BEFORE by alice@example.org"), v.out());
        assertTrue(v.out().contains(" (RFC 3161, TSA interop-tsa)") && v.out().contains("; existed by "), v.out());

        String stored = SigstoreBundle.read(Files.readAllBytes(decision)).rfc3161Timestamps().get(0);
        Files.write(dir.resolve("token.der"), Base64Codec.decode(stored).orElseThrow());
        ExternalTool.Run back = ossl("ts", "-verify", "-data", "sig.bin", "-in", "token.der", "-token_in", "-CAfile", "ca.pem");
        assertTrue(back.out().contains("Verification: OK"), back.out() + back.stderr());
    }
}
