package dev.runlens.cli;

import dev.runlens.signing.dsse.DsseVerifier;
import dev.runlens.signing.keys.SignaturePolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code runlens dsse verify}: any DSSE envelope an auditor meets. */
@Command(name = "dsse", mixinStandardHelpOptions = true, description = "DSSE envelopes.", subcommands = DsseCommand.Verify.class)
final class DsseCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (verify)");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = {
            "Verify a DSSE envelope (or the one inside a Sigstore bundle) with the given public keys: signatures over",
            "PAE(payloadType, payload) from at least --threshold distinct keys. ECDSA P-256 signatures in DER or raw r||s (P1363),",
            "Ed25519; standard or URL-safe base64. The keyid is only a hint. Prints the verified payload type and digest.",
            "Exit codes: 0 valid, 1 invalid, 2 unreadable envelope or key, 64 usage error."})
    static final class Verify implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--json", description = "One JSON object.") boolean json;
        @Option(names = "--key", required = true, paramLabel = "PUBLIC-KEY-PEM", description = "A trusted public key (repeatable).") List<Path> keys;
        @Option(names = "--threshold", defaultValue = "1", description = "Distinct keys that must have signed (default 1).") int threshold;
        @Option(names = "--require-low-s", description = "Refuse ECDSA signatures with s > n/2 (as RunLens decisions do).") boolean lowS;
        @Option(names = "--der-only", description = "Accept only DER ECDSA signatures (no raw r||s).") boolean derOnly;
        @Parameters(index = "0", paramLabel = "ENVELOPE") Path envelope;

        Verify(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (threshold < 1 || threshold > keys.size())
                throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be within 1.." + keys.size());
            SignaturePolicy policy = (derOnly ? SignaturePolicy.PLAIN_DER : SignaturePolicy.ANY_ENCODING).withLowS(lowS);
            DsseVerifier.Result r;
            try {
                r = ctx.trust().dsseVerify(envelope, keys, threshold, policy);
            } catch (Exception e) {
                spec.commandLine().getErr().println("runlens dsse verify: " + e.getMessage());
                return ExitCodes.UNREADABLE_OR_REJECTED;
            }
            PrintWriter out = spec.commandLine().getOut();
            String digest = r.payload().map(p -> dev.runlens.signing.codec.Digests.prefixed(p)).orElse(null);
            if (json) {
                out.println(Json.line(Json.obj().put("file", envelope.toString()).put("valid", r.valid()).put("reason", r.reason())
                        .put("payloadType", r.payloadType()).put("payloadSha256", digest).put("threshold", r.threshold())
                        .put("verifiedKeys", Json.arr(r.verifiedKeys(), k -> Json.str(k.keyId())))
                        .put("signatures", Json.arr(r.signatures(), s -> Json.obj().put("index", s.index()).put("keyid", s.keyIdHint())
                                .put("verifiedBy", s.verifiedBy().map(k -> k.keyId())).put("reason", s.reason()).build())).build()));
            } else {
                out.println(envelope + "  " + (r.valid() ? "VALID" : "INVALID") + ": " + r.reason());
                out.println("  payloadType  " + r.payloadType());
                if (digest != null) out.println("  payload      " + digest);
                for (DsseVerifier.SignatureOutcome s : r.signatures())
                    out.println("  signature " + s.index() + (s.keyIdHint().isEmpty() ? "" : " (keyid " + s.keyIdHint() + ")") + ": " + s.reason());
            }
            out.flush();
            return r.valid() ? ExitCodes.OK : ExitCodes.INTEGRITY_FAILED;
        }
    }
}
