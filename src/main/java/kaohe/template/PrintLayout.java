package kaohe.template;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** Sheets people print: landscape A4, all columns on one page width, header rows repeated. */
public final class PrintLayout {

    private PrintLayout() {
    }

    public static void landscapeFitToWidth(Sheet sheet, int repeatRowsUpTo) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (repeatRowsUpTo >= 0) {
            sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(repeatRowsUpTo, repeatRowsUpTo, -1, -1));
        }
    }
}
