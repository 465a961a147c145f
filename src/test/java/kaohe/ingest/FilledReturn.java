package kaohe.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateLayout;
import kaohe.template.TemplateWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A generated template filled in code, the way a unit's staff fill it in Excel: tests set values by
 * item code, or reach into the workbook for the odd things people do (merge cells, delete rows).
 */
public final class FilledReturn {

    /** The installation secret of every test: the build passes it to test JVMs as {@code kaohe.template.secret}. */
    public static final String TEST_SECRET = "kaohe-test-secret";
    public static final kaohe.template.TemplateSeal SEAL = kaohe.template.TemplateSeal.of(TEST_SECRET);

    private final XSSFWorkbook workbook;

    private FilledReturn(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static FilledReturn template(Plan plan, String unit, String period) {
        return template(plan, unit, period, SEAL);
    }

    /** A template sealed with {@code seal}, as an installation holding that key issues it. */
    public static FilledReturn template(Plan plan, String unit, String period, kaohe.template.TemplateSeal seal) {
        ReportingUnit u = plan.unit(UnitCode.of(unit)).orElseThrow();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new TemplateWriter(plan, seal).write(u, Period.of(period), bytes);
            return new FilledReturn(new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a template file written by the templates command. */
    public static FilledReturn open(Path file) {
        try (var in = Files.newInputStream(file)) {
            return new FilledReturn(new XSSFWorkbook(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills every indicator with a plausible number and every task with 按进度推进. */
    public FilledReturn everything() {
        Sheet indicators = workbook.getSheet(TemplateLayout.INDICATOR_SHEET);
        for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= indicators.getLastRowNum(); r++) {
            String unitText = indicators.getRow(r).getCell(2).getStringCellValue();
            Cell value = cell(indicators, r, TemplateLayout.VALUE_COLUMN);
            if (value.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                continue; // a ratio's own cell: its parts below are filled instead
            }
            value.setCellValue(unitText.startsWith("%") ? 90 : unitText.contains("不能为 0") ? 300 : 3);
        }
        Sheet tasks = workbook.getSheet(TemplateLayout.TASK_SHEET);
        for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= tasks.getLastRowNum(); r++) {
            cell(tasks, r, TemplateLayout.STATUS_COLUMN).setCellValue("按进度推进");
        }
        return this;
    }

    /**
     * The item's 本期值; for a ratio, whose own cell is a formula, the parts that make {@code number}: the number over
     * the ratio's scale (7.5% is 7.5 of 100).
     */
    public FilledReturn value(String code, double number) {
        Cell cell = cell(workbook.getSheet(TemplateLayout.INDICATOR_SHEET), rowOf(TemplateLayout.INDICATOR_SHEET, code), TemplateLayout.VALUE_COLUMN);
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            java.util.regex.Matcher per = java.util.regex.Pattern.compile("\\*([0-9.]+),\"\"\\)$").matcher(cell.getCellFormula());
            return ratio(code, number, per.find() ? Double.parseDouble(per.group(1)) : 1);
        }
        cell.setCellValue(number);
        return this;
    }

    /** A ratio's numerator and denominator, as the clerk types them under its row. */
    public FilledReturn ratio(String code, double numerator, double denominator) {
        Sheet sheet = workbook.getSheet(TemplateLayout.INDICATOR_SHEET);
        cell(sheet, rowOf(TemplateLayout.INDICATOR_SHEET, TemplateLayout.partCode(code, TemplateLayout.NUMERATOR)), TemplateLayout.VALUE_COLUMN)
                .setCellValue(numerator);
        cell(sheet, rowOf(TemplateLayout.INDICATOR_SHEET, TemplateLayout.partCode(code, TemplateLayout.DENOMINATOR)), TemplateLayout.VALUE_COLUMN)
                .setCellValue(denominator);
        return this;
    }

    /** One part of a ratio as typed text (a blank, a word, a 0). */
    public FilledReturn part(String code, String part, String text) {
        cell(workbook.getSheet(TemplateLayout.INDICATOR_SHEET), rowOf(TemplateLayout.INDICATOR_SHEET, TemplateLayout.partCode(code, part)),
                TemplateLayout.VALUE_COLUMN).setCellValue(text);
        return this;
    }

    public FilledReturn text(String code, String text) {
        cell(workbook.getSheet(TemplateLayout.INDICATOR_SHEET), rowOf(TemplateLayout.INDICATOR_SHEET, code), TemplateLayout.VALUE_COLUMN)
                .setCellValue(text);
        return this;
    }

    public FilledReturn status(String code, String status) {
        cell(workbook.getSheet(TemplateLayout.TASK_SHEET), rowOf(TemplateLayout.TASK_SHEET, code), TemplateLayout.STATUS_COLUMN)
                .setCellValue(status);
        return this;
    }

    /**
     * 自评 of an item: for an indicator its 自评 (达到 / 未达到), 原因 and 整改措施; for a task its 滞后原因 and 整改措施.
     */
    public FilledReturn self(String code, String... texts) {
        boolean task = workbook.getSheet(TemplateLayout.TASK_SHEET) != null && java.util.stream.StreamSupport.stream(
                workbook.getSheet(TemplateLayout.TASK_SHEET).spliterator(), false).anyMatch(r -> r.getRowNum() >= TemplateLayout.FIRST_ITEM_ROW
                && r.getCell(0) != null && code.equals(r.getCell(0).getStringCellValue()));
        String sheet = task ? TemplateLayout.TASK_SHEET : TemplateLayout.INDICATOR_SHEET;
        int first = task ? TemplateLayout.TASK_SELF_COLUMN : TemplateLayout.INDICATOR_SELF_COLUMN;
        for (int i = 0; i < texts.length; i++) {
            cell(workbook.getSheet(sheet), rowOf(sheet, code), first + i).setCellValue(texts[i]);
        }
        return this;
    }

    /** One sheet of the workbook as it stands, to look at. */
    public Sheet workbookSheet(String name) {
        return workbook.getSheet(name);
    }

    /** For what the helpers above do not cover: the workbook itself. */
    public FilledReturn with(Consumer<XSSFWorkbook> change) {
        change.accept(workbook);
        return this;
    }

    /** 1-based Excel row of an item, e.g. 7 for the row a reader sees as E7. */
    public int excelRow(String sheet, String code) {
        return rowOf(sheet, code) + 1;
    }

    public int rowOf(String sheetName, String code) {
        Sheet sheet = workbook.getSheet(sheetName);
        for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && code.equals(row.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new IllegalArgumentException("no row " + code + " on " + sheetName);
    }

    /** A jar started by a test checks returns made here with the tests' secret. */
    public static ProcessBuilder sealed(ProcessBuilder builder) {
        builder.environment().put(kaohe.template.TemplateSeal.ENVIRONMENT, TEST_SECRET);
        return builder;
    }

    public Path saveTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }
}
