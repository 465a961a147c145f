package kaohe.ingest;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** A sheet of a workbook POI has opened whole: the .xls path, and anything that is not a plain .xlsx. */
final class PoiGrid implements CellGrid {

    private final Sheet sheet;

    PoiGrid(Sheet sheet) {
        this.sheet = sheet;
    }

    @Override
    public String name() {
        return sheet.getSheetName();
    }

    @Override
    public int lastRow() {
        return sheet.getPhysicalNumberOfRows() == 0 ? -1 : sheet.getLastRowNum();
    }

    @Override
    public boolean hasRow(int row) {
        return sheet.getRow(row) != null;
    }

    @Override
    public CellValue cell(int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null) {
            return null;
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (formula && (type == CellType.BLANK || type == CellType._NONE
                || (type == CellType.STRING && cell.getStringCellValue().isEmpty()))) {
            // No usable saved result: C113, as in .xlsx, never a blank cell.
            return CellValue.uncalculated();
        }
        return switch (type) {
            case NUMERIC -> CellValue.number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case STRING -> CellValue.string(cell.getStringCellValue());
            case BOOLEAN -> CellValue.bool(cell.getBooleanCellValue());
            case ERROR -> CellValue.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }

    @Override
    public List<CellRangeAddress> mergedRegions() {
        return sheet.getMergedRegions();
    }
}
