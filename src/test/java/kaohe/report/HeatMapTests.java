package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kaohe.plan.PeerGroup;
import kaohe.plan.ReportingUnit;
import kaohe.score.RankedUnit;
import kaohe.score.UnitAssessment;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;

/** A province's heat map must fit a page: beyond 30 counties it shows the lowest-ranked ones. */
class HeatMapTests {

    @Test
    void aCityShowsEveryCountyInRankOrderAsGiven() {
        List<RankedUnit> counties = counties(7);

        assertThat(HeatMap.shown(counties)).isEqualTo(counties);
    }

    @Test
    void aProvinceShowsTheThirtyLowestRankedWithUnrankedCountiesFirst() {
        List<RankedUnit> counties = new ArrayList<>(counties(100));
        counties.set(4, new RankedUnit(counties.get(4).assessment(), null, null, 0));

        List<RankedUnit> shown = HeatMap.shown(counties);

        assertThat(shown).hasSize(HeatMap.MAX_COUNTIES);
        assertThat(shown.get(0).rank()).as("no total: counted lowest").isZero();
        assertThat(shown.get(1).rank()).isEqualTo(100);
        assertThat(shown.get(29).rank()).isEqualTo(72);
    }

    private static List<RankedUnit> counties(int count) {
        List<RankedUnit> units = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ReportingUnit unit = new ReportingUnit(UnitCode.of(String.valueOf(990000 + i)), "县" + i, PeerGroup.COUNTY);
            BigDecimal total = BigDecimal.valueOf(100 - i);
            units.add(new RankedUnit(new UnitAssessment(unit, List.of(), BigDecimal.TEN, total, BigDecimal.ZERO, total), total, null, i));
        }
        return units;
    }
}
