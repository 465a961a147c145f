package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadershipChartsTests {

    private static List<ChartImages.Bar> bars(int units) {
        List<ChartImages.Bar> bars = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            bars.add(new ChartImages.Bar("县" + i, BigDecimal.valueOf(100 - i * 0.001)));
        }
        return bars;
    }

    @Test
    void aCityGroupGetsEveryUnitOnAsManyPagesAsItNeeds() {
        List<LeadershipCharts.BarPage> pages = LeadershipCharts.barPages(bars(LeadershipCharts.BARS_PER_PAGE + 1));

        assertThat(pages).extracting(LeadershipCharts.BarPage::heading).containsExactly("", "（续）");
        assertThat(pages).flatExtracting(LeadershipCharts.BarPage::bars).hasSize(LeadershipCharts.BARS_PER_PAGE + 1);
    }

    @Test
    void aGroupOfTenThousandShowsItsTopAndItsBottomOnFourPagesAndSaysSo() {
        List<ChartImages.Bar> all = bars(10_000);

        List<LeadershipCharts.BarPage> pages = LeadershipCharts.barPages(all);

        int shown = LeadershipCharts.MAX_BAR_PAGES / 2 * LeadershipCharts.BARS_PER_PAGE;
        assertThat(pages).hasSize(LeadershipCharts.MAX_BAR_PAGES);
        assertThat(pages.get(0).bars().get(0)).isEqualTo(all.get(0));
        assertThat(pages.get(pages.size() - 1).bars()).last().isEqualTo(all.get(all.size() - 1));
        assertThat(pages).extracting(LeadershipCharts.BarPage::heading)
                .containsExactly("（前 " + shown + " 名；本组共 10000 个单位，全部名次见排名附件）", "（前 " + shown + " 名，续）",
                        "（最后 " + shown + " 个；本组共 10000 个单位）", "（最后 " + shown + " 个，续）");
    }
}
