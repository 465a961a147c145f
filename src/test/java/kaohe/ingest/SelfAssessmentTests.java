package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateLayout;
import kaohe.validate.SelfAssessment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/** 自评 on both databases: written in the template, stored with the return, shown in the 审核表 and beside the score in the unit report. */
class SelfAssessmentTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aUnitsSelfAssessmentTravelsToTheReviewWorkbookAndItsReportWhereAClaimTheScoreDoesNotBearOutIsMarked(DatabaseSettings database)
            throws Exception {
        FilledReturn filled = FilledReturn.template(PLAN, "330402", "2019Q2");
        assertThat(text(filled.workbookSheet(TemplateLayout.INDICATOR_SHEET), TemplateLayout.HEADER_ROW, TemplateLayout.INDICATOR_SELF_COLUMN))
                .isEqualTo("自评（达到 / 未达到）");
        assertThat(text(filled.workbookSheet(TemplateLayout.TASK_SHEET), TemplateLayout.HEADER_ROW, TemplateLayout.TASK_SELF_COLUMN))
                .isEqualTo("滞后原因");
        filled.everything().value("Q02", 60).self("Q02", "达到", "", "")
                .value("Q03", 60).self("Q03", "未达到", "检测能力不足", "新增检测点 3 个")
                .status("T11", "滞后").self("T11", "资金未到位", "争取专项资金")
                .saveTo(home.resolve("inbox/330402/南湖区.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            assertThat(context.getBean(IngestLauncher.class).run(false).accepted()).isEqualTo(1);

            List<SelfAssessment> stored = context.getBean(AcceptedReturns.class).selfAssessments(PLAN.id(), P).get(UnitCode.of("330402"));
            assertThat(stored).extracting(a -> a.item().value() + " " + a.status() + " " + a.reason() + " " + a.measures())
                    .containsExactlyInAnyOrder("Q02 达到  ", "Q03 未达到 检测能力不足 新增检测点 3 个", "T11 滞后 资金未到位 争取专项资金");

            Path review = home.resolve("审核表.xlsx");
            try (var out = Files.newOutputStream(review)) {
                new kaohe.office.ReviewWorkbook(PLAN, context.getBean(AcceptedReturns.class), context.getBean(SubmittedReturns.class))
                        .write(P, out);
            }
            try (InputStream in = Files.newInputStream(review); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet self = wb.getSheet("自评");
                assertThat(self.getLastRowNum()).isEqualTo(3);
                assertThat(text(self, 3, 2) + text(self, 3, 4) + text(self, 3, 5) + text(self, 3, 6)).isEqualTo("T11滞后资金未到位争取专项资金");
            }

            Path outbox = context.getBean(AssessLauncher.class).run(P, true).outbox();
            String report = pdfText(outbox.resolve("units/330402-南湖区.pdf")).replaceAll("\\s", "");
            assertThat(report).contains("六、自评与考核结果");
            assertThat(report).containsPattern("Q02制造业产品质量合格率达到未达到（完成度[0-9.]+%）不一致");
            assertThat(report).containsPattern("Q03农产品质量安全检测合格率未达到未达到（完成度[0-9.]+%）一致检测能力不足新增检测点3个");
            assertThat(report).contains("资金未到位").contains("争取专项资金");
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row) == null || sheet.getRow(row).getCell(column) == null ? ""
                : new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
