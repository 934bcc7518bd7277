package dev.runlens.cli;

import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code runlens verify [--json] [--strict] FILE...} */
@Command(name = "verify",
        description = {"Verify run bundles offline: the reference runtime's acceptance and integrity verdict,",
                "then the strict findings it is silent about.",
                "Exit codes: 0 all accepted and valid, 1 an integrity check failed (with --strict: or an error finding),",
                "2 a file cannot be read or is rejected, 64 usage error."},
        mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
    private final Workbench workbench;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line per file.")
    boolean json;

    @Option(names = "--strict", description = "Also fail (exit 1) on error-severity strict findings.")
    boolean strict;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Run bundle files (JSON).")
    List<Path> files;

    VerifyCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int[] exit = {ExitCodes.OK};
        workbench.verifyAll(files, r -> {
            out.println(json ? ReportJson.line(r) : HumanReport.render(r));
            exit[0] = Math.max(exit[0], exitCode(r));
            out.flush();
        });
        return exit[0];
    }

    private int exitCode(VerificationReport r) {
        if (!r.accepted()) return ExitCodes.UNREADABLE_OR_REJECTED;
        if (r.integrity() != IntegrityVerdict.VALID) return ExitCodes.INTEGRITY_FAILED;
        if (strict && !r.strictOk()) return ExitCodes.INTEGRITY_FAILED;
        return ExitCodes.OK;
    }
}
