package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kaohe.plan.ShippedPlan;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackWriterTests {

    @TempDir
    Path temp;

    @Test
    void feedbackIsTheSubmittersWorkbookWithTheBadCellsCommentedAndTheListFirst() throws Exception {
        Path submitted = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything()
                .text("Q02", "九十").status("T12", "进行中").saveTo(temp.resolve("南湖区.xlsx"));
        String before = ContentHash.of(submitted);
        IngestOutcome outcome = Ingester.judge(ShippedPlan.plan(), submitted);

        Path feedback = temp.resolve("feedback.xlsx");
        try (OutputStream out = Files.newOutputStream(feedback)) {
            new FeedbackWriter().write(submitted, true, outcome.findings(), out);
        }

        assertThat(ContentHash.of(submitted)).as("the original is untouched").isEqualTo(before);
        assertThat(FeedbackWriter.extensionFor(submitted, true)).isEqualTo("xlsx");
        assertThat(FeedbackWriter.extensionFor(submitted, false)).as("an unreadable file gets the list as xlsx").isEqualTo("xlsx");
        try (Workbook wb = WorkbookFactory.create(feedback.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("问题清单");
            Sheet list = wb.getSheet("问题清单");
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).startsWith("报表未通过审核：共 2 个错误");
            assertThat(list.getRow(3).getCell(0).getStringCellValue()).isEqualTo("C101");
            assertThat(list.getRow(3).getCell(3).getStringCellValue()).isEqualTo("E6");
            assertThat(list.getRow(3).getCell(5).getStringCellValue()).isEqualTo("“九十”不是数字");
            Cell bad = cell(wb, "指标", "E6");
            assertThat(bad.getCellComment().getString().getString()).startsWith("C101 “九十”不是数字").contains("修改方法：");
            assertThat(bad.getCellStyle().getFillForegroundColor()).isNotEqualTo(cell(wb, "指标", "E7").getCellStyle().getFillForegroundColor());
            assertThat(cell(wb, "任务", "D7").getCellComment().getString().getString()).contains("进行中");
            assertThat(wb.getSheet("kaohe_meta")).as("the workbook stays a template that can be fixed and resubmitted").isNotNull();
        }
    }

    /** A clerk reads the list top-down: what rejects the return first, each row naming its item, the blank cells last. */
    @Test
    void theListPutsErrorsFirstThenWarningsThenBlankHintsAndNamesEachItem() throws Exception {
        FilledReturn filled = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything();
        Path submitted = filled.with(wb -> {
            var indicators = wb.getSheet("指标");
            for (int r = kaohe.template.TemplateLayout.FIRST_ITEM_ROW; r < kaohe.template.TemplateLayout.FIRST_ITEM_ROW + 3; r++) {
                indicators.getRow(r).getCell(kaohe.template.TemplateLayout.VALUE_COLUMN).setBlank();
            }
        }).text("Q02", "58,9").saveTo(temp.resolve("南湖区.xlsx"));
        IngestOutcome outcome = Ingester.judge(ShippedPlan.plan(), submitted);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new FeedbackWriter(code -> code.equals("Q02") ? "制造业产品质量合格率" : "某指标").write(submitted, true, outcome.findings(), out);

        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            Sheet list = wb.getSheet("问题清单");
            java.util.List<String> levels = new java.util.ArrayList<>();
            for (int r = 3; r <= list.getLastRowNum(); r++) {
                levels.add(list.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(levels.get(0)).isEqualTo("错误");
            assertThat(levels).as("errors, then warnings, then hints").isSortedAccordingTo(
                    java.util.Comparator.comparingInt(l -> java.util.List.of("错误", "警告", "提示").indexOf(l)));
            assertThat(levels).contains("提示");
            assertThat(list.getRow(3).getCell(0).getStringCellValue()).isEqualTo("C115");
            assertThat(list.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Q02 制造业产品质量合格率");
            assertThat(list.getRow(3).getCell(6).getStringCellValue()).contains("58.9").doesNotContain("百分数");
        }
    }

    @Test
    void anUnreadableFileGetsAWorkbookWithTheListAlone() throws Exception {
        Path submitted = Files.writeString(temp.resolve("坏文件.xlsx"), "不是工作簿");
        IngestOutcome outcome = Ingester.judge(ShippedPlan.plan(), submitted);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new FeedbackWriter().write(submitted, false, outcome.findings(), out);

        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("F001");
            assertThat(wb.getSheetAt(0).getRow(3).getCell(6).getStringCellValue()).contains("另存为 .xlsx");
        }
    }

    @Test
    void anXlsSubmissionGetsXlsFeedback() throws Exception {
        Path submitted = temp.resolve("南湖区.xls");
        Files.copy(Path.of("src/test/resources/fixtures/libreoffice/南湖区-2019Q2.xls"), submitted);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        String extension = FeedbackWriter.extensionFor(submitted, true);
        new FeedbackWriter().write(submitted, true,
                java.util.List.of(kaohe.validate.Finding.at(kaohe.validate.FindingCode.V202, "指标", "E6", "Q02", "2019Q1", "60", "36.5", "20")), out);

        assertThat(extension).isEqualTo("xls");
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb).isInstanceOf(org.apache.poi.hssf.usermodel.HSSFWorkbook.class);
            assertThat(cell(wb, "指标", "E6").getCellComment().getString().getString()).startsWith("V202");
        }
    }

    private static Cell cell(Workbook wb, String sheet, String ref) {
        CellReference r = new CellReference(ref);
        return wb.getSheet(sheet).getRow(r.getRow()).getCell(r.getCol());
    }
}
