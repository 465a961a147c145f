package kaohe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kaohe.validate.Finding;
import kaohe.validate.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the feedback for a return: a copy of the submitter's own workbook with every cell at fault
 * filled (red for errors, orange for warnings) and commented in Chinese, and a 问题清单 sheet first
 * listing code, sheet, cell, problem and fix. A file that cannot be opened gets a workbook with the
 * list alone. The submitted original is never modified.
 */
final class FeedbackWriter {

    public static final String SUMMARY_SHEET = "问题清单";

    /** The item's name by its code, so a clerk reads 制造业产品质量合格率 and not Q02 alone. */
    private final java.util.function.UnaryOperator<String> itemNames;

    FeedbackWriter() {
        this(code -> "");
    }

    FeedbackWriter(java.util.function.UnaryOperator<String> itemNames) {
        this.itemNames = itemNames;
    }

    /**
     * Read top-down: what rejects the return first, then what to check, then the cells left blank; within each,
     * in the order of the sheet.
     */
    static List<Finding> inReadingOrder(List<Finding> findings) {
        return findings.stream().sorted(java.util.Comparator.comparingInt(FeedbackWriter::rank)).toList();
    }

    private static int rank(Finding f) {
        if (f.isError()) {
            return 0;
        }
        return isBlankHint(f) ? 2 : 1;
    }

    private static boolean isBlankHint(Finding f) {
        return f.code() == kaohe.validate.FindingCode.C109 || f.code() == kaohe.validate.FindingCode.C110;
    }

    private static String level(Finding f) {
        return f.isError() ? "错误" : isBlankHint(f) ? "提示" : "警告";
    }

    /** The feedback's format: that of the submitted workbook's bytes (xls for OLE2, else xlsx). */
    public static String extensionFor(Path submitted, boolean readable) {
        if (!readable) {
            return "xlsx";
        }
        try (InputStream in = org.apache.poi.poifs.filesystem.FileMagic.prepareToCheckMagic(Files.newInputStream(submitted))) {
            return org.apache.poi.poifs.filesystem.FileMagic.valueOf(in) == org.apache.poi.poifs.filesystem.FileMagic.OLE2 ? "xls" : "xlsx";
        } catch (IOException | RuntimeException e) {
            // An empty file (POI's EmptyFileException) has no format of its own.
            return "xlsx";
        }
    }

    /**
     * Writes the feedback in the format {@link #extensionFor} names for the submission. When the
     * submission cannot be reopened or annotated (duplicate parts, more parts than POI allows, a
     * structure POI rejects), the feedback is a fresh workbook with the 问题清单 alone: every rejected
     * file gets its feedback.
     */
    public void write(Path submitted, boolean readable, List<Finding> findings, OutputStream out) throws IOException {
        if (readable) {
            java.io.ByteArrayOutputStream annotated = new java.io.ByteArrayOutputStream();
            try (InputStream in = Files.newInputStream(submitted); Workbook workbook = WorkbookFactory.create(in)) {
                markCells(workbook, findings);
                summary(workbook, findings);
                workbook.write(annotated);
                annotated.writeTo(out);
                return;
            } catch (IOException | RuntimeException e) {
                // Not annotatable: the list alone follows.
            }
        }
        try (Workbook workbook = "xls".equals(extensionFor(submitted, readable))
                ? new org.apache.poi.hssf.usermodel.HSSFWorkbook() : new XSSFWorkbook()) {
            summary(workbook, findings);
            workbook.write(out);
        }
    }

    private void summary(Workbook workbook, List<Finding> unordered) {
        List<Finding> findings = inReadingOrder(unordered);
        Sheet sheet = workbook.createSheet(SUMMARY_SHEET);
        workbook.setSheetOrder(SUMMARY_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        long errors = findings.stream().filter(Finding::isError).count();
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        sheet.createRow(0).createCell(0).setCellValue(errors > 0
                ? "报表未通过审核：共 " + errors + " 个错误" + (findings.size() > errors ? "、" + (findings.size() - errors) + " 个提示" : "")
                        + "。请按“修改方法”改正原报表后重新报送。"
                : "报表已接收，有 " + findings.size() + " 条警告或提示，请核对。");
        String[] headers = {"代码", "级别", "工作表", "单元格", "项目", "问题", "修改方法"};
        long warnings = findings.stream().filter(f -> !f.isError() && !isBlankHint(f)).count();
        long blanks = findings.stream().filter(FeedbackWriter::isBlankHint).count();
        sheet.createRow(1).createCell(0).setCellValue("下表依次列出：错误 " + errors + " 个（须改正）、警告 " + warnings + " 个（请核对）、提示 "
                + blanks + " 个（未填写的项目）。");
        Row headerRow = sheet.createRow(2);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(header);
        }
        int r = 3;
        for (Finding f : findings) {
            Row row = sheet.createRow(r++);
            String item = f.itemCode() == null ? "" : (f.itemCode() + " " + nz(itemNames.apply(f.itemCode()))).trim();
            String[] values = {f.code().name(), level(f), nz(f.sheet()), nz(f.cell()), item, f.message(), f.hint()};
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(values[c]);
                cell.setCellStyle(wrap);
            }
        }
        int[] widths = {8, 6, 10, 10, 24, 50, 50};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 3);
        kaohe.template.PrintLayout.landscapeFitToWidth(sheet, 2);
    }

    private static void markCells(Workbook workbook, List<Finding> findings) {
        Map<String, Drawing<?>> drawings = new HashMap<>();
        Map<String, CellStyle> marked = new HashMap<>();
        for (Finding f : findings) {
            if (f.sheet() == null || f.cell() == null || f.cell().contains(":") || workbook.getSheet(f.sheet()) == null) {
                continue;
            }
            Sheet sheet = workbook.getSheet(f.sheet());
            CellReference ref = new CellReference(f.cell());
            Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
            cell.setCellStyle(marked.computeIfAbsent(f.severity() + "/" + cell.getCellStyle().getIndex(),
                    k -> fill(workbook, cell.getCellStyle(), f.severity())));
            Drawing<?> drawing = drawings.computeIfAbsent(f.sheet(), s -> sheet.createDrawingPatriarch());
            String text = f.code() + " " + f.message() + "\n修改方法：" + f.hint();
            kaohe.template.CellComments.add(drawing, cell, text, "考核系统");
        }
    }

    private static CellStyle fill(Workbook workbook, CellStyle original, Severity severity) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(original);
        style.setFillForegroundColor(severity == Severity.ERROR ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_ORANGE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
