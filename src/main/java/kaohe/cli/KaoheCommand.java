package kaohe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code kaohe} command; it only groups the sub-commands. */
@Command(name = "kaohe", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class, resourceBundle = "kaohe.cli.messages",
        description = "质量提升行动计划的季度考核。")
public final class KaoheCommand implements Runnable {

    /** The sub-commands, in the order the usage lists them. */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(PlanCommand.class, TemplatesCommand.class,
            BaselinesCommand.class, IngestCommand.class, AssessCommand.class, ExplainCommand.class, RemindCommand.class,
            ReviewCommand.class, ObjectionsCommand.class, PublishCommand.class, ReopenCommand.class, CorrectCommand.class,
            RectifyCommand.class, StatusCommand.class, SealKeyCommand.class, ReportUpCommand.class, ServeCommand.class,
            DemoCommand.class, BenchCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The common options of the command that failed, when it has them. */
    private static CommonOptions options(CommandLine cmd) {
        for (CommandLine.Model.CommandSpec mixin : cmd.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof CommonOptions options) {
                return options;
            }
        }
        return null;
    }

    /**
     * The configured command line for these arguments (exit status 2 for usage errors, 3 for failures): when they
     * start with a sub-command's name, it alone is built; with no arguments, every sub-command is.
     * picocli reads every sub-command's annotations as it builds it, and all of them took a quarter of a
     * second of every launch; anything else (no command, an option, a misspelt name) gets them all, so
     * the usage and the suggestions list every command.
     */
    public static CommandLine commandLine(String... args) {
        return commandLine(args.length == 0 ? SUBCOMMANDS : SUBCOMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(args[0])).findFirst()
                .<java.util.List<Class<?>>>map(java.util.List::of).orElse(SUBCOMMANDS));
    }

    private static CommandLine commandLine(java.util.List<Class<?>> subcommands) {
        CommandLine line = new CommandLine(new KaoheCommand());
        subcommands.forEach(line::addSubcommand);
        line.setParameterExceptionHandler(new UsageErrors());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            CommonOptions options = options(cmd);
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof kaohe.shared.Refusal problem) {
                    cmd.getErr().println("kaohe: " + problem.getMessage());
                    return ExitStatus.INVALID_INPUT;
                }
            }
            // Usage errors are picocli's own (exit 2, before any command runs); anything else that escapes a
            // command is a failure, logged with its stack trace.
            java.util.Optional<String> operator = OperatorErrors.describe(e, options == null ? null : options.database());
            java.nio.file.Path log = FailureLog.write(options == null ? null : options.home, cmd.getCommandName(), e);
            cmd.getErr().println("kaohe: " + operator.orElse("运行失败：" + e)
                    + (log == null ? "" : "（详细信息见 " + log + "）"));
            return ExitStatus.FAILURE;
        });
        return line;
    }
}
