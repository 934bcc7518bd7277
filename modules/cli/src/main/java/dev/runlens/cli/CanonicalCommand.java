package dev.runlens.cli;

import dev.runlens.workbench.CanonicalFormException;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code runlens canonical [--artifact | --document] FILE} */
@Command(name = "canonical",
        description = {"Print the canonical JSON form of a file and nothing else (no trailing newline).",
                "For an accepted run bundle: exactly the bytes integrity.sha256 covers",
                "(so `runlens canonical F | sha256sum` gives the computed hash); for any other JSON: the whole document.",
                "Exit codes: 0 printed, 2 unreadable or not JSON, 64 usage error."},
        mixinStandardHelpOptions = true)
final class CanonicalCommand implements Callable<Integer> {
    private final Workbench workbench;
    private final PrintStream out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(exclusive = true)
    Mode mode;

    static final class Mode {
        @Option(names = "--artifact", description = "The artifact-payload form pointer.payloadHash covers (array-index keys first).")
        boolean artifact;

        @Option(names = "--document", description = "The whole document, even for a run bundle (protocolVersion and integrity included).")
        boolean document;
    }

    @Parameters(paramLabel = "FILE", description = "A JSON file.")
    Path file;

    CanonicalCommand(Workbench workbench, PrintStream out) {
        this.workbench = workbench;
        this.out = out;
    }

    @Override
    public Integer call() {
        Workbench.CanonicalMode m = mode == null ? Workbench.CanonicalMode.HASHED
                : mode.artifact ? Workbench.CanonicalMode.ARTIFACT_PAYLOAD : Workbench.CanonicalMode.DOCUMENT;
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try {
            workbench.canonical(file, m, (b, off, len) -> {
                try {
                    buffered.write(b, off, len);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            buffered.flush();
            return ExitCodes.OK;
        } catch (CanonicalFormException e) {
            spec.commandLine().getErr().println("runlens canonical: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("runlens canonical: cannot write output: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
    }
}
