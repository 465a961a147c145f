package kaohe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code kaohe} command; it only groups the sub-commands. */
@Command(name = "kaohe", mixinStandardHelpOptions = true, version = "Kaohe 0.1",
        description = "Quarterly assessment of a quality-improvement plan (考核).",
        subcommands = {PlanCommand.class, TemplatesCommand.class, IngestCommand.class, AssessCommand.class, ExplainCommand.class, RemindCommand.class, StatusCommand.class, ServeCommand.class, DemoCommand.class, BenchCommand.class})
public final class KaoheCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The configured command line: exit status 2 for usage errors, 3 for failures. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new KaoheCommand());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                cmd.getErr().println("kaohe: " + e.getMessage());
                return ExitStatus.USAGE;
            }
            cmd.getErr().println("kaohe: failed: " + e);
            return ExitStatus.FAILURE;
        });
        return line;
    }
}
