package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kaohe.ingest.FilledReturn;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line never shows a result that was never reached, nor makes a home an operator mistyped. */
class NoInventedResultsTests {

    @TempDir
    Path temp;

    private final Terminal terminal = new Terminal();

    private int run(String... args) {
        return terminal.run(args);
    }

    private String lastError() {
        return terminal.lastError();
    }

    @Test
    void explainOfAPeriodNeverAssessedOrOutsideThePlanIsRefusedInsteadOfScoringZeros() throws Exception {
        Path home = temp.resolve("home");
        FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q1").everything().saveTo(home.resolve("inbox/南湖区.xlsx"));
        assertThat(run("ingest", "--home", home.toString(), "--settle-seconds", "0")).isZero();

        assertThat(run("explain", "--period", "2019Q1", "--unit", "330402", "--home", home.toString())).isEqualTo(1);
        assertThat(lastError()).isEqualTo("kaohe: 2019Q1 还没有考核过：explain 说明一次考核的得分，请先运行 assess --period 2019Q1");
        assertThat(run("explain", "--period", "2025Q1", "--unit", "330402", "--home", home.toString())).isEqualTo(1);
        assertThat(lastError()).contains("考核期 2025Q1 不在计划 jiaxing-2017-2019 的考核期");
        assertThat(terminal.out()).doesNotContain("总分").doesNotContain("第 1 名");
    }

    @Test
    void assessOutsideThePlanIsRefusedInOneChineseLine() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));

        assertThat(run("assess", "--period", "2025Q1", "--home", home.toString())).isEqualTo(1);

        assertThat(lastError()).startsWith("kaohe: 考核期 2025Q1 不在计划 jiaxing-2017-2019 的考核期").doesNotContain("Exception");
        assertThat(home.resolve("logs/kaohe-errors.log")).doesNotExist();
    }

    @Test
    void aCommandThatOnlyReadsRefusesAHomeThatDoesNotExistAndDoesNotCreateIt() {
        Path mistyped = temp.resolve("vra");

        for (String[] command : new String[][]{{"status", "--period", "2019Q2"}, {"explain", "--period", "2019Q2", "--unit", "330402"},
                {"remind", "--period", "2019Q2"}, {"review", "--period", "2019Q2"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--home", mistyped.toString()))
                    .toArray(String[]::new);
            assertThat(run(args)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(lastError()).contains("找不到工作目录").contains("vra").contains("不会新建");
        }
        assertThat(mistyped).doesNotExist();
    }
}
