package kaohe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plan}: check and export the plan files. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "检查或导出考核计划。",
        subcommands = {PlanCheckCommand.class, PlanExportCommand.class})
final class PlanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "plan needs a sub-command: check or export");
    }
}
