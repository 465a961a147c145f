package kaohe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plan}: check and export the plan files. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Check or export the plan.",
        subcommands = {PlanCheckCommand.class, PlanExportCommand.class})
final class PlanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "plan needs a sub-command: check or export");
    }
}
