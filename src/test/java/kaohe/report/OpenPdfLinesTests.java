package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

/** Lines as OpenPDF fills them: the unit report's 目标 column is 66 pt wide and set at 9 pt. */
class OpenPdfLinesTests {

    private static final float TARGET_COLUMN = 66;

    private static int lines(String text) throws Exception {
        BaseFont font = BaseFont.createFont("fonts/NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        return OpenPdfLines.count(text, font, 9, TARGET_COLUMN);
    }

    @Test
    void aShortTargetIsOneLine() throws Exception {
        assertThat(lines("≥95%")).isEqualTo(1);
    }

    @Test
    void aTargetBreaksAfterItsCommaIntoTwoLines() throws Exception {
        assertThat(lines("逐年提高，≥70%")).isEqualTo(2);
    }

    @Test
    void aNumberKeptWithItsUnitCanTakeAThirdLine() throws Exception {
        // 持续下降， / ≤42微克/立 / 方米: no break inside ≤42微 or after the slash, where Java's line breaking finds two lines.
        assertThat(lines("持续下降，≤42微克/立方米")).isEqualTo(3);
    }
}
