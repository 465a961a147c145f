package kaohe.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Sheets people print: landscape A4 with header rows repeated, and never smaller than 8 pt. A sheet whose columns
 * fit the page width at a legible scale is fitted to it; a wider one is printed at the smallest legible scale
 * across several pages, its key columns (code and name) repeated on each so every page says whose row it is.
 */
public final class PrintLayout {

    /** Printable width of landscape A4 with Excel's default margins (0.7 in each side), in millimetres. */
    static final double PRINTABLE_MM = 297 - 2 * 17.8;
    /**
     * The width of one character unit of a column at 100 %, in millimetres, as the wider of the office suites draws it:
     * Excel 7 px at 96 dpi (Calibri 11's digit), LibreOffice 7.4 px (with Carlito, Calibri's metric twin: 4.05 pt a unit
     * on 得分明细 printed at 73 %, so 5.55 pt at 100 %).
     */
    static final double CHARACTER_MM = 7.4 * 25.4 / 96;
    /** A column left at the sheet's default width: 64 px in both suites (8.43 characters and Excel's padding). */
    static final double DEFAULT_COLUMN_MM = 64 * 25.4 / 96;
    /** 11 pt text is at least 8 pt on paper at this scale. */
    public static final int LEGIBLE_SCALE = 73;

    private PrintLayout() {
    }

    /**
     * Sets the row tall enough for its wrapped text, since neither POI nor every office suite sizes rows
     * on opening (LibreOffice keeps such a row at one line, and prints the next row over the rest): a CJK
     * character takes two width units, and each line break starts a line. {@code widths} in characters, by column.
     */
    public static void fitHeight(Row row, int[] widths) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING || cell.getColumnIndex() >= widths.length) {
                continue;
            }
            int cellLines = 0;
            for (String part : cell.getStringCellValue().split("\n", -1)) {
                int units = widthUnits(part);
                cellLines += Math.max(1, (units + widths[cell.getColumnIndex()] - 1) / widths[cell.getColumnIndex()]);
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(Math.max(row.getSheet().getDefaultRowHeightInPoints(), lines * 15f));
    }

    /**
     * The text's width in column-width units: two for a CJK character, one for anything else. A plain loop: the staff
     * workbook asks it for every text cell it writes, over a million at 10,000 units.
     */
    public static int widthUnits(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            // Both halves of a surrogate pair lie above U+2E80, so a supplementary ideograph counts two as well.
            units += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return units;
    }

    /** Fits all columns to one page width, for sheets known to be narrow (templates, feedback). */
    public static void landscapeFitToWidth(Sheet sheet, int repeatRowsUpTo) {
        PrintSetup print = landscape(sheet, repeatRowsUpTo);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /**
     * Fits to one page width when that keeps text at 8 pt or more; otherwise prints at {@link #LEGIBLE_SCALE} %,
     * repeating the first {@code keyColumns} columns on every page.
     */
    public static void readable(Sheet sheet, int repeatRowsUpTo, int columns, int keyColumns) {
        if (scaleToFit(sheet, columns) >= LEGIBLE_SCALE) {
            landscapeFitToWidth(sheet, repeatRowsUpTo);
            return;
        }
        PrintSetup print = landscape(sheet, repeatRowsUpTo);
        sheet.setFitToPage(false);
        print.setScale((short) LEGIBLE_SCALE);
        if (keyColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
        }
    }

    /**
     * The print scale, in per cent, at which the first {@code columns} columns fill the printable width, as the wider
     * of Excel and LibreOffice lays them out: fitted to the width where this is 73 or more, LibreOffice prints at 8 pt
     * too (a sheet just above the limit by Excel's narrower columns printed a little under 8 pt there).
     */
    public static int scaleToFit(Sheet sheet, int columns) {
        int defaultWidth = sheet.getDefaultColumnWidth() * 256;
        double width = 0;
        for (int c = 0; c < columns; c++) {
            int units = sheet.getColumnWidth(c);
            width += units == defaultWidth ? DEFAULT_COLUMN_MM : units / 256.0 * CHARACTER_MM;
        }
        return width <= 0 ? 100 : (int) Math.min(100, Math.floor(100 * PRINTABLE_MM / width));
    }

    private static PrintSetup landscape(Sheet sheet, int repeatRowsUpTo) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setAutobreaks(true);
        if (repeatRowsUpTo >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatRowsUpTo, repeatRowsUpTo, -1, -1));
        }
        return print;
    }
}
