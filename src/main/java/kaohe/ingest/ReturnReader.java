package kaohe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaohe.template.TemplateLayout;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a return workbook (.xlsx or .xls, whichever its bytes are) into raw cells. It interprets
 * nothing; an unreadable, encrypted or suspicious file becomes a file-level finding. A plain .xlsx
 * (a zip) is streamed ({@link XlsxStreamReader}); anything else, .xls and encrypted files included,
 * goes through POI's workbook model.
 */
public final class ReturnReader {

    private static final Set<String> SHEETS = new LinkedHashSet<>(List.of(
            TemplateLayout.META_SHEET, TemplateLayout.INDICATOR_SHEET, TemplateLayout.TASK_SHEET));
    private static final int LAST_COLUMN = Math.max(TemplateLayout.INDICATOR_SELF_COLUMN + TemplateLayout.INDICATOR_SELF_HEADERS.size(),
            TemplateLayout.TASK_SELF_COLUMN + TemplateLayout.TASK_SELF_HEADERS.size()) - 1;

    private final IngestLimits limits;
    private final XlsxStreamReader xlsx;
    /** DataFormatter caches formats and is not thread-safe; partitions read files concurrently. */
    private final ThreadLocal<DataFormatter> formatters = ThreadLocal.withInitial(DataFormatter::new);
    /** Whether a number format shows a date, by format: POI answers by running regular expressions over it, every cell. */
    private final java.util.concurrent.ConcurrentHashMap<NumberFormat, Boolean> dateFormats = new java.util.concurrent.ConcurrentHashMap<>();

    private record NumberFormat(int index, String pattern) {
    }

    public ReturnReader(IngestLimits limits) {
        this.limits = limits;
        this.xlsx = new XlsxStreamReader(LAST_COLUMN, limits.maxRows() + 1, limits.maxUncompressedBytes());
    }

    /**
     * The file's cells, or the finding for content that is not a readable return. A failure to read
     * the file itself (the disk, not the content) is thrown: it is not the sender's fault, so it is
     * never answered as a broken workbook.
     */
    public ReadResult read(Path file) {
        return read(file, null);
    }

    /** {@link #read(Path)}, parsing an .xlsx from the parts the guard already inflated when it has them. */
    ReadResult read(Path file, InflatedParts inflated) {
        boolean zip;
        try {
            zip = isZip(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!zip) {
            return withPoi(file);
        }
        try {
            return fromGrids(inflated == null ? xlsx.read(file, SHEETS) : xlsx.read(inflated, SHEETS));
        } catch (XlsxStreamReader.TooLarge e) {
            return ReadResult.failed(Finding.ofFile(FindingCode.F004, e.getMessage()));
        } catch (XlsxStreamReader.NotAWorkbook | java.util.zip.ZipException e) {
            return ReadResult.failed(Finding.ofFile(FindingCode.F001));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads with POI's workbook model whatever the format: the reference the streaming path is tested against. */
    ReadResult readWithPoi(Path file) {
        return withPoi(file);
    }

    private ReadResult withPoi(Path file) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Map<String, CellGrid> grids = new HashMap<>();
            for (String name : SHEETS) {
                Sheet sheet = workbook.getSheet(name);
                if (sheet != null) {
                    grids.put(name, new PoiGrid(sheet));
                }
            }
            return fromGrids(grids);
        } catch (EncryptedDocumentException e) {
            return ReadResult.failed(Finding.ofFile(FindingCode.F002));
        } catch (java.nio.file.FileSystemException | java.io.FileNotFoundException e) {
            throw new java.io.UncheckedIOException(e);
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

    private ReadResult fromGrids(Map<String, CellGrid> grids) {
        for (String name : List.of(TemplateLayout.INDICATOR_SHEET, TemplateLayout.TASK_SHEET)) {
            CellGrid sheet = grids.get(name);
            if (sheet != null && sheet.lastRow() > limits.maxRows()) {
                return ReadResult.failed(Finding.ofFile(FindingCode.F013, name, sheet.lastRow() + 1));
            }
        }
        return ReadResult.of(new RawReturn(meta(grids.get(TemplateLayout.META_SHEET)), covers(grids),
                itemSheet(grids.get(TemplateLayout.INDICATOR_SHEET), TemplateLayout.INDICATOR_HEADERS.size(),
                        TemplateLayout.VALUE_COLUMN, TemplateLayout.NOTE_COLUMN, TemplateLayout.INDICATOR_SELF_COLUMN, TemplateLayout.INDICATOR_SELF_HEADERS),
                itemSheet(grids.get(TemplateLayout.TASK_SHEET), TemplateLayout.TASK_HEADERS.size(),
                        TemplateLayout.STATUS_COLUMN, TemplateLayout.PROGRESS_COLUMN, TemplateLayout.TASK_SELF_COLUMN, TemplateLayout.TASK_SELF_HEADERS)));
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /** Each item sheet's visible line naming the unit, as the person filling it saw it. */
    private Map<String, String> covers(Map<String, CellGrid> grids) {
        Map<String, String> covers = new java.util.LinkedHashMap<>();
        for (String name : List.of(TemplateLayout.INDICATOR_SHEET, TemplateLayout.TASK_SHEET)) {
            CellGrid sheet = grids.get(name);
            if (sheet != null) {
                covers.put(name, text(sheet.cell(TemplateLayout.COVER_UNIT_ROW, 0)).trim());
            }
        }
        return covers;
    }

    private Map<String, String> meta(CellGrid sheet) {
        Map<String, String> meta = new HashMap<>();
        if (sheet == null) {
            return meta;
        }
        for (int r = 0; r <= sheet.lastRow(); r++) {
            String key = text(sheet.cell(r, 0)).trim();
            if (!key.isEmpty()) {
                meta.put(key, text(sheet.cell(r, 1)).trim());
            }
        }
        return meta;
    }

    private RawSheet itemSheet(CellGrid sheet, int columns, int inputColumn, int noteColumn, int selfColumn, List<String> selfHeaders) {
        if (sheet == null) {
            return null;
        }
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add(text(sheet.cell(TemplateLayout.HEADER_ROW, c)).trim());
        }
        // The 自评 columns count only under their own headers: a template without them, or a sheet moved about, has none.
        boolean selfAssessed = true;
        for (int c = 0; c < selfHeaders.size(); c++) {
            selfAssessed &= text(sheet.cell(TemplateLayout.HEADER_ROW, selfColumn + c)).trim().equals(selfHeaders.get(c));
        }
        List<RawItemRow> rows = new ArrayList<>();
        for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= sheet.lastRow(); r++) {
            if (!sheet.hasRow(r)) {
                continue;
            }
            String code = text(sheet.cell(r, TemplateLayout.CODE_COLUMN)).trim();
            RawCell input = raw(sheet.cell(r, inputColumn), new CellReference(r, inputColumn).formatAsString());
            String note = text(sheet.cell(r, noteColumn)).trim();
            if (code.isEmpty() && input.isBlank() && note.isEmpty()) {
                continue;
            }
            List<String> self = new ArrayList<>();
            if (selfAssessed) {
                for (int c = 0; c < selfHeaders.size(); c++) {
                    self.add(text(sheet.cell(r, selfColumn + c)).trim());
                }
            }
            rows.add(new RawItemRow(r, code, input, note, self));
        }
        return new RawSheet(sheet.name(), headers, rows, mergedInputRanges(sheet, inputColumn, noteColumn), sheet.lastRow());
    }

    private static List<String> mergedInputRanges(CellGrid sheet, int inputColumn, int noteColumn) {
        List<String> ranges = new ArrayList<>();
        for (CellRangeAddress range : sheet.mergedRegions()) {
            boolean touchesInput = range.getLastRow() >= TemplateLayout.FIRST_ITEM_ROW
                    && range.getFirstColumn() <= noteColumn && range.getLastColumn() >= inputColumn;
            if (touchesInput) {
                ranges.add(range.formatAsString());
            }
        }
        return ranges;
    }

    private RawCell raw(CellValue cell, String ref) {
        if (cell == null) {
            return RawCell.blank(ref);
        }
        return switch (cell.kind()) {
            case NUMERIC -> {
                String shown = Double.isFinite(cell.number())
                        ? formatters.get().formatRawCellContents(cell.number(), cell.formatIndex(), cell.formatString())
                        : String.valueOf(cell.number());
                boolean date = Double.isFinite(cell.number()) && isDateFormat(new NumberFormat(cell.formatIndex(), cell.formatString()));
                yield new RawCell(ref, shown, cell.number(), cell.formatString() != null && cell.formatString().contains("%"), null,
                        date, false);
            }
            case UNCALCULATED -> new RawCell(ref, "", null, false, null, false, true);
            case STRING, BOOLEAN -> new RawCell(ref, cell.text(), null, false, null);
            case ERROR -> new RawCell(ref, "", null, false, cell.text());
        };
    }

    private boolean isDateFormat(NumberFormat format) {
        Boolean known = dateFormats.get(format);
        if (known == null) {
            known = org.apache.poi.ss.usermodel.DateUtil.isADateFormat(format.index(), format.pattern());
            // A workbook can define formats by the thousand; the reader is kept for a service's life.
            if (dateFormats.size() < 1_000) {
                dateFormats.put(format, known);
            }
        }
        return known;
    }

    /** A label cell (code, note, metadata) as text; an error shows as its error text. */
    private String text(CellValue cell) {
        if (cell != null && cell.kind() == CellValue.Kind.ERROR) {
            return cell.text();
        }
        return raw(cell, "").text();
    }
}
