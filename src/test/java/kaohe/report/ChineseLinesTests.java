package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines of the 通报 broken as a typesetter would: 避头尾, numbers whole, nothing lost. */
class ChineseLinesTests {

    private static final ChineseLines BODY = new ChineseLines("fonts/LXGWWenKai-Regular.ttf", 15.75f);
    /** 28 characters of the body size. */
    private static final double LINE = 28 * 15.75 + 0.5;

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        Random random = new Random(7);
        String pieces = "考核结果良好不合格单位。，、；：）》”（《“0123.45%";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, length = 20 + random.nextInt(120); i < length; i++) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            List<String> lines = BODY.lines(text.toString(), LINE);
            assertThat(String.join("", lines)).as("nothing lost or added").isEqualTo(text.toString());
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertThat(BODY.width(line)).as("fits the line").isLessThanOrEqualTo(LINE);
                if (i > 0 && !lines.get(i - 1).isEmpty() && !line.isEmpty()) {
                    // A line that is nothing but punctuation would have to start with some: only when the text is.
                    boolean allPunctuation = line.chars().allMatch(c -> ChineseLines.NO_START.indexOf(c) >= 0);
                    if (!allPunctuation) {
                        assertThat(ChineseLines.NO_START.indexOf(line.charAt(0))).as("line %d starts with %s", i, line).isNegative();
                    }
                }
                if (i < lines.size() - 1 && !line.isEmpty()) {
                    assertThat(ChineseLines.NO_END.indexOf(line.charAt(line.length() - 1))).as("line %d ends with %s", i, line).isNegative();
                }
            }
        }
    }

    @Test
    void aNumberIsNeverSplitAcrossLines() {
        String text = "后三名为嘉善县（87.18分）、南湖区（85.05分）、秀洲区（84.37分），市级部门后三名为嘉兴检验检疫局（73.08分）、市财政局（64.00分）。";
        for (double width = 8 * 15.75; width <= LINE; width += 3) {
            for (String line : BODY.lines(text, width)) {
                assertThat(line).as("at width %.0f", width).doesNotStartWith(".").doesNotMatch("^\\d{1,2}\\.\\d{2}分.*").doesNotMatch(".*\\d\\.$");
            }
        }
        assertThat(ChineseLines.units("完成度73.08%。")).containsExactly("完", "成", "度", "73.08%。");
    }

    @Test
    void aFullLineHoldsTwentyEightCharacters() {
        String text = "各单位要对照本单位的滞后项目逐项分析原因明确整改措施和完成时限确保完成年度目标任务各单位要严格报送纪律";
        assertThat(BODY.lines(text, LINE).get(0)).hasSize(28);
    }
}
