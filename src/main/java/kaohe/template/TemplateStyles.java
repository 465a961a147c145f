package kaohe.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a template uses; input cells are the only unlocked ones, filled light yellow. */
final class TemplateStyles {

    private final CellStyle title;
    private final CellStyle cover;
    private final CellStyle header;
    private final CellStyle locked;
    private final CellStyle lockedWrapped;
    private final CellStyle input;
    private final CellStyle inputWrapped;

    TemplateStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        cover = workbook.createCellStyle();
        header = bordered(workbook);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        locked = bordered(workbook);
        lockedWrapped = bordered(workbook);
        lockedWrapped.setWrapText(true);
        input = bordered(workbook);
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        inputWrapped = workbook.createCellStyle();
        inputWrapped.cloneStyleFrom(input);
        inputWrapped.setWrapText(true);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    CellStyle title() {
        return title;
    }

    CellStyle cover() {
        return cover;
    }

    CellStyle header() {
        return header;
    }

    CellStyle locked() {
        return locked;
    }

    CellStyle lockedWrapped() {
        return lockedWrapped;
    }

    CellStyle input() {
        return input;
    }

    CellStyle inputWrapped() {
        return inputWrapped;
    }
}
