package kaohe.report;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where OpenPDF may break a line of a report's text: where it would anyway (after a space, a hyphen or a Chinese
 * character), except before closing punctuation or after opening punctuation (避头尾), and also after Chinese closing
 * punctuation. OpenPDF breaks after any Chinese character and never after a full-width comma, so a target of
 * 逐年提高，≥70% too wide for its column came out as 逐年提高 / ，≥70%. Numbers and their units keep OpenPDF's own
 * rules: JasperReports' line-break policy would split 2019年底累计≥28家 before 家.
 */
final class ChineseSplitCharacter implements SplitCharacter {

    static final ChineseSplitCharacter INSTANCE = new ChineseSplitCharacter();

    private ChineseSplitCharacter() {
    }

    /** Whether a line may end after the character at {@code current}. */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = character(current, cc, ck);
        if (current + 1 < end && ChineseLines.NO_START.indexOf(character(current + 1, cc, ck)) >= 0) {
            return false;
        }
        if (ChineseLines.NO_END.indexOf(c) >= 0) {
            return false;
        }
        // After Chinese closing punctuation a line may end; after "." or "%" it may not, or 40.00% would be split.
        return (c > 0x7f && ChineseLines.NO_START.indexOf(c) >= 0)
                || DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
    }

    /** The text's character at {@code index}, as OpenPDF's own rule reads it. */
    private static char character(int index, char[] cc, PdfChunk[] ck) {
        return ck == null ? cc[index] : (char) ck[Math.min(index, ck.length - 1)].getUnicodeEquivalent(cc[index]);
    }
}
