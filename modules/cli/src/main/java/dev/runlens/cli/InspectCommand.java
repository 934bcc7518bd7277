package dev.runlens.cli;

import dev.runlens.audit.AuditFinding;
import dev.runlens.protocol.integrity.Severity;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code runlens inspect [--json] FILE} */
@Command(name = "inspect",
        description = {"Summarise a run (workflow, status, steps, tokens, cost by currency, pending gates, failure)",
                "and list every audit finding, graded and located in the file.",
                "Exit codes: 0 no error-severity finding, 1 some error-severity finding,",
                "2 the file cannot be read or is not JSON, 64 usage error."},
        mixinStandardHelpOptions = true)
final class InspectCommand implements Callable<Integer> {
    private final Workbench workbench;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object: summary and findings.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "A run bundle file.")
    Path file;

    InspectCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public Integer call() {
        Inspection i = workbench.inspect(file);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.line(InspectionJson.of(i)) : InspectionText.render(i));
        out.flush();
        if (i.model().isEmpty()) return ExitCodes.UNREADABLE_OR_REJECTED;
        boolean errors = i.audit().findings().stream().map(AuditFinding::severity).anyMatch(s -> s == Severity.ERROR);
        return errors ? ExitCodes.INTEGRITY_FAILED : ExitCodes.OK;
    }
}
