package dev.runlens.cli;

import dev.runlens.workbench.GateDecisions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The trust options the log and import commands share with {@code verify-decision}: trust list, pinned roots, audience, state, trusted time. */
final class TrustOptions {
    @Option(names = "--trust", required = true, paramLabel = "FILE", description = "The trust list (a DSSE envelope).") Path trust;
    @Option(names = "--root", paramLabel = "PUBLIC-KEY-PEM", description = "A pinned root key (repeatable).") List<Path> roots = List.of();
    @Option(names = "--root-threshold", paramLabel = "N", description = "Root signatures required (default: all --root keys).") Integer rootThreshold;
    @Option(names = "--audience", description = "The deployment decisions must be for (default: $RUNLENS_AUDIENCE, else the audience remembered in the app).") String audience;
    @Option(names = "--state", paramLabel = "FILE", description = "Verifier memory (highest trust-list version, roots, revocations); "
            + "default: the data folder's trust-state.json.") Path state;
    @Option(names = "--trusted-time", paramLabel = "RFC3339", description = "Evidenced upper bound on when the decisions existed (e.g. an import receipt); "
            + "RFC 3161 tokens in the files and checkpoints count too, the earliest wins.")
    String trustedTime;

    /** The workbench's verify options, or a usage error naming the option. */
    GateDecisions.VerifyOptions options(CliContext ctx, CommandLine.Model.CommandSpec spec, Optional<Path> bundle, boolean importMode) {
        String aud = ctx.audience(audience);
        if (aud == null) throw new CommandLine.ParameterException(spec.commandLine(), CliContext.NO_AUDIENCE);
        if (rootThreshold != null && (rootThreshold < 1 || (!roots.isEmpty() && rootThreshold > roots.size())))
            throw new CommandLine.ParameterException(spec.commandLine(), "--root-threshold must be within 1.." + Math.max(1, roots.size()));
        Optional<Instant> tt;
        try {
            tt = Optional.ofNullable(trustedTime).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trusted-time must be RFC 3339 UTC, e.g. 2026-09-17T09:00:00Z");
        }
        return new GateDecisions.VerifyOptions(bundle, trust, roots, Optional.ofNullable(rootThreshold),
                state != null ? state : ctx.dataFolder().trustState(), aud, importMode, tt);
    }
}
