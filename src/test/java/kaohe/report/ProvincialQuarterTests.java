package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.ingest.FilledReturn;
import kaohe.ingest.IngestSummary;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.PlanLoader;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole quarter of the provincial plan, from templates to every report, with nothing of Jiaxing in
 * what it writes; and both shipped plans in one database, each refusing the other's returns.
 */
class ProvincialQuarterTests {

    static final Path FOLDER = Path.of("data/plans/zhejiang-2017-2019");
    static final Plan PROVINCE = new PlanLoader().load(FOLDER).plan();
    static final Period PERIOD = Period.of("2019Q4");

    @TempDir
    static Path home;

    static Path outbox;

    @BeforeAll
    static void playAProvincialQuarter() throws Exception {
        for (var unit : PROVINCE.units()) {
            if (!unit.code().value().equals("331100")) {
                FilledReturn.template(PROVINCE, unit.code().value(), PERIOD.toString()).everything()
                        .saveTo(home.resolve("inbox").resolve(unit.name() + ".xlsx"));
            }
        }
        try (ConfigurableApplicationContext context = start(home, DatabaseSettings.embedded(home.resolve("db")), FOLDER)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);
            assertThat(summary.accepted()).isEqualTo(PROVINCE.units().size() - 1);
            outbox = context.getBean(AssessLauncher.class).run(PERIOD, true).outbox();
        }
    }

    static ConfigurableApplicationContext start(Path home, DatabaseSettings db, Path plan) {
        return KaoheApplication.start(home, db, Map.of("kaohe.plan", plan.toString(), "kaohe.ingest.settle-seconds", 0));
    }

    @Test
    void everyReportOfTheProvincialQuarterSpeaksOfTheProvinceItsCitiesAndDepartments() throws Exception {
        assertThat(Files.list(outbox.resolve("units")).count()).isEqualTo(PROVINCE.units().size());
        List<PdfLines.Line> lines = PdfLines.of(outbox.resolve("leadership.pdf"));
        List<PdfLines.Line> body = LeadershipPdf.body(lines);
        String bulletin = flat(body.stream().map(PdfLines.Line::text).reduce("", String::concat));
        String all = flat(pdf(outbox.resolve("leadership.pdf"), 1, Integer.MAX_VALUE));

        assertThat(bulletin).contains("浙江省质量强省工作领导小组办公室").contains("关于2019年第四季度质量提升行动计划考核情况的通报")
                .contains("各设区市人民政府，省政府各部门、直属各单位：")
                .contains("《浙江省质量提升三年行动计划（2017—2019年）》（浙政办发〔2017〕72号）")
                .contains("参加考核的有11个设区市和30个省级部门").contains("未报送或报表退回未改1个（丽水市）")
                .contains("附件：1．设区市排名").contains("2．省级部门排名")
                .as("the province's own numbers, judged on the cities' sum or mean, with how many cities they rest on")
                .containsPattern("按各设区市报送值汇总计算的全省目标" + PROVINCE.indicators().stream().filter(i -> i.whole() != null).count()
                        + "项中，\\d+项达到目标或序时进度")
                .containsPattern("全省[0-9.]+（10个设区市(合计|平均)，1个未报送不计）");
        assertThat(body).as("the province's 通报, set on the grid, never below 3号").allMatch(l -> l.smallestSize() >= BulletinReport.BODY_SIZE);
        String annexes = flat(lines.stream().filter(l -> l.page() > body.get(body.size() - 1).page()).map(PdfLines.Line::text)
                .reduce("", String::concat));
        assertThat(annexes).startsWith("附件1设区市排名").contains("附件2省级部门排名");
        for (var unit : PROVINCE.units()) {
            assertThat(annexes).as("the annexes rank every city and department").contains(unit.name());
        }
        assertThat(lines).as("no text under 8 pt, the rankings included").allMatch(l -> l.smallestSize() >= 8f);
        assertThat(all).contains("全省值").contains("指标×设区市完成度").contains("省级部门×考核类别得分率")
                .doesNotContain("县（市、区）").doesNotContain("市级部门").doesNotContain("全市").doesNotContain("嘉兴市质量");
        String hangzhou = flat(pdf(outbox.resolve("units/330100-杭州市.pdf"), 1, Integer.MAX_VALUE));
        assertThat(hangzhou).contains("杭州市考核报告").contains("个设区市").doesNotContain("县（市、区）");
        try (Workbook workbook = WorkbookFactory.create(outbox.resolve("assessment.xlsx").toFile())) {
            assertThat(workbook.getSheet("排名").getRow(1).getCell(0).getStringCellValue()).isEqualTo("设区市");
            assertThat(workbook.getSheet("总分").getLastRowNum()).isEqualTo(PROVINCE.units().size());
        }
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(outbox.resolve("bulletin.docx")))) {
            assertThat(docx.getParagraphs().get(0).getText()).as("the 发文机关标志").isEqualTo("浙江省质量强省工作领导小组办公室");
        }
    }

    @ParameterizedTest
    @MethodSource("kaohe.TestDatabases#each")
    void bothPlansLiveInOneDatabaseAndEachRefusesTheOthersReturns(DatabaseSettings db, @TempDir Path temp) throws Exception {
        Path city = temp.resolve("city");
        Path province = temp.resolve("province");
        FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q4").everything().saveTo(city.resolve("inbox/南湖区.xlsx"));
        FilledReturn.template(PROVINCE, "330400", "2019Q4").everything().saveTo(city.resolve("inbox/嘉兴市报省.xlsx"));
        FilledReturn.template(PROVINCE, "330400", "2019Q4").everything().saveTo(province.resolve("inbox/嘉兴市.xlsx"));
        FilledReturn.template(ShippedPlan.plan(), "330411", "2019Q4").everything().saveTo(province.resolve("inbox/秀洲区.xlsx"));

        List<String> cityTotals;
        try (ConfigurableApplicationContext context = start(city, db, ShippedPlan.FOLDER)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);
            assertThat(summary.accepted()).as(summary.text()).isEqualTo(1);
            assertThat(summary.rejected()).as(summary.text()).isEqualTo(1);
            cityTotals = Files.readAllLines(context.getBean(AssessLauncher.class).run(PERIOD, true).outbox().resolve("totals.csv"));
        }
        try (ConfigurableApplicationContext context = start(province, db, FOLDER)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);
            assertThat(summary.accepted()).isEqualTo(1);
            assertThat(summary.rejected()).isEqualTo(1);
            List<String> totals = Files.readAllLines(context.getBean(AssessLauncher.class).run(PERIOD, true).outbox().resolve("totals.csv"));
            assertThat(totals).hasSize(PROVINCE.units().size() + 1).anyMatch(l -> l.startsWith("330400,嘉兴市,county,"));
            var store = context.getBean(kaohe.score.AssessmentStore.class);
            assertThat(store.latestRun("jiaxing-2017-2019", PERIOD)).as("the city's run is still there").isPresent();
            assertThat(store.latestRun("zhejiang-2017-2019", PERIOD)).isPresent();
        }
        assertThat(cityTotals).hasSize(ShippedPlan.plan().units().size() + 1).anyMatch(l -> l.startsWith("330402,南湖区,county,"));
        assertThat(feedback(city)).contains("模板属于考核计划“zhejiang-2017-2019”，不是当前的考核计划“jiaxing-2017-2019”");
        assertThat(feedback(province)).contains("模板属于考核计划“jiaxing-2017-2019”，不是当前的考核计划“zhejiang-2017-2019”");
    }

    static java.util.stream.Stream<Named<DatabaseSettings>> each() throws Exception {
        return kaohe.TestDatabases.each();
    }

    /** The text of every feedback workbook under rejected/. */
    private static String feedback(Path home) throws Exception {
        StringBuilder text = new StringBuilder();
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(home.resolve("rejected"))) {
            walk.filter(p -> p.getFileName().toString().contains(".反馈.")).forEach(files::add);
        }
        for (Path file : files) {
            try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
                var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
                workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n'))));
            }
        }
        return text.toString();
    }

    private static String pdf(Path file, int from, int to) throws Exception {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
