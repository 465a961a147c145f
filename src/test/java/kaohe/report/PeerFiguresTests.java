package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kaohe.plan.PeerGroup;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;

/** Earlier ranks and medians, worked out once per period: competition ranks within each peer group, as shown (2 decimals). */
class PeerFiguresTests {

    @Test
    void earlierRanksAreCompetitionRanksWithinEachPeerGroupOnTheShownTotals() {
        PeriodReportData now = ReportSamples.period();
        Period before = Period.of("2019Q1");
        PeriodReportData data = new PeriodReportData(now.plan(), now.period(), now.units(), Map.of(before, Map.of(
                UnitCode.of("330402"), new BigDecimal("90.004"), UnitCode.of("330411"), new BigDecimal("90.001"),
                UnitCode.of("330421"), new BigDecimal("95"), UnitCode.of("330424"), new BigDecimal("80"),
                UnitCode.of("ZJJ"), new BigDecimal("70"))), List.of(), List.of(), List.of());

        PeerFigures figures = PeerFigures.of(data);

        assertThat(figures.rankIn(before, UnitCode.of("330421"))).hasValue(1L);
        assertThat(figures.rankIn(before, UnitCode.of("330402"))).as("90.00 and 90.00 as shown: a tie").hasValue(2L);
        assertThat(figures.rankIn(before, UnitCode.of("330411"))).hasValue(2L);
        assertThat(figures.rankIn(before, UnitCode.of("330424"))).hasValue(4L);
        assertThat(figures.rankIn(before, UnitCode.of("ZJJ"))).as("a bureau ranks among bureaus").hasValue(1L);
        assertThat(figures.rankIn(before, UnitCode.of("330481"))).as("no total then").isEmpty();
        assertThat(figures.median(PeerGroup.COUNTY)).isPresent();
    }
}
