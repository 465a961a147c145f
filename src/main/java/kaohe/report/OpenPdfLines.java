package kaohe.report;

import com.lowagie.text.pdf.BaseFont;

/**
 * How many lines OpenPDF breaks a text into within a width, by {@link ChineseSplitCharacter}'s rules and the font's
 * own widths: the same greedy filling its line layout does. JasperReports sizes a cell by the lines the fill measured
 * (Java's line breaking, which also breaks between a number and the character after it); where OpenPDF needs more,
 * its last lines fall outside the cell and are not printed: 市环保局's target 持续下降，≤42微克/立方米 lost its last
 * characters so.
 */
final class OpenPdfLines {

    private OpenPdfLines() {
    }

    static int count(String text, BaseFont font, float size, float width) {
        char[] cc = text.toCharArray();
        int lines = 1;
        int start = 0;
        while (true) {
            float used = 0;
            int lastSplit = -1;
            int i = start;
            for (; i < cc.length; i++) {
                used += font.getWidthPoint(cc[i], size);
                if (used > width && i > start) {
                    break;
                }
                if (ChineseSplitCharacter.INSTANCE.isSplitCharacter(0, i, cc.length, cc, null)) {
                    lastSplit = i;
                }
            }
            if (i >= cc.length) {
                return lines;
            }
            start = (lastSplit >= start ? lastSplit : i - 1) + 1;
            while (start < cc.length && cc[start] == ' ') {
                start++;
            }
            if (start >= cc.length) {
                return lines;
            }
            lines++;
        }
    }
}
