package kaohe.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's usage errors (an unknown option, a missing required one, a value of the wrong kind) in one Chinese
 * line and a pointer to the command's help: picocli's own messages are English and not in its resource bundle.
 * Exit status 2, as before.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("kaohe: " + describe(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            String command = cmd.getCommandSpec().qualifiedName().replaceFirst("^kaohe\\s*", "");
            err.println("是否想用：" + unmatched.getSuggestions().stream()
                    .map(s -> s.startsWith("-") || command.isEmpty() ? s : command + " " + s).collect(Collectors.joining("、")) + "？");
        }
        err.println("用法见：java -jar target/kaohe.jar " + cmd.getCommandSpec().qualifiedName().replaceFirst("^kaohe\\s*", "")
                + (cmd.getCommandSpec().qualifiedName().equals("kaohe") ? "" : " ") + "--help");
        err.flush();
        return ExitStatus.USAGE;
    }

    static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return "缺少必填的" + names(missing.getMissing()) + "（命令 " + e.getCommandLine().getCommandSpec().qualifiedName() + "）";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            return "无法识别的参数：" + String.join(" ", words) + (words.stream().anyMatch(w -> w.startsWith("-")) ? "（没有这个选项）" : "");
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return "选项 " + name(overwritten.getOverwritten()) + " 只能给一次";
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return "参数太多：" + e.getMessage().replaceAll(".*: ", "");
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "选项 " + name(e.getArgSpec()) + " 的值“" + e.getValue() + "”无效" + (e.getArgSpec().type().isEnum() ? "" : "（应为"
                    + kind(e.getArgSpec().type()) + "）");
        }
        if (e.getMessage() != null && e.getMessage().equals("a command is required")) {
            return "请给出要运行的命令";
        }
        return "命令行有误：" + e.getMessage();
    }

    private static String names(List<ArgSpec> specs) {
        boolean options = specs.stream().allMatch(ArgSpec::isOption);
        return (options ? "选项 " : "参数 ") + specs.stream().map(UsageErrors::name).collect(Collectors.joining("、"));
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() + (option.paramLabel().isEmpty() || option.arity().max() == 0 ? ""
                : " " + option.paramLabel()) : spec.paramLabel();
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "整数";
        }
        if (type == java.nio.file.Path.class) {
            return "路径";
        }
        return "正确的格式";
    }
}
