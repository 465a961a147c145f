package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kaohe.plan.ShippedPlan;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .xlsx feedback written part by part: what a clerk opens must be what POI's model would have written, for
 * Kaohe's own template and for a return saved by LibreOffice, with every part it does not need to touch kept
 * byte for byte.
 */
class XlsxFeedbackPartsTests {

    private static final Path LIBREOFFICE_RETURN = Path.of("src/test/resources/fixtures/libreoffice/南湖区-2019Q2.xlsx");

    @TempDir
    Path temp;

    @Test
    void aLibreOfficeSavedReturnGetsItsCellsFilledAndNotedAndTheListFirstWithoutPoisModel() throws Exception {
        List<Finding> findings = List.of(
                Finding.at(FindingCode.V202, "指标", "E6", "Q02", "2019Q1", "60", "36.5", "20"),
                Finding.at(FindingCode.C101, "指标", "H40", "Q03", "九十"),
                Finding.at(FindingCode.C107, "任务", "D7", "T12", "进行中"));

        byte[] feedback = parts(LIBREOFFICE_RETURN, findings);

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(feedback))) {
            assertThat(wb.getSheetName(0)).isEqualTo("问题清单");
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(selected(wb)).as("one selected tab, or the sheets are grouped").containsExactly("问题清单");
            Sheet list = wb.getSheet("问题清单");
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).startsWith("报表未通过审核：共 2 个错误、1 个警告。");
            assertThat(list.getRow(2).getCell(6).getStringCellValue()).isEqualTo("修改方法");
            assertThat(list.getRow(2).getCell(0).getCellStyle().getFontIndex()).satisfies(
                    font -> assertThat(wb.getFontAt(font).getBold()).isTrue());
            assertThat(list.getRow(3).getCell(0).getStringCellValue()).isEqualTo("C101");
            assertThat(list.getRow(3).getCell(5).getCellStyle().getWrapText()).isTrue();
            assertThat(list.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(list.getPrintSetup().getLandscape()).isTrue();
            assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("3:3");

            Cell warned = cell(wb, "指标", "E6");
            assertThat(warned.getCellComment().getString().getString()).startsWith("V202").contains("修改方法：");
            assertThat(warned.getCellComment().getAuthor()).isEqualTo("考核系统");
            assertThat(warned.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
            assertThat(warned.getNumericCellValue()).as("the clerk's value stays").isEqualTo(96.5);
            Cell madeForTheNote = cell(wb, "指标", "H40");
            assertThat(madeForTheNote.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(madeForTheNote.getCellComment().getString().getString()).startsWith("C101");
            assertThat(cell(wb, "任务", "D7").getCellComment().getString().getString()).contains("进行中");
            assertThat(cell(wb, "任务", "D7").getStringCellValue()).isEqualTo("按进度推进");
            assertThat(wb.getSheet("kaohe_meta")).isNotNull();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(feedback))) {
            assertThat(wb.getSheet("指标").getRepeatingRows()).as("names local to a sheet still point at it")
                    .isEqualTo(new XSSFWorkbook(Files.newInputStream(LIBREOFFICE_RETURN)).getSheet("指标").getRepeatingRows());
        }
    }

    @Test
    void thePartsTheFeedbackDoesNotNeedAreCopiedByteForByte() throws Exception {
        Path submitted = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything()
                .text("Q02", "九十").saveTo(temp.resolve("南湖区.xlsx"));
        List<Finding> findings = Ingester.judge(ShippedPlan.plan(), submitted).findings();

        byte[] feedback = parts(submitted, findings);

        java.util.Map<String, byte[]> before = entries(Files.readAllBytes(submitted));
        java.util.Map<String, byte[]> after = entries(feedback);
        assertThat(after.get("xl/sharedStrings.xml")).isEqualTo(before.get("xl/sharedStrings.xml"));
        assertThat(after.get("xl/worksheets/sheet4.xml")).as("the seal sheet").isEqualTo(before.get("xl/worksheets/sheet4.xml"));
        assertThat(after.get("xl/worksheets/sheet3.xml")).as("任务, with nothing at fault").isEqualTo(before.get("xl/worksheets/sheet3.xml"));
        assertThat(after.get("xl/worksheets/sheet2.xml")).as("指标, with a cell at fault").isNotEqualTo(before.get("xl/worksheets/sheet2.xml"));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(feedback))) {
            assertThat(selected(wb)).as("填报说明 was selected in the template; it no longer is").containsExactly("问题清单");
        }
        assertThat(Ingester.judge(ShippedPlan.plan(), write(feedback, "反馈.xlsx")).findings()).as("read back as the same return")
                .extracting(Finding::code).containsExactlyElementsOf(findings.stream().map(Finding::code).toList());
    }

    @Test
    void aCellWithAnErrorAndAWarningIsFilledRedByEitherWriter() throws Exception {
        Path submitted = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything().saveTo(temp.resolve("南湖区.xlsx"));
        List<Finding> warningAfterError = List.of(
                Finding.at(FindingCode.C101, "指标", "E6", "Q02", "九十"),
                Finding.at(FindingCode.V202, "指标", "E6", "Q02", "2019Q1", "60", "36.5", "20"));
        Path xls = temp.resolve("南湖区.xls");
        Files.copy(Path.of("src/test/resources/fixtures/libreoffice/南湖区-2019Q2.xls"), xls);

        for (Path each : List.of(submitted, xls)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new FeedbackWriter().write(each, true, warningAfterError, out);
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
                Cell both = cell(wb, "指标", "E6");
                assertThat(both.getCellStyle().getFillForegroundColor()).as(each.toString()).isEqualTo(IndexedColors.ROSE.getIndex());
                assertThat(both.getCellComment().getString().getString()).startsWith("C101").contains("\nV202");
            }
        }
    }

    @Test
    void aSheetThatAlreadyHasNotesIsLeftToPoiWhichKeepsThem() throws Exception {
        Path submitted = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything().with(wb -> {
            Sheet indicators = wb.getSheet("指标");
            Cell cell = indicators.getRow(5).getCell(4);
            kaohe.template.CellComments.add(indicators.createDrawingPatriarch(), cell, "数据来源：统计局", "南湖区");
        }).saveTo(temp.resolve("南湖区.xlsx"));
        List<Finding> findings = List.of(Finding.at(FindingCode.C101, "指标", "E6", "Q02", "九十"));

        assertThatThrownBy(() -> parts(submitted, findings)).isInstanceOf(PackageParts.Unsupported.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FeedbackWriter().write(submitted, true, findings, out);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(cell(wb, "指标", "E6").getCellComment().getString().getString()).startsWith("数据来源：统计局\nC101");
        }
    }

    @Test
    void aFeedbackWorkbookSentBackGetsAFreshListInsteadOfTwo() throws Exception {
        Path first = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything()
                .text("Q02", "九十").saveTo(temp.resolve("南湖区.xlsx"));
        ByteArrayOutputStream firstFeedback = new ByteArrayOutputStream();
        new FeedbackWriter().write(first, true, Ingester.judge(ShippedPlan.plan(), first).findings(), firstFeedback);
        Path resent = FilledReturn.open(write(firstFeedback.toByteArray(), "改过.xlsx")).value("Q02", 96).status("T12", "进行中")
                .saveTo(temp.resolve("改过再报.xlsx"));
        List<Finding> findings = Ingester.judge(ShippedPlan.plan(), resent).findings();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FeedbackWriter().write(resent, true, findings, out);

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("问题清单");
            assertThat(wb.getSheet("指标")).as("still the clerk's workbook, not the list alone").isNotNull();
            assertThat(wb.getSheet("问题清单").getRow(3).getCell(0).getStringCellValue()).isEqualTo("C107");
            assertThat(selected(wb)).containsExactly("问题清单");
        }
    }

    @Test
    void aControlCharacterQuotedFromACellDoesNotBreakTheFeedback() throws Exception {
        Path submitted = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything().saveTo(temp.resolve("南湖区.xlsx"));
        List<Finding> findings = List.of(Finding.at(FindingCode.C101, "指标", "E6", "Q02", "九\u0001十 <&>"));

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(parts(submitted, findings)))) {
            assertThat(wb.getSheet("问题清单").getRow(3).getCell(5).getStringCellValue()).contains("九十 <&>");
            assertThat(cell(wb, "指标", "E6").getCellComment().getString().getString()).contains("九十 <&>");
        }
    }

    private static byte[] parts(Path submitted, List<Finding> findings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxFeedbackParts.write(submitted, FeedbackContent.of(findings, code -> ""), out);
        return out.toByteArray();
    }

    private Path write(byte[] bytes, String name) throws Exception {
        return Files.write(temp.resolve(name), bytes);
    }

    private static List<String> selected(Workbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.getSheetAt(i).isSelected()) {
                names.add(wb.getSheetName(i));
            }
        }
        return names;
    }

    private static java.util.Map<String, byte[]> entries(byte[] zip) throws Exception {
        java.util.Map<String, byte[]> entries = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Cell cell(Workbook wb, String sheet, String ref) {
        CellReference r = new CellReference(ref);
        return wb.getSheet(sheet).getRow(r.getRow()).getCell(r.getCol());
    }
}
