package kaohe.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Breaks Chinese running text into lines the way a typesetter would (避头尾): no line starts with closing punctuation
 * and none ends with opening punctuation, and a number such as 73.08 or a Latin word is never split. The 通报 in
 * leadership.pdf is set from these lines, one line per row of the 22-line grid, because JasperReports breaks lines
 * wherever the width runs out, "。" and "）" included.
 */
final class ChineseLines {

    /** Characters that may not start a line. */
    static final String NO_START = "。，、；：？！）》」』〕】〉”’…—·．％‰,.;:?!)]}%";
    /** Characters that may not end a line. */
    static final String NO_END = "（《「『〔【〈“‘([{";

    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Font font;

    ChineseLines(String resource, float size) {
        this.font = FONTS.computeIfAbsent(resource, ChineseLines::load).deriveFont(size);
    }

    private static Font load(String resource) {
        System.setProperty("java.awt.headless", "true");
        try (InputStream in = ChineseLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The advance of {@code text} in points. */
    double width(String text) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** {@code paragraph} in lines no wider than {@code width} points; a paragraph that is empty is one empty line. */
    List<String> lines(String paragraph, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String unit : units(paragraph)) {
            if (line.length() > 0 && width(line + unit) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (width(unit) > width) {
                // A run no line can hold (a long code): broken by characters, since it cannot be kept whole.
                for (char c : unit.toCharArray()) {
                    if (line.length() > 0 && width(line.toString() + c) > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(c);
                }
            } else {
                line.append(unit);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The text cut where a line may break: each Chinese character alone, a run of digits and Latin letters (with the
     * . and % inside a number) whole, closing punctuation joined to what it follows and opening punctuation to what
     * it precedes.
     */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder pendingOpen = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (isWordChar(c)) {
                while (end < text.length() && (isWordChar(text.charAt(end))
                        || (".%".indexOf(text.charAt(end)) >= 0 && end + 1 <= text.length() && isNumberTail(text, end)))) {
                    end++;
                }
            }
            String unit = text.substring(i, end);
            i = end;
            if (NO_END.indexOf(c) >= 0) {
                pendingOpen.append(unit);
            } else if (NO_START.indexOf(c) >= 0 && pendingOpen.length() == 0 && !units.isEmpty()) {
                units.set(units.size() - 1, units.get(units.size() - 1) + unit);
            } else {
                units.add(pendingOpen + unit);
                pendingOpen.setLength(0);
            }
        }
        if (pendingOpen.length() > 0) {
            units.add(pendingOpen.toString());
        }
        return units;
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** A "." followed by a digit, or a "%" right after a number, stays in the number. */
    private static boolean isNumberTail(String text, int at) {
        char c = text.charAt(at);
        if (c == '%') {
            return true;
        }
        return at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    }
}
