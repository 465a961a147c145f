package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kaohe.plan.PeerGroup;
import kaohe.plan.ReportingUnit;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ratings, ranks with ties, and lights. */
class ScoreShapeTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"100, 优秀", "90.00, 优秀", "89.99, 良好", "80, 良好", "79.99, 合格", "60.00, 合格", "59.99, 不合格", "0, 不合格"})
    void ratingBoundaries(BigDecimal total, Rating rating) {
        assertThat(Rating.of(total)).isEqualTo(rating);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, GREEN", "1.0000, GREEN", "0.9999, AMBER", "0.8, AMBER", "0.7999, RED", "0, RED"})
    void lights(BigDecimal completion, Light light) {
        assertThat(Light.of(completion)).isEqualTo(light);
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<UnitAssessment> units = List.of(unit("330402", "91"), unit("330411", "85.5"), unit("330421", "85.5"),
                unit("330424", "70"), unit("ZJJ", "50"));

        List<RankedUnit> ranked = Ranking.rank(units);

        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4, 1);
        assertThat(ranked).extracting(RankedUnit::rating).containsExactly(Rating.优秀, Rating.良好, Rating.良好, Rating.合格, Rating.不合格);
    }

    @Test
    void totalsThatShowTheSameShareARank() {
        List<RankedUnit> ranked = Ranking.rank(List.of(unit("330402", "85.554"), unit("330411", "85.546")));

        assertThat(ranked).extracting(RankedUnit::shownTotal).extracting(BigDecimal::toPlainString).containsExactly("85.55", "85.55");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 1);
    }

    @Test
    void roundingIsHalfUpAndOnlyForDisplay() {
        assertThat(Exact.shown(new BigDecimal("89.995"), 2)).isEqualTo("90.00");
        assertThat(Rating.of(Exact.rounded(new BigDecimal("89.995"), 2))).isEqualTo(Rating.优秀);
        assertThat(Exact.shown(new BigDecimal("0.99995"), 4)).isEqualTo("1.0000");
    }

    @Test
    void aTotalRestingOnFewerItemsThanThePlansMinimumIsRatedButNotRankedAndDisplacesNoOne() {
        List<UnitAssessment> units = List.of(unit("ZJJ", "70", 34), unit("GTJ", "40", 1), unit("JRB", "90.48", 3), unit("GSJ", "95", 2));

        List<RankedUnit> ranked = Ranking.rank(units, 3);

        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(2, 0, 1, 0);
        assertThat(ranked).extracting(RankedUnit::tooFewItemsToRank).containsExactly(false, true, false, true);
        assertThat(ranked.get(1).rating()).isEqualTo(Rating.不合格);
        assertThat(ranked.get(1).rankText()).isEqualTo("不参与排名（计分项目 1 项，少于 3 项）");
        assertThat(ranked.get(0).rankText()).isEqualTo("2");
    }

    @Test
    void everyRankIsOnePlusThePeersAheadHoweverManyUnitsAndTies() {
        java.util.Random random = new java.util.Random(7);
        List<UnitAssessment> units = java.util.stream.IntStream.range(0, 2000)
                .mapToObj(i -> unit(String.valueOf(900000 + i), (60 + random.nextInt(40)) + "." + random.nextInt(10) + "0"))
                .toList();

        List<RankedUnit> ranked = Ranking.rank(units);

        for (RankedUnit u : ranked) {
            long ahead = ranked.stream().filter(o -> o.shownTotal().compareTo(u.shownTotal()) > 0).count();
            assertThat(u.rank()).as(u.assessment().unit().code().value()).isEqualTo(1 + (int) ahead);
        }
    }

    private static UnitAssessment unit(String code, String total, int counted) {
        PeerGroup group = code.matches("\\d+") ? PeerGroup.COUNTY : PeerGroup.BUREAU;
        List<kaohe.score.ItemScore> items = java.util.stream.IntStream.range(0, counted)
                .mapToObj(i -> new kaohe.score.ItemScore(kaohe.shared.ItemCode.of("X" + i), "x", kaohe.validate.ItemType.INDICATOR,
                        kaohe.plan.TargetKind.AT_LEAST, BigDecimal.ONE, "1", "≥1", BigDecimal.ONE, null, BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE, kaohe.score.ScoreFlag.NONE, "", "", ""))
                .toList();
        return new UnitAssessment(new ReportingUnit(UnitCode.of(code), code, group), items, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, new BigDecimal(total));
    }

    private static UnitAssessment unit(String code, String total) {
        PeerGroup group = code.matches("\\d+") ? PeerGroup.COUNTY : PeerGroup.BUREAU;
        return new UnitAssessment(new ReportingUnit(UnitCode.of(code), code, group), List.of(), BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, new BigDecimal(total));
    }
}
