package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.KaoheApplication;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Every report of a Jiaxing quarter, read back as a reader's tools read it. */
class AssessmentReportsTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    static Path home;

    static Path outbox;
    static List<CSVRecord> totals;

    @BeforeAll
    static void assessAQuarter() throws Exception {
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 96).status("T13", "滞后").saveTo(home.resolve("inbox/南湖区.xlsx"));
        FilledReturn.template(PLAN, "330411", "2019Q2").everything().value("Q02", 80).saveTo(home.resolve("inbox/秀洲区.xlsx"));
        FilledReturn.template(PLAN, "HBJ", "2019Q2").everything().value("E04", 45).saveTo(home.resolve("inbox/市环保局.xlsx"));
        FilledReturn.template(PLAN, "330421", "2019Q2").everything().text("Q02", "九十").saveTo(home.resolve("inbox/嘉善县.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, kaohe.DatabaseSettings.embedded(home.resolve("db")),
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            context.getBean(IngestLauncher.class).run(false);
            outbox = context.getBean(AssessLauncher.class).run(Period.of("2019Q2")).outbox();
        }
        totals = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(outbox.resolve("totals.csv"), StandardCharsets.UTF_8).substring(1))).getRecords();
    }

    @Test
    void everyUnitsPdfShowsItsNameTotalRankAndRating() throws Exception {
        assertThat(totals).hasSize(PLAN.units().size());
        for (CSVRecord unit : totals) {
            Path pdf = outbox.resolve("units").resolve(unit.get("unit_code") + "-" + unit.get("unit_name") + ".pdf");
            String text = text(pdf);
            assertThat(text).as(pdf.getFileName().toString())
                    .contains(unit.get("unit_name") + " 考核报告")
                    .contains(unit.get("total"))
                    .contains("第 " + unit.get("rank") + " 名")
                    .contains(unit.get("rating"))
                    .contains("一、考核明细").contains("二、滞后预警").contains("四、数据质量说明");
        }
    }

    @Test
    void theLeadershipPdfRanksEveryUnitAndNamesWhoDidNotSubmit() throws Exception {
        String text = text(outbox.resolve("leadership.pdf"));

        assertThat(text).contains("全市汇总考核报告").contains("一、县（市、区）排名").contains("二、市级部门排名")
                .contains("三、主要目标进展").contains("四、报送情况").contains("五、指标 × 县（市、区）完成度");
        for (CSVRecord unit : totals) {
            assertThat(text).contains(unit.get("unit_name"));
        }
        assertThat(text).contains("退回未改").contains("未报送");
    }

    @Test
    void everyFontInEveryPdfIsEmbedded() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        try (var files = Files.walk(outbox)) {
            files.filter(p -> p.toString().endsWith(".pdf")).forEach(pdfs::add);
        }
        assertThat(pdfs).hasSize(PLAN.units().size() + 1);
        for (Path pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(pdf.getFileName() + " " + font.getName()).isTrue();
                        assertThat(font.getName()).contains("NotoSansSC");
                    }
                }
            }
        }
    }

    @Test
    void theWorkbooksTotalsEqualTotalsCsv() throws Exception {
        try (Workbook workbook = WorkbookFactory.create(outbox.resolve("assessment.xlsx").toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("总分");
            assertThat(List.of("得分明细", "报送值", "审核问题", "报送记录")).allMatch(n -> workbook.getSheet(n) != null);
            Sheet sheet = workbook.getSheet("总分");
            DataFormatter shown = new DataFormatter();
            for (int r = 1; r <= totals.size(); r++) {
                Row row = sheet.getRow(r);
                CSVRecord csv = totals.get(r - 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(csv.get("unit_code"));
                assertThat(shown.formatCellValue(row.getCell(3))).isEqualTo(csv.get("total"));
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(csv.get("rating"));
                assertThat(shown.formatCellValue(row.getCell(5))).isEqualTo(csv.get("rank"));
            }
            assertThat(workbook.getSheet("审核问题").getRow(1).getCell(3).getStringCellValue()).isEqualTo("C101");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

}
