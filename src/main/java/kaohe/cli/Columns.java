package kaohe.cli;

/**
 * Pads text to a width in terminal columns: a Chinese character takes two, so columns of unit names line up
 * where {@code %-10s} (which counts characters) lets them drift.
 */
final class Columns {

    private Columns() {
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** {@code text} followed by spaces up to {@code columns} columns (never cut). */
    static String left(String text, int columns) {
        String t = text == null ? "" : text;
        return t + " ".repeat(Math.max(0, columns - width(t)));
    }

    /** Spaces, then {@code text}, to {@code columns} columns. */
    static String right(String text, int columns) {
        String t = text == null ? "" : text;
        return " ".repeat(Math.max(0, columns - width(t))) + t;
    }

    /** East Asian wide and full-width forms (Unicode's EastAsianWidth W and F), the ranges a return's text uses. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3040 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
