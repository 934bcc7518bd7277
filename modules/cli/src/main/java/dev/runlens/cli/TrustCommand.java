package dev.runlens.cli;

import dev.runlens.signing.trust.TrustList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code runlens trust init|add|revoke|add-tsa|sign}: administering the offline trust list. */
@Command(name = "trust", mixinStandardHelpOptions = true, description = {
        "Administer the trust list: a DSSE envelope signed by t-of-n root keys, versioned, expiring, listing reviewer keys",
        "(principal, scopes, validity) and revocations. Editing a signed list starts the next version (previous = its digest)",
        "and drops its signatures; root keys then sign it with 'trust sign'."},
        subcommands = {TrustCommand.Init.class, TrustCommand.Add.class, TrustCommand.Revoke.class, TrustCommand.AddTsa.class, TrustCommand.Sign.class})
final class TrustCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (init, add, revoke, add-tsa, sign)");
    }

    /** Runs an edit; maps unreadable input to 2. */
    static int edit(CommandLine.Model.CommandSpec spec, String name, Callable<String> work) {
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println(work.call());
            out.flush();
            return ExitCodes.OK;
        } catch (Exception e) {
            spec.commandLine().getErr().println("runlens trust " + name + ": " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
    }

    static String describe(Path file, TrustList t) {
        return file + ": trust list version " + t.version() + " (unsigned draft), expires " + t.expires() + ", " + t.reviewers().size()
                + " reviewer(s), " + t.revocations().size() + " revocation(s); sign it with 'runlens trust sign'";
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = {"Start a trust list (version 1) with its root keys.",
            "Exit codes: 0 written, 2 a key cannot be read, 64 usage error."})
    static final class Init implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--root", required = true, paramLabel = "PUBLIC-KEY-PEM", description = "A root key (repeatable).") List<Path> roots;
        @Option(names = "--threshold", defaultValue = "1", description = "Root signatures required (default 1).") int threshold;
        @Option(names = "--valid-days", defaultValue = "90", description = "The list expires after this many days (default 90).") int days;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the draft.") Path out;

        Init(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (threshold < 1 || threshold > roots.size())
                throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be within 1.." + roots.size());
            if (days < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--valid-days must be positive");
            return edit(spec, "init", () -> describe(out, ctx.trust().init(roots, threshold, Duration.ofDays(days), out)));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {
            "Add a reviewer key: --principal and --public-key, or --enrollment (a request from 'keys generate --principal', which",
            "proves the requester holds the key). Check its fingerprint out of band first.",
            "Exit codes: 0 written, 2 unreadable list, key or request, 64 usage error."})
    static final class Add implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "TRUST-LIST") Path file;
        @Option(names = "--principal") String principal;
        @Option(names = "--public-key", paramLabel = "PEM") Path publicKey;
        @Option(names = "--enrollment", paramLabel = "REQUEST") Path enrollment;
        @Option(names = "--display-name") String displayName;
        @Option(names = "--audience", required = true, description = "An audience the key may decide for (repeatable).") List<String> audiences;
        @Option(names = "--workflow", description = "Workflow id or prefix* (repeatable; default *).") List<String> workflows = List.of("*");
        @Option(names = "--gate", description = "PAUSE_BEFORE, PAUSE_AFTER, CHECKPOINT (repeatable; default all).")
        List<String> gates = List.of("PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT");
        @Option(names = "--decision", description = "approved, rejected, edited (repeatable; default all).")
        List<String> decisions = List.of("approved", "rejected", "edited");
        @Option(names = "--key-valid-days", defaultValue = "365", description = "The key is valid from now for this many days.") int keyDays;
        @Option(names = "--valid-days", defaultValue = "90", description = "A new version expires after this many days.") int days;

        Add(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if ((enrollment == null) == (principal == null || publicKey == null))
                throw new CommandLine.ParameterException(spec.commandLine(), "give --enrollment, or --principal and --public-key");
            if (!Set.of("PAUSE_BEFORE", "PAUSE_AFTER", "CHECKPOINT").containsAll(gates) || !Set.of("approved", "rejected", "edited").containsAll(decisions))
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown --gate or --decision value");
            TrustList.Scopes scopes = new TrustList.Scopes(audiences, workflows, gates, decisions);
            return edit(spec, "add", () -> describe(file, ctx.trust().add(file, new dev.runlens.workbench.TrustAdmin.NewReviewer(
                    Optional.ofNullable(principal), Optional.ofNullable(publicKey), Optional.ofNullable(enrollment),
                    Optional.ofNullable(displayName), scopes, Duration.ofDays(keyDays)), Duration.ofDays(days))));
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = {
            "Revoke a key: keyCompromise (decisions count only with evidence they came before), superseded or retired",
            "(decisions before the effective time still count). Revocations are never forgotten by a verifier.",
            "Exit codes: 0 written, 2 unreadable list, 64 usage error."})
    static final class Revoke implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "TRUST-LIST") Path file;
        @Option(names = "--keyid", required = true, description = "sha256:<hex> of the key.") String keyid;
        @Option(names = "--reason", required = true, description = "keyCompromise, superseded or retired.") String reason;
        @Option(names = "--effective-at", paramLabel = "RFC3339", description = "Default: now.") String effectiveAt;
        @Option(names = "--valid-days", defaultValue = "90", description = "A new version expires after this many days.") int days;

        Revoke(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (!Set.of("keyCompromise", "superseded", "retired").contains(reason))
                throw new CommandLine.ParameterException(spec.commandLine(), "--reason must be keyCompromise, superseded or retired");
            if (!keyid.matches("sha256:[0-9a-f]{64}")) throw new CommandLine.ParameterException(spec.commandLine(), "--keyid must be sha256:<64 hex>");
            Optional<Instant> at;
            try {
                at = Optional.ofNullable(effectiveAt).map(Instant::parse);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--effective-at must be RFC 3339 UTC");
            }
            return edit(spec, "revoke", () -> describe(file, ctx.trust().revoke(file, keyid, reason, at, Duration.ofDays(days))));
        }
    }

    @Command(name = "add-tsa", mixinStandardHelpOptions = true, description = {
            "Add (or replace, by name) an RFC 3161 timestamp authority whose tokens count as evidence of when a decision existed.",
            "--certificate is a PEM file with the TSA's root certificate, optionally with intermediates or the TSA certificate",
            "(root last); a token's signing certificate must chain to one of them and carry the critical timeStamping usage.",
            "Exit codes: 0 written, 2 unreadable list or certificate, 64 usage error."})
    static final class AddTsa implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "TRUST-LIST") Path file;
        @Option(names = "--name", required = true, description = "How reports name the TSA (e.g. acme-tsa).") String name;
        @Option(names = "--certificate", required = true, paramLabel = "PEM", description = "The TSA's root certificate (or chain, root last).") Path certificate;
        @Option(names = "--valid-from", paramLabel = "RFC3339", description = "Tokens generated earlier do not count (default: the certificates' earliest notBefore).") String validFrom;
        @Option(names = "--valid-until", paramLabel = "RFC3339", description = "Tokens generated later do not count (default: open).") String validUntil;
        @Option(names = "--valid-days", defaultValue = "90", description = "A new version expires after this many days.") int days;

        AddTsa(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (name.isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "--name must not be empty");
            Optional<Instant> from;
            Optional<Instant> until;
            try {
                from = Optional.ofNullable(validFrom).map(Instant::parse);
                until = Optional.ofNullable(validUntil).map(Instant::parse);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--valid-from and --valid-until must be RFC 3339 UTC");
            }
            return edit(spec, "add-tsa", () -> {
                TrustList t = ctx.trust().addTimestampAuthority(file, name, certificate, from, until, Duration.ofDays(days));
                var tsa = t.timestampAuthorities().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
                return describe(file, t) + "\n  timestamp authority " + tsa.name() + ": " + String.join(", ", tsa.subjects())
                        + ", tokens from " + tsa.validFrom() + tsa.validUntil().map(u -> " to " + u).orElse("");
            });
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true, description = {"Add a root key's signature to the trust list.",
            "Exit codes: 0 signed, 2 unreadable list or key, wrong passphrase, 64 usage error."})
    static final class Sign implements Callable<Integer> {
        private final CliContext ctx;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "TRUST-LIST") Path file;
        @Option(names = "--key", required = true, paramLabel = "NAME", description = "The root key (in the key folder).") String key;
        @Option(names = "--keys", paramLabel = "DIR", description = "Key folder.") Path keys;
        @Option(names = "--passphrase-file", paramLabel = "FILE") Path passphraseFile;

        Sign(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            return edit(spec, "sign", () -> {
                char[] pass = Passphrases.read(ctx, passphraseFile, "Passphrase for root key " + key, false);
                try {
                    var e = ctx.trust().sign(file, ctx.keys(keys), key, pass);
                    return file + ": " + e.signatures().size() + " signature(s)";
                } finally {
                    Arrays.fill(pass, '\0');
                }
            });
        }
    }
}
