package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZonedDateTime;
import java.util.List;
import kaohe.ingest.FilledReturn;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** status as the office reads it: the period's counts on one line, units by state and by name, the jobs in Chinese. */
class StatusCommandTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    Path home;

    @Test
    void whoActedLinesUpInTheAuditTrailWhateverTheEvent() {
        List<Integer> actorColumns = java.util.Arrays.stream(kaohe.audit.AuditEvent.values())
                .map(event -> StatusCommand.auditLine("2019-07-15 09:00", "南湖区", event, "张三", 0, ""))
                .map(line -> Columns.width(line.substring(0, line.indexOf("张三")))).distinct().toList();

        assertThat(actorColumns).hasSize(1);
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine line = KaoheCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(new StringWriter()));
        assertThat(line.execute(args)).as(out.toString()).isZero();
        return out.toString();
    }

    private Path dropped(String unit, String name, String beijingTime) throws Exception {
        Path file = FilledReturn.template(PLAN, unit, "2019Q2").everything().saveTo(home.resolve("inbox").resolve(name));
        Files.setLastModifiedTime(file, FileTime.from(ZonedDateTime.parse(beijingTime + "+08:00[Asia/Shanghai]").toInstant()));
        return file;
    }

    /** The lines under a state's heading, up to the next blank line. */
    private static List<String> section(String output, String state) {
        List<String> lines = output.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(state + "（")) {
                start = i + 1;
            }
        }
        assertThat(start).as("a heading for " + state).isPositive();
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return lines.subList(start, end);
    }

    @Test
    void thePeriodReadsAsCountsThenUnitsByStateByNameAndTheJobsInChinese() throws Exception {
        dropped("330402", "南湖区.xlsx", "2019-07-02T10:00:00");
        dropped("330411", "秀洲区.xlsx", "2019-07-09T10:00:00");
        FilledReturn.template(PLAN, "330421", "2019Q2").saveTo(home.resolve("inbox/嘉善县.xlsx"));
        Files.setLastModifiedTime(home.resolve("inbox/嘉善县.xlsx"), FileTime.from(java.time.Instant.now().minusSeconds(60)));
        run("ingest", "--home", home.toString(), "--settle-seconds", "0");

        String out = run("status", "--period", "2019Q2", "--home", home.toString());

        int missing = PLAN.units().size() - 3;
        assertThat(out).contains("2019年第二季度（2019Q2）报送截止")
                .contains("  按时 1，迟报 1，退回未改 1，未报送 " + missing + "；未发布（报告为征求意见稿）");
        assertThat(section(out, "按时")).singleElement().asString().startsWith("  南湖区").contains("330402").contains("南湖区.xlsx");
        assertThat(section(out, "迟报")).singleElement().asString().startsWith("  秀洲区");
        assertThat(section(out, "退回未改")).singleElement().asString().startsWith("  嘉善县").contains("已退回 1 份");
        assertThat(section(out, "未报送")).hasSize(missing).anyMatch(l -> l.startsWith("  海盐县"));
        assertThat(out).contains("最近的作业").contains("接收报表").contains("完成")
                .doesNotContain("COMPLETED").doesNotContain("run.id").doesNotContain("ingest-returns");

        assertThat(run("status", "--home", home.toString(), "--verbose")).contains("run.id");
    }

    @Test
    void namesLineUpByDisplayWidthNotByCharacters() {
        assertThat(Columns.width("市水利局")).isEqualTo(8);
        assertThat(Columns.left("市水利局", 10) + "|").isEqualTo("市水利局  |");
        assertThat(Columns.left("SLJ", 10) + "|").isEqualTo("SLJ       |");
        assertThat(Columns.right("7", 3)).isEqualTo("  7");
    }
}
