package dev.runlens.cli;

import dev.runlens.audit.Difference;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code runlens compare [--json] FIRST SECOND} */
@Command(name = "compare",
        description = {"Where two copies of the same run differ: events removed, added or moved, and every changed field,",
                "with paths in the first copy (e.g. trace[69].decision: \"rejected\" -> \"approved\").",
                "Exit codes: 0 identical content, 1 they differ, 2 a file is not a readable run, 64 usage error."},
        mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
    private final Workbench workbench;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per difference, one per line.")
    boolean json;

    @Parameters(index = "0", paramLabel = "FIRST", description = "A run bundle (the reference copy).")
    Path first;

    @Parameters(index = "1", paramLabel = "SECOND", description = "Another copy of the same run.")
    Path second;

    CompareCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public Integer call() {
        List<Difference> diffs;
        try {
            diffs = workbench.compare(first, second);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("runlens compare: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Difference d : diffs) {
            if (json) {
                Json.Obj o = Json.obj().put("kind", d.kind().name().toLowerCase(Locale.ROOT)).put("path", d.path())
                        .put("before", d.before()).put("after", d.after());
                d.eventIndex().ifPresent(i -> o.put("eventIndex", i));
                out.println(Json.line(o.build()));
            } else {
                out.println(d.kind().name().toLowerCase(Locale.ROOT) + "  " + d);
            }
        }
        if (!json && diffs.isEmpty()) out.println("no differences");
        out.flush();
        return diffs.isEmpty() ? ExitCodes.OK : ExitCodes.INTEGRITY_FAILED;
    }
}
