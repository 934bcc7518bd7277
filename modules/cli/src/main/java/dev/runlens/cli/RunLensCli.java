package dev.runlens.cli;

import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.TrustAdmin;
import dev.runlens.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** {@code runlens}: the headless entry point, one thin command per workbench use case. */
@Command(name = "runlens",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Investigate LLM Workbench run bundles: verify integrity offline exactly as the reference runtime does; cost governance over folders of runs.",
        subcommands = {VerifyCommand.class, InspectCommand.class, ReplayCommand.class, CompareCommand.class, CanonicalCommand.class,
                TelemetryCommand.class, CostsCommand.class, ReviewCommand.class,
                KeysCommand.class, SignCommand.class, VerifyDecisionCommand.class, TrustCommand.class, TimestampCommand.class, DsseCommand.class,
                LogCommand.class, ImportDecisionCommand.class, CommandLine.HelpCommand.class})
public final class RunLensCli implements Runnable {
    private static final Set<String> CLI_WORDS = Set.of("verify", "inspect", "replay", "compare", "canonical",
            "telemetry", "costs", "review", "keys", "sign", "verify-decision", "trust", "timestamp", "dsse", "log", "import-decision", "help", "--help", "-h", "--version", "-V");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (verify, inspect, replay, compare, canonical, telemetry, costs, review, keys, sign, verify-decision, trust, timestamp, dsse, log, import-decision, help)");
    }

    /** Whether {@code args} ask for the CLI rather than the desktop app. */
    public static boolean isCliInvocation(String[] args) {
        return args.length > 0 && (CLI_WORDS.contains(args[0]) || args[0].startsWith("-"));
    }

    /** Runs the CLI; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, new CliContext(new GateDecisions(), new TrustAdmin(), System.getenv(), System::console));
    }

    /** Runs the CLI with the given signing context (tests give their own environment and no console). */
    static int run(String[] args, PrintStream out, PrintStream err, CliContext signing) {
        Workbench workbench = new Workbench(TaskExecutor.sameThread());
        CommandLine cli = new CommandLine(new RunLensCli(), new Factory(workbench, out, signing));
        setUsageExitCodes(cli);
        cli.setExecutionExceptionHandler(RunLensCli::unreadable);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    /**
     * Input a command could not read, found outside its own error handling (e.g. the data folder's
     * settings): one line naming it, exit 2 — never a stack trace. Anything else is a bug and is thrown.
     */
    private static int unreadable(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException)) throw e;
        cmd.getErr().println("runlens " + cmd.getCommandName() + ": " + e.getMessage());
        return ExitCodes.UNREADABLE_OR_REJECTED;
    }

    private static void setUsageExitCodes(CommandLine c) {
        c.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        c.getSubcommands().values().forEach(RunLensCli::setUsageExitCodes);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Gives commands the workbench (and the raw byte stream for exact output) through their constructor. */
    private record Factory(Workbench workbench, PrintStream out, CliContext signing) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == VerifyCommand.class) return cls.cast(new VerifyCommand(workbench));
            if (cls == CanonicalCommand.class) return cls.cast(new CanonicalCommand(workbench, out));
            if (cls == InspectCommand.class) return cls.cast(new InspectCommand(workbench));
            if (cls == ReplayCommand.class) return cls.cast(new ReplayCommand(workbench));
            if (cls == CompareCommand.class) return cls.cast(new CompareCommand(workbench));
            if (cls == TelemetryCommand.class) return cls.cast(new TelemetryCommand(workbench));
            if (cls == CostsCommand.class) return cls.cast(new CostsCommand(workbench));
            if (cls == ReviewCommand.class) return cls.cast(new ReviewCommand(workbench));
            for (var c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(signing));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
