package kaohe.ingest;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/** The cells of one sheet that reading a return needs, however the workbook was parsed. */
interface CellGrid {

    String name();

    /** 0-based index of the last row the sheet holds, -1 when it holds none. */
    int lastRow();

    boolean hasRow(int row);

    /** The cell's value, or null when it is blank or absent. */
    CellValue cell(int row, int column);

    List<CellRangeAddress> mergedRegions();
}
