package kaohe.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kaohe.template.TemplateLayout;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a return workbook (.xlsx or .xls, whichever its bytes are) into raw cells. It interprets
 * nothing; an unreadable, encrypted or suspicious file becomes a file-level finding.
 */
public final class ReturnReader {

    private final IngestLimits limits;
    /** DataFormatter caches formats and is not thread-safe; partitions read files concurrently. */
    private final ThreadLocal<DataFormatter> formatters = ThreadLocal.withInitial(DataFormatter::new);

    public ReturnReader(IngestLimits limits) {
        this.limits = limits;
    }

    public ReadResult read(Path file) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (String name : List.of(TemplateLayout.INDICATOR_SHEET, TemplateLayout.TASK_SHEET)) {
                Sheet sheet = workbook.getSheet(name);
                if (sheet != null && sheet.getLastRowNum() > limits.maxRows()) {
                    return ReadResult.failed(Finding.ofFile(FindingCode.F013, name, sheet.getLastRowNum() + 1));
                }
            }
            return ReadResult.of(new RawReturn(meta(workbook.getSheet(TemplateLayout.META_SHEET)),
                    itemSheet(workbook.getSheet(TemplateLayout.INDICATOR_SHEET), TemplateLayout.INDICATOR_HEADERS.size(),
                            TemplateLayout.VALUE_COLUMN, TemplateLayout.NOTE_COLUMN),
                    itemSheet(workbook.getSheet(TemplateLayout.TASK_SHEET), TemplateLayout.TASK_HEADERS.size(),
                            TemplateLayout.STATUS_COLUMN, TemplateLayout.PROGRESS_COLUMN)));
        } catch (EncryptedDocumentException e) {
            return ReadResult.failed(Finding.ofFile(FindingCode.F002));
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return ReadResult.failed(Finding.ofFile(FindingCode.F004, "疑似压缩炸弹"));
            }
            return ReadResult.failed(Finding.ofFile(FindingCode.F001));
        } catch (RuntimeException e) {
            // POI signals malformed content with many unchecked exceptions; all mean "not a readable workbook".
            return ReadResult.failed(Finding.ofFile(FindingCode.F001));
        }
    }

    private Map<String, String> meta(Sheet sheet) {
        Map<String, String> meta = new HashMap<>();
        if (sheet == null) {
            return meta;
        }
        for (Row row : sheet) {
            String key = text(row.getCell(0)).trim();
            if (!key.isEmpty()) {
                meta.put(key, text(row.getCell(1)).trim());
            }
        }
        return meta;
    }

    private RawSheet itemSheet(Sheet sheet, int columns, int inputColumn, int noteColumn) {
        if (sheet == null) {
            return null;
        }
        List<String> headers = new ArrayList<>();
        Row headerRow = sheet.getRow(TemplateLayout.HEADER_ROW);
        for (int c = 0; c < columns; c++) {
            headers.add(headerRow == null ? "" : text(headerRow.getCell(c)).trim());
        }
        List<RawItemRow> rows = new ArrayList<>();
        for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String ref = new CellReference(r, inputColumn).formatAsString();
            if (row == null) {
                continue;
            }
            String code = text(row.getCell(TemplateLayout.CODE_COLUMN)).trim();
            RawCell input = raw(row.getCell(inputColumn), ref);
            String note = text(row.getCell(noteColumn)).trim();
            if (code.isEmpty() && input.isBlank() && note.isEmpty()) {
                continue;
            }
            rows.add(new RawItemRow(r, code, input, note));
        }
        return new RawSheet(sheet.getSheetName(), headers, rows, mergedInputRanges(sheet, inputColumn, noteColumn),
                sheet.getLastRowNum());
    }

    private static List<String> mergedInputRanges(Sheet sheet, int inputColumn, int noteColumn) {
        List<String> ranges = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            boolean touchesInput = range.getLastRow() >= TemplateLayout.FIRST_ITEM_ROW
                    && range.getFirstColumn() <= noteColumn && range.getLastColumn() >= inputColumn;
            if (touchesInput) {
                ranges.add(range.formatAsString());
            }
        }
        return ranges;
    }

    private DataFormatter formatter() {
        return formatters.get();
    }

    private RawCell raw(Cell cell, String ref) {
        if (cell == null) {
            return RawCell.blank(ref);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                String format = cell.getCellStyle().getDataFormatString();
                String shown = formatter().formatRawCellContents(value, cell.getCellStyle().getDataFormat(), format);
                yield new RawCell(ref, shown, value, format != null && format.contains("%"), null);
            }
            case STRING -> new RawCell(ref, cell.getStringCellValue(), null, false, null);
            case BOOLEAN -> new RawCell(ref, String.valueOf(cell.getBooleanCellValue()), null, false, null);
            case ERROR -> new RawCell(ref, "", null, false, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> RawCell.blank(ref);
        };
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return raw(cell, "").text();
        }
        return formatter().formatCellValue(cell);
    }
}
