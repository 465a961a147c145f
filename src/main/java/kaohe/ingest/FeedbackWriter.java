package kaohe.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import kaohe.validate.Finding;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the feedback for a return: a copy of the submitter's own workbook with every cell at fault
 * filled (red for errors, orange for warnings) and commented in Chinese, and a 问题清单 sheet first
 * listing code, sheet, cell, problem and fix. A file that cannot be opened gets a workbook with the
 * list alone. The submitted original is never modified.
 *
 * <p>An ordinary .xlsx is rewritten part by part ({@link XlsxFeedbackParts}); an .xls, and an .xlsx
 * whose structure that rewriter refuses, go through POI's model. Both render the same {@link FeedbackContent}.
 */
final class FeedbackWriter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FeedbackWriter.class);

    public static final String SUMMARY_SHEET = FeedbackContent.SHEET;

    /** The item's name by its code, so a clerk reads 制造业产品质量合格率 and not Q02 alone. */
    private final UnaryOperator<String> itemNames;

    FeedbackWriter() {
        this(code -> "");
    }

    FeedbackWriter(UnaryOperator<String> itemNames) {
        this.itemNames = itemNames;
    }

    /** The feedback's format: that of the submitted workbook's bytes (xls for OLE2, else xlsx). */
    public static String extensionFor(Path submitted, boolean readable) {
        if (!readable) {
            return "xlsx";
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(submitted))) {
            return FileMagic.valueOf(in) == FileMagic.OLE2 ? "xls" : "xlsx";
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
        FeedbackContent content = FeedbackContent.of(findings, itemNames);
        boolean xls = "xls".equals(extensionFor(submitted, readable));
        if (readable) {
            ByteArrayOutputStream annotated = new ByteArrayOutputStream();
            if (!xls) {
                try {
                    XlsxFeedbackParts.write(submitted, content, annotated);
                    annotated.writeTo(out);
                    return;
                } catch (PackageParts.Unsupported | IOException | RuntimeException e) {
                    // Not rewritable part by part: POI's model may still open it. Logged, so a fault in the
                    // rewriter shows as more than slower feedback.
                    LOG.info("feedback for {} written through POI: {}", submitted.getFileName(), e.toString());
                    annotated.reset();
                }
            }
            try (InputStream in = Files.newInputStream(submitted); Workbook workbook = WorkbookFactory.create(in)) {
                markCells(workbook, content.notes());
                summary(workbook, content);
                workbook.write(annotated);
                annotated.writeTo(out);
                return;
            } catch (IOException | RuntimeException e) {
                // Not annotatable: the list alone follows.
            }
        }
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            summary(workbook, content);
            workbook.write(out);
        }
    }

    private static void summary(Workbook workbook, FeedbackContent content) {
        int stale = workbook.getSheetIndex(FeedbackContent.SHEET);
        if (stale >= 0) {
            // A clerk fixed last feedback's workbook and sent it back: its old list gives way to this one.
            workbook.removeSheetAt(stale);
        }
        Sheet sheet = workbook.createSheet(FeedbackContent.SHEET);
        workbook.setSheetOrder(FeedbackContent.SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        sheet.createRow(0).createCell(0).setCellValue(content.headline());
        sheet.createRow(1).createCell(0).setCellValue(content.counts());
        row(sheet.createRow(FeedbackContent.TOP_ROWS - 1), FeedbackContent.HEADERS, header);
        int r = FeedbackContent.TOP_ROWS;
        for (List<String> values : content.rows()) {
            row(sheet.createRow(r++), values, wrap);
        }
        for (int c = 0; c < FeedbackContent.WIDTHS.size(); c++) {
            sheet.setColumnWidth(c, FeedbackContent.WIDTHS.get(c) * 256);
        }
        sheet.createFreezePane(0, FeedbackContent.TOP_ROWS);
        kaohe.template.PrintLayout.landscapeFitToWidth(sheet, FeedbackContent.TOP_ROWS - 1);
    }

    private static void row(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values.get(c));
            cell.setCellStyle(style);
        }
    }

    private static void markCells(Workbook workbook, List<FeedbackContent.CellNote> notes) {
        Map<String, Drawing<?>> drawings = new HashMap<>();
        Map<String, CellStyle> marked = new HashMap<>();
        for (FeedbackContent.CellNote note : notes) {
            Sheet sheet = workbook.getSheet(note.sheet());
            if (sheet == null) {
                continue;
            }
            CellReference ref = new CellReference(note.cell());
            Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
            cell.setCellStyle(marked.computeIfAbsent(note.error() + "/" + cell.getCellStyle().getIndex(),
                    k -> fill(workbook, cell.getCellStyle(), note.error())));
            Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(), s -> sheet.createDrawingPatriarch());
            kaohe.template.CellComments.add(drawing, cell, note.text(), FeedbackContent.AUTHOR);
        }
    }

    private static CellStyle fill(Workbook workbook, CellStyle original, boolean error) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(original);
        style.setFillForegroundColor(error ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_ORANGE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
