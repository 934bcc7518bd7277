package dev.runlens.cli;

import dev.runlens.replay.RunState;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code runlens replay [--json] FILE --at N | --event ID} */
@Command(name = "replay",
        description = {"The state of a run at a point of its trace: step statuses, gates, artifact versions,",
                "open spans, tokens and cost so far, the event at that point.",
                "--at N is the state after the first N events (0 = before any, the trace length = the end);",
                "--event ID is the state just after that event.",
                "Exit codes: 0 shown, 2 the file has no readable run or the point does not exist, 64 usage error."},
        mixinStandardHelpOptions = true)
final class ReplayCommand implements Callable<Integer> {
    private final Workbench workbench;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Point point;

    static final class Point {
        @Option(names = "--at", paramLabel = "N", description = "Number of trace events applied.")
        Integer at;

        @Option(names = "--event", paramLabel = "ID", description = "Stop just after the trace event with this id.")
        String event;
    }

    @Parameters(paramLabel = "FILE", description = "A run bundle file.")
    Path file;

    ReplayCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public Integer call() {
        Workbench.ReplayPoint p = point.event != null ? Workbench.ReplayPoint.afterEvent(point.event)
                : Workbench.ReplayPoint.at(point.at);
        RunState s;
        try {
            s = workbench.replayAt(file, p);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("runlens replay: " + e.getMessage());
            return ExitCodes.UNREADABLE_OR_REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.line(StateJson.of(s)) : StateText.render(file, s));
        out.flush();
        return ExitCodes.OK;
    }
}
