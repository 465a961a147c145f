package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.template.TemplateLayout;
import kaohe.validate.FindingCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming .xlsx path must read exactly what POI's workbook model reads, cell for cell, on every
 * kind of content people put in a return; and it must refuse what is not a workbook.
 */
class XlsxStreamReaderTests {

    @TempDir
    Path temp;

    private final ReturnReader reader = new ReturnReader(IngestLimits.defaults());

    @Test
    void streamedReadOfLibreOfficeSavedReturnEqualsPoiRead() {
        Path file = Path.of("src/test/resources/fixtures/libreoffice/南湖区-2019Q2.xlsx");

        assertSameAsPoi(file);
    }

    @Test
    void streamedReadOfEveryKindOfCellEqualsPoiRead() {
        Plan plan = ShippedPlan.plan();
        FilledReturn filled = FilledReturn.template(plan, "330402", "2019Q2").everything()
                .text("E01", "1,234").status("T13", "滞后");
        int percentRow = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "E03");
        int formulaRow = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "Q02");
        int errorRow = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "Q03");
        int richRow = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "E02");
        filled.with(workbook -> {
            Sheet sheet = workbook.getSheet(TemplateLayout.INDICATOR_SHEET);
            Cell percent = sheet.getRow(percentRow).getCell(TemplateLayout.VALUE_COLUMN);
            percent.setCellValue(0.6);
            var style = workbook.createCellStyle();
            style.cloneStyleFrom(percent.getCellStyle());
            style.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            percent.setCellStyle(style);
            sheet.getRow(formulaRow).getCell(TemplateLayout.VALUE_COLUMN).setCellFormula("2+3");
            sheet.getRow(errorRow).getCell(TemplateLayout.VALUE_COLUMN).setCellFormula("1/0");
            XSSFRichTextString rich = new XSSFRichTextString("无（本地区无此类项目）");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 1, bold);
            sheet.getRow(richRow).getCell(TemplateLayout.VALUE_COLUMN).setCellValue(rich);
            sheet.getRow(richRow).getCell(TemplateLayout.NOTE_COLUMN).setCellValue(true);
            int below = sheet.getLastRowNum() + 1;
            sheet.createRow(below).createCell(TemplateLayout.VALUE_COLUMN).setCellValue("合并");
            sheet.addMergedRegion(new CellRangeAddress(below, below, TemplateLayout.VALUE_COLUMN, TemplateLayout.NOTE_COLUMN));
            Row extra = sheet.createRow(sheet.getLastRowNum() + 3);
            extra.createCell(TemplateLayout.NOTE_COLUMN).setCellValue("表外备注");
            extra.createCell(12).setCellValue("far to the right, never read");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        Path file = filled.saveTo(temp.resolve("every-kind.xlsx"));

        ReadResult streamed = assertSameAsPoi(file);

        RawItemRow percentRead = row(streamed, percentRow);
        assertThat(percentRead.input().percentFormat()).isTrue();
        assertThat(percentRead.input().number()).isEqualTo(0.6);
        assertThat(row(streamed, formulaRow).input().number()).isEqualTo(5.0);
        assertThat(row(streamed, errorRow).input().error()).isEqualTo("#DIV/0!");
        assertThat(row(streamed, richRow).input().text()).isEqualTo("无（本地区无此类项目）");
        assertThat(streamed.raw().indicators().mergedInputRanges()).hasSize(1);
    }

    @Test
    void zipThatIsNotAWorkbookIsUnreadable() throws IOException {
        Path file = temp.resolve("notes.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(reader.read(file).failure().code()).isEqualTo(FindingCode.F001);
        assertThat(readAsIngestDoes(file).failure().code()).isEqualTo(FindingCode.F001);
    }

    @Test
    void workbookPartWithDocumentTypeIsRefusedNotExpanded() throws IOException {
        Path good = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything().saveTo(temp.resolve("good.xlsx"));
        Path hostile = temp.resolve("entity.xlsx");
        rewrite(good, hostile, "xl/workbook.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE workbook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));

        assertThat(reader.read(good).isRead()).isTrue();
        assertThat(reader.read(hostile).failure().code()).isEqualTo(FindingCode.F001);
        assertThat(readAsIngestDoes(hostile).failure().code()).isEqualTo(FindingCode.F001);
    }

    @Test
    void aDocumentTypeWithoutEntitiesIsRefusedToo() throws IOException {
        Path good = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything().saveTo(temp.resolve("good.xlsx"));
        Path declared = temp.resolve("doctype.xlsx");
        rewrite(good, declared, "xl/worksheets/sheet2.xml", xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet>"));

        assertThat(reader.read(declared).failure().code()).isEqualTo(FindingCode.F001);
        assertThat(readAsIngestDoes(declared).failure().code()).isEqualTo(FindingCode.F001);
    }

    @Test
    void entitiesThatExpandTenfoldPerLevelAreRefusedBeforeTheyGrow() throws IOException {
        Path good = FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything().saveTo(temp.resolve("good.xlsx"));
        Path laughs = temp.resolve("laughs.xlsx");
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"哈哈哈哈哈哈哈哈哈哈\">");
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY a").append(level).append(" \"").append(("&a" + (level - 1) + ";").repeat(10)).append("\">");
        }
        rewrite(good, laughs, "xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE sst [" + entities + "]>")
                .replaceFirst("<t>", "<t>&a9;"));

        assertThat(reader.read(laughs).failure().code()).isEqualTo(FindingCode.F001);
        assertThat(readAsIngestDoes(laughs).failure().code()).isEqualTo(FindingCode.F001);
    }

    @Test
    void aCellsColumnIsReadAsPoiReadsIt() {
        for (String ref : List.of("A1", "E6", "Z9", "AA10", "AZ3", "XFD1048576", "$B$2", "b3", "A", "ABCD1")) {
            int poi;
            try {
                poi = new org.apache.poi.ss.util.CellReference(ref).getCol();
            } catch (RuntimeException e) {
                assertThatThrownBy(() -> XlsxStreamReader.columnOf(ref)).as(ref).isInstanceOf(e.getClass());
                continue;
            }
            assertThat(XlsxStreamReader.columnOf(ref)).as(ref).isEqualTo(poi);
        }
    }

    private ReadResult assertSameAsPoi(Path file) {
        ReadResult streamed = reader.read(file);
        ReadResult poi = reader.readWithPoi(file);
        assertThat(streamed.isRead()).as("streamed read of " + file.getFileName()).isTrue();
        assertThat(streamed.raw()).isEqualTo(poi.raw());
        assertThat(readAsIngestDoes(file).raw()).as("read from the parts the guard inflated").isEqualTo(poi.raw());
        return streamed;
    }

    /** Ingest parses the parts the guard inflated while measuring them, not the file again. */
    private ReadResult readAsIngestDoes(Path file) {
        try {
            WorkbookGuard.Inspection inspected = new WorkbookGuard(IngestLimits.defaults()).inspect(file, file.getFileName().toString());
            assertThat(inspected.refusal()).isEmpty();
            assertThat(inspected.parts()).isNotNull();
            return reader.read(file, inspected.parts());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RawItemRow row(ReadResult read, int row) {
        return read.raw().indicators().rows().stream().filter(r -> r.row() == row).findFirst().orElseThrow();
    }

    private static void rewrite(Path from, Path to, String part, java.util.function.UnaryOperator<String> change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                copy.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().equals(part)) {
                        bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    copy.write(bytes);
                }
            }
        }
    }
}
