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
        assertThat(out.toString()).contains("计划 jiaxing-2017-2019 检查通过").contains("22 项任务")
                .contains("通报要求不合格单位和各组末位 1 个在 30 日内书面报送整改报告。");
    }

    /** bulletin.properties is checked with the plan, not first met when the quarter's reports are written. */
    @Test
    void planCheckRefusesABadRectificationRuleWithItsKey() throws Exception {
        PlanFolder broken = PlanFolder.copyOfShipped(temp);
        java.nio.file.Files.writeString(broken.dir().resolve("bulletin.properties"), "rectify-days=一个月\n");

        assertThat(run("plan", "check", "--plan", broken.dir().toString())).isEqualTo(1);
        assertThat(out.toString()).contains("bulletin.properties：rectify-days 应为 0 到 366 之间的整数，现为“一个月”");
    }

    @Test
    void planCheckCountsTheProvincesOwnTargetsOfItsCitiesAndThoseStillToFill() {
        assertThat(run("plan", "check", "--plan", "zhejiang-2017-2019")).isEqualTo(0);
        java.util.List<String> rows = readLines("data/plans/zhejiang-2017-2019/unit-targets.csv");
        long pending = rows.stream().skip(1).filter(l -> l.split(",", -1)[3].isEmpty()).count();
        assertThat(pending).as("26 rows for each of the ten other cities and 嘉兴's two").isEqualTo(262);
        assertThat(out.toString()).contains("单位目标（目标分解）" + (rows.size() - 1) + " 个，其中 " + pending + " 个待考核办填写，填写前相应单位的该项暂不考核");
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
        assertThat(run("review")).as("--period is required to write the review workbook").isEqualTo(2);
        assertThat(run("plan", "check", "--plan", "no-such-plan")).as("a plan that does not exist is bad input, not usage")
                .isEqualTo(1);
        assertThat(err.toString()).contains("没有计划“no-such-plan”");
    }

    /** An office step the period's state does not allow is one Chinese line and exit 1, not a stack trace. */
    @Test
    void officeStepsTheStateDoesNotAllowAreRefusedInOneLine() throws Exception {
        Path home = temp.resolve("home");

        assertThat(run("publish", "--period", "2019Q2", "--home", home.toString())).isEqualTo(1);
        assertThat(run("reopen", "--period", "2019Q2", "--reason", "更正", "--home", home.toString())).isEqualTo(1);
        Path notAReview = Files.writeString(temp.resolve("审核表.xlsx"), "不是工作簿");
        assertThat(run("review", "apply", notAReview.toString(), "--home", home.toString())).isEqualTo(1);

        assertThat(err.toString().lines().filter(l -> l.startsWith("kaohe: ")).toList()).containsExactly(
                "kaohe: 2019Q2 还没有完成的考核：请先运行 assess --period 2019Q2",
                "kaohe: 2019Q2 没有在发布状态的结果，无需撤回",
                "kaohe: 审核表.xlsx 不是 .xlsx 工作簿：请应用 review 生成、在 Excel 或 WPS 中填好并按 .xlsx 保存的审核表");
        assertThat(home.resolve("logs/kaohe-errors.log")).as("no stack trace for a refusal").doesNotExist();
    }

    /** Chinese Excel's plain "CSV" is GBK: main printed 655 messages with the cause last, as a Java error. */
    @Test
    void aPlanFileSavedAsGbkIsNamedInOneLine() throws Exception {
        PlanFolder copy = PlanFolder.copyOfShipped(temp);
        Path units = copy.dir().resolve("units.csv");
        Files.write(units, Files.readString(units, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("GBK")));

        int status = run("plan", "check", "--plan", copy.dir().toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString().lines().filter(l -> l.startsWith("jiaxing-2017-2019/"))).singleElement().asString()
                .startsWith("jiaxing-2017-2019/units.csv: 文件是 GBK（GB18030）编码，不是 UTF-8").contains("CSV UTF-8");
    }

    @Test
    void aStrayQuoteIsOneMessageAtItsLine() {
        PlanFolder copy = PlanFolder.copyOfShipped(temp);
        String q08 = copy.line("indicators.csv", "Q08,");
        int line = copy.replaceLine("indicators.csv", "Q08,", q08.replace("Q08,浙江", "Q08,\"浙江"));

        int status = run("plan", "check", "--plan", copy.dir().toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString().lines().filter(l -> l.startsWith("jiaxing-2017-2019/"))).singleElement().asString()
                .startsWith("jiaxing-2017-2019/indicators.csv:" + line + ": 引号不成对");
    }

    /** main said "use --plan"; the office needs to know the folder was not found and where it looked. */
    @Test
    void outsideTheKaoheFolderTheCommandSaysWhereItLookedForPlans() {
        Path elsewhere = temp.resolve("elsewhere/data/plans");

        int status = run("plan", "check", "--plans-dir", elsewhere.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("找不到计划文件夹 " + elsewhere.toAbsolutePath()).contains("当前目录")
                .contains("--plans-dir");
    }

    @Test
    void helpListsOnlyCommandsThatExist() {
        assertThat(run("--help")).isEqualTo(0);
        String commands = out.toString().substring(out.toString().indexOf("命令："));
        assertThat(commands.lines().filter(l -> l.matches("  \\S.*")).map(l -> l.trim().split("\\s+")[0]).toList())
                .as("command names start in column 3; wrapped descriptions are indented further")
                .containsExactly("plan", "templates", "baselines", "ingest", "assess", "explain", "remind", "review", "objections", "publish", "reopen", "correct", "rectify", "status", "seal-key", "report-up", "serve", "demo", "bench");
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

    @Test
    void versionIsTheBuildsOwn() throws Exception {
        java.util.Properties pom = new java.util.Properties();
        pom.setProperty("version", java.nio.file.Files.readString(Path.of("pom.xml"))
                .replaceAll("(?s).*?<artifactId>kaohe</artifactId>\\s*<version>([^<]+)</version>.*", "$1"));

        assertThat(run("--version")).isZero();

        assertThat(out.toString()).startsWith("Kaohe " + pom.getProperty("version") + " (built ").contains("Java ");
    }

    @Test
    void aMistypedPeriodOrUnitIsRefusedInOneChineseLineWithExitOneNotTakenForAUsageError() {
        assertThat(run("templates", "--period", "2019Q5", "--no-previous", "--home", temp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("考核期“2019Q5”无效：应写作如 2019Q2");
        assertThat(run("templates", "--period", "2021Q1", "--no-previous", "--home", temp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("考核期 2021Q1 不在计划 jiaxing-2017-2019 的考核期 2017Q1–2019Q4 内");
        assertThat(run("templates", "--period", "2019Q2", "--unit", "XX1", "--no-previous", "--home", temp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("单位编码“XX1”不在计划 jiaxing-2017-2019 中").doesNotContain("Exception");
    }

    private static java.util.List<String> readLines(String file) {
        try {
            return java.nio.file.Files.readAllLines(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
