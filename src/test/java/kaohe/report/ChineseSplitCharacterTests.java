package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a line of report text may end: OpenPDF's places, less those that would start a line with closing punctuation. */
class ChineseSplitCharacterTests {

    /** The text with a "|" wherever a line may end. */
    private static String breaks(String text) {
        char[] cc = text.toCharArray();
        StringBuilder marked = new StringBuilder();
        for (int i = 0; i < cc.length; i++) {
            marked.append(cc[i]);
            if (i + 1 < cc.length && ChineseSplitCharacter.INSTANCE.isSplitCharacter(0, i, cc.length, cc, null)) {
                marked.append('|');
            }
        }
        return marked.toString();
    }

    @Test
    void aLineMayEndAfterAFullWidthCommaButNotBeforeIt() {
        assertThat(breaks("逐年提高，≥70%")).isEqualTo("逐|年|提|高，|≥70%");
    }

    @Test
    void bracketsAndQuotesStayWithWhatTheyEnclose() {
        assertThat(breaks("全年（同比）。")).isEqualTo("全|年|（同|比）。");
        assertThat(breaks("“鲁班奖”")).isEqualTo("“鲁|班|奖”");
    }

    @Test
    void aNumberIsNeverSplitAtItsPointOrPercent() {
        assertThat(breaks("滞后（40.00%）")).isEqualTo("滞|后|（40.00%）");
        assertThat(breaks("未达到（完成度 88.43%）")).isEqualTo("未|达|到|（完|成|度| |88.43%）");
    }

    @Test
    void numbersKeepTheirUnitAsOpenPdfKeepsThem() {
        assertThat(breaks("2019年底累计≥28家")).isEqualTo("2019年|底|累|计|≥28家");
        assertThat(breaks("2019年底累计≥28家")).isEqualTo(openPdfBreaks("2019年底累计≥28家"));
    }

    private static String openPdfBreaks(String text) {
        char[] cc = text.toCharArray();
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 1 < cc.length; i++) {
            if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(0, i, cc.length, cc, null)) {
                parts.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return String.join("|", parts);
    }
}
