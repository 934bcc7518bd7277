package dev.runlens.cli;

import dev.runlens.signing.keys.KeyAlgorithm;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.trust.EnrollmentRequest;
import dev.runlens.signing.dsse.EnvelopeJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code runlens keys generate|list|export-public}: reviewer keys in the key folder. */
@Command(name = "keys", description = {"Reviewer keys: generate, list, export the public key.",
        "Keys live in --keys DIR, else $RUNLENS_HOME/keys, else the platform data folder's RunLens/keys."},
        mixinStandardHelpOptions = true,
        subcommands = {KeysCommand.Generate.class, KeysCommand.ListKeys.class, KeysCommand.ExportPublic.class})
final class KeysCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (generate, list, export-public)");
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, description = {
            "Generate a key: NAME.key.pem (encrypted PKCS#8: PBES2, PBKDF2-HMAC-SHA256 600,000 iterations, AES-256-CBC; mode 0600),",
            "NAME.pub.pem (SPKI) and, with --principal, NAME.enroll.dsse.json (an enrollment request signed by the new key).",
            "The passphrase comes from --passphrase-file, $RUNLENS_PASSPHRASE or a console prompt, never the command line.",
            "Exit codes: 0 generated, 2 cannot write or no passphrase, 64 usage error."})
    static final class Generate implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "Key name (letters, digits, . _ @ -).") String name;
        @Option(names = "--algorithm", defaultValue = "p256", description = "p256 (default) or ed25519.") String algorithm;
        @Option(names = "--principal", description = "Who holds the key (e.g. alice@example.org); recorded and put in decisions.") String principal;
        @Option(names = "--keys", paramLabel = "DIR", description = "Key folder.") Path keys;
        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from the first line of FILE.") Path passphraseFile;

        Generate(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            KeyAlgorithm alg = switch (algorithm.toLowerCase(java.util.Locale.ROOT)) {
                case "p256", "p-256", "ecdsa-p256-sha256" -> KeyAlgorithm.ECDSA_P256;
                case "ed25519" -> KeyAlgorithm.ED25519;
                default -> throw new CommandLine.ParameterException(spec.commandLine(), "--algorithm must be p256 or ed25519");
            };
            PrintWriter err = spec.commandLine().getErr();
            char[] pass = null;
            try {
                KeyRing.checkName(name);
                pass = Passphrases.read(ctx, passphraseFile, "Passphrase for the new key " + name, true);
                Path dir = ctx.keys(keys);
                KeyRing.KeyInfo info = ctx.decisions().generateKey(dir, name, alg, Optional.ofNullable(principal), pass);
                PrintWriter out = spec.commandLine().getOut();
                out.println("generated " + info.algorithm().id() + " key " + name);
                out.println("  keyid        " + info.keyId());
                out.println("  fingerprint  " + info.fingerprint());
                out.println("  private key  " + info.privateKeyFile());
                out.println("  public key   " + info.publicKeyFile());
                if (principal != null) {
                    Path req = dir.resolve(name + ".enroll.dsse.json");
                    var key = new KeyRing(dir).open(name, pass);
                    try {
                        Files.write(req, EnvelopeJson.write(EnrollmentRequest.create(key, principal, Instant.now())));
                    } finally {
                        key.destroy();
                    }
                    out.println("  enrollment   " + req + " (send it to the trust-list administrator; read the fingerprint aloud)");
                }
                out.flush();
                return ExitCodes.OK;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            } catch (Exception e) {
                err.println("runlens keys generate: " + e.getMessage());
                return ExitCodes.UNREADABLE_OR_REJECTED;
            } finally {
                if (pass != null) Arrays.fill(pass, '\0');
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List the keys: name, algorithm, key id, principal.",
            "Exit codes: 0 listed, 2 the folder cannot be read."})
    static final class ListKeys implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--keys", paramLabel = "DIR", description = "Key folder.") Path keys;
        @Option(names = "--json", description = "One JSON object per key, one per line.") boolean json;

        ListKeys(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            List<KeyRing.KeyInfo> list;
            try {
                list = ctx.decisions().listKeys(ctx.keys(keys));
            } catch (IOException e) {
                spec.commandLine().getErr().println("runlens keys list: " + e.getMessage());
                return ExitCodes.UNREADABLE_OR_REJECTED;
            }
            PrintWriter out = spec.commandLine().getOut();
            for (KeyRing.KeyInfo k : list) {
                if (json) {
                    out.println(Json.line(Json.obj().put("name", k.name()).put("algorithm", k.algorithm().id()).put("keyid", k.keyId())
                            .put("fingerprint", k.fingerprint()).put("principal", k.principal()).put("createdAt", k.createdAt())
                            .put("publicKeyFile", k.publicKeyFile().toString()).build()));
                } else {
                    out.println(k.name() + "  " + k.algorithm().id() + "  " + k.keyId() + k.principal().map(p -> "  " + p).orElse(""));
                }
            }
            if (!json && list.isEmpty()) out.println("no keys in " + ctx.keys(keys));
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "export-public", mixinStandardHelpOptions = true, description = {"Print a key's public key (SPKI PEM).",
            "Exit codes: 0 printed, 2 no such key."})
    static final class ExportPublic implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--keys", paramLabel = "DIR", description = "Key folder.") Path keys;

        ExportPublic(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try {
                KeyRing.checkName(name);
                spec.commandLine().getOut().print(ctx.decisions().exportPublicKey(ctx.keys(keys), name));
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            } catch (IOException e) {
                spec.commandLine().getErr().println("runlens keys export-public: " + e.getMessage());
                return ExitCodes.UNREADABLE_OR_REJECTED;
            }
        }
    }
}
