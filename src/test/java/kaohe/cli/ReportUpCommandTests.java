package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.ingest.FilledReturn;
import kaohe.ingest.IngestSummary;
import kaohe.job.IngestLauncher;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** report-up as an operator runs it, without the province's template: the layout unsealed, accepted with F016. */
class ReportUpCommandTests {

    @TempDir
    Path temp;

    @Test
    void withoutTheProvincesTemplateTheReturnIsWrittenUnsealedAndTheProvinceAcceptsItWithAWarning() throws Exception {
        Path city = temp.resolve("city");
        FilledReturn.template(ShippedPlan.plan(), "ZJJ", "2019Q4").everything().value("Q01", 71).saveTo(city.resolve("inbox/市质监局.xlsx"));
        StringWriter out = new StringWriter();
        CommandLine line = KaoheCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(new StringWriter()));
        assertThat(line.execute("ingest", "--home", city.toString(), "--settle-seconds", "0")).as(out.toString()).isZero();

        int status = line.execute("report-up", "--home", city.toString(), "--period", "2019Q4", "--to", "zhejiang-2017-2019");

        assertThat(status).as(out.toString()).isZero();
        Path written = city.resolve("outbox/2019Q4/report-up/zhejiang-2017-2019-330400-2019Q4.xlsx");
        assertThat(out.toString()).contains("已生成 zhejiang-2017-2019 2019Q4 上报表").contains("不带防伪校验码")
                .contains("已按对应表填写 10 项").contains("待填报人填写").contains("Q01 未对应到");
        Path province = temp.resolve("province");
        Files.createDirectories(province.resolve("inbox"));
        Files.copy(written, province.resolve("inbox/嘉兴市.xlsx"));
        try (var context = KaoheApplication.start(province, DatabaseSettings.embedded(province.resolve("db")),
                Map.of("kaohe.plan", "data/plans/zhejiang-2017-2019", "kaohe.ingest.settle-seconds", 0))) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);
            var all = context.getBean(kaohe.ingest.SubmittedReturns.class).findings("zhejiang-2017-2019", kaohe.shared.Period.of("2019Q4"));
            assertThat(summary.accepted()).as(summary.text() + all).isEqualTo(1);
            assertThat(summary.warnings()).isPositive();
            var findings = context.getBean(kaohe.ingest.SubmittedReturns.class).findings("zhejiang-2017-2019", kaohe.shared.Period.of("2019Q4"));
            assertThat(findings).anyMatch(f -> f.code().equals("F016"));
        }
    }

    @Test
    void aTemplateThatIsNotAWorkbookIsOneChineseLineAndExit1() throws Exception {
        Path city = temp.resolve("city");
        FilledReturn.template(ShippedPlan.plan(), "ZJJ", "2019Q4").everything().value("Q01", 71).saveTo(city.resolve("inbox/市质监局.xlsx"));
        Path notAWorkbook = Files.writeString(temp.resolve("省模板.xlsx"), "这是一封邮件的正文，不是工作簿");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = KaoheCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        assertThat(line.execute("ingest", "--home", city.toString(), "--settle-seconds", "0")).as(out.toString()).isZero();

        int status = line.execute("report-up", "--home", city.toString(), "--period", "2019Q4", "--to", "zhejiang-2017-2019",
                "--template", notAWorkbook.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).contains("省模板.xlsx 不是 Excel 工作簿").doesNotContain("Exception").doesNotContain("\n");
    }
}
