package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kaohe.plan.PlanFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanCommandTests {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = KaoheCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    @Test
    void planCheckPassesOnTheShippedPlan() {
        assertThat(run("plan", "check")).isEqualTo(0);
        assertThat(out.toString()).contains("计划 jiaxing-2017-2019 检查通过").contains("22 项任务");
    }

    @Test
    void planCheckExitsOneWithEveryProblemOnABrokenCopy() {
        PlanFolder broken = PlanFolder.copyOfShipped(temp);
        int line = broken.replaceLine("targets.csv", "Q04,2019,", "Q04,2019,,,000_4953c69a70887cfe.txt 一、总体要求");
        broken.replaceLine("units.csv", "ZJJ,", "ZJJ,市质监局,ministry,000 主要任务1");

        int status = run("plan", "check", "--plan", broken.dir().toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString())
                .contains("jiaxing-2017-2019/targets.csv:" + line + ": [target] AT_LEAST 类指标必须填写目标值")
                .contains("[peer_group] “ministry”无效，应为：COUNTY、BUREAU")
                .contains("处问题");
    }

    @Test
    void planCheckFindsThePlanByIdUnderAnotherPlansFolder() {
        PlanFolder copy = PlanFolder.copyOfShipped(temp);

        assertThat(run("plan", "check", "--plans-dir", temp.toString(), "--plan", "jiaxing-2017-2019")).isEqualTo(0);
        assertThat(copy.dir()).exists();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("plan", "check", "--no-such-option")).isEqualTo(2);
        assertThat(run("plan", "export")).as("--format is required").isEqualTo(2);
        assertThat(run("plan", "check", "--plan", "no-such-plan")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-plan");
    }

    @Test
    void helpListsOnlyCommandsThatExist() {
        assertThat(run("--help")).isEqualTo(0);
        String commands = out.toString().substring(out.toString().indexOf("Commands:"));
        assertThat(commands.lines().filter(l -> l.matches("  \\S.*")).map(l -> l.trim().split("\\s+")[0]).toList())
                .as("command names start in column 3; wrapped descriptions are indented further")
                .containsExactly("plan", "templates", "ingest", "assess", "explain", "remind", "status", "serve", "demo", "bench");
    }

    @Test
    void planExportWritesCsvAndJsonFiles() throws Exception {
        Path csv = temp.resolve("out/plan.csv");
        Path json = temp.resolve("out/plan.json");

        assertThat(run("plan", "export", "--format", "csv", "--out", csv.toString())).isEqualTo(0);
        assertThat(run("plan", "export", "--format", "json", "--out", json.toString())).isEqualTo(0);

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("E04,嘉兴市区PM2.5平均浓度,生态环境质量,AT_MOST,2017,44,");
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"code\" : \"T16\"");
    }
}
