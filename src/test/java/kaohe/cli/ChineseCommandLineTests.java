package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an operator reads at the terminal, in Chinese: help, and every usage error in one line with where to look. */
class ChineseCommandLineTests {

    private final Terminal terminal = new Terminal();

    private int run(String... args) {
        return terminal.run(args);
    }

    /** Three English words in a row: a sentence left untranslated (option names and paths have none). */
    private static final String ENGLISH = ".*\\b[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}\\b.*";

    @Test
    void helpOfEveryCommandIsChinese() {
        String[][] commands = {{}, {"plan"}, {"plan", "check"}, {"plan", "export"}, {"templates"}, {"ingest"}, {"assess"}, {"explain"},
                {"remind"}, {"review"}, {"review", "apply"}, {"publish"}, {"reopen"}, {"status"}, {"seal-key"}, {"seal-key", "status"},
                {"seal-key", "rotate"}, {"report-up"}, {"serve"}, {"demo"}, {"bench"}};
        for (String[] command : commands) {
            terminal.clear();
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";

            assertThat(run(args)).isZero();

            String help = terminal.out();
            assertThat(help).as(String.join(" ", command)).startsWith("用法：").contains("选项：").doesNotContain("Usage:")
                    .doesNotContain("Show this help").doesNotContain("Default:");
            // After the synopsis (which spells the command and its options): every line a person reads.
            assertThat(help.substring(help.indexOf("\n\n")).lines()).as(String.join(" ", command)).noneMatch(l -> l.matches(ENGLISH));
        }
    }

    @Test
    void aMissingRequiredOptionIsOneChineseLineAndExit2() {
        assertThat(run("reopen", "--period", "2019Q4")).isEqualTo(2);

        assertThat(terminal.err().lines().toList()).containsExactly("kaohe: 缺少必填的选项 --reason TEXT（命令 kaohe reopen）",
                "用法见：java -jar target/kaohe.jar reopen --help");
    }

    @Test
    void anUnknownOptionOrCommandIsNamedWithChineseSuggestions() {
        assertThat(run("status", "--perid", "2019Q2")).isEqualTo(2);
        assertThat(terminal.err()).contains("kaohe: 无法识别的参数：--perid 2019Q2（没有这个选项）").contains("是否想用：--period？")
                .doesNotContain("Unmatched").doesNotContain("Did you mean");

        terminal.clear();
        assertThat(run("plan", "chek")).isEqualTo(2);
        assertThat(terminal.err()).contains("kaohe: 无法识别的参数：chek").contains("是否想用：plan check？");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasExpected() {
        assertThat(run("status", "--runs", "abc")).isEqualTo(2);

        assertThat(terminal.err()).startsWith("kaohe: 选项 --runs N 的值“abc”无效（应为整数）");
    }

    @Test
    void aBenchCountBelowOneIsRefusedInChinese() {
        assertThat(run("bench", "--rounds", "0")).isEqualTo(2);

        assertThat(terminal.err().lines().findFirst().orElseThrow())
                .isEqualTo("kaohe: 命令行有误：--scales、--units、--indicators、--rounds 都须至少为 1，--tasks 不能为负数");
    }

    @Test
    void theUsageListsEveryCommandAndAMisspeltOneIsSuggested() {
        assertThat(run("--help")).isZero();
        for (Class<?> command : KaoheCommand.SUBCOMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(terminal.out()).as(name).containsPattern("(?m)^\\s+" + name + "\\s");
        }

        terminal.clear();
        assertThat(run("statsu")).isEqualTo(2);
        assertThat(terminal.err()).contains("statsu").contains("是否想用：status");
    }

    @Test
    void aCommandLineBuildsOnlyTheCommandItNames() {
        assertThat(KaoheCommand.commandLine("status", "--runs", "3").getSubcommands()).containsOnlyKeys("status");
        assertThat(KaoheCommand.commandLine("--version").getSubcommands()).hasSameSizeAs(KaoheCommand.SUBCOMMANDS);
    }
}
