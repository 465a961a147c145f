package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;

class EarlierReturnsTests {

    private static final Period Q1 = Period.of("2019Q1");
    private static final Period Q2 = Period.of("2019Q2");
    private static final Period Q3 = Period.of("2019Q3");
    private static final UnitCode NANHU = UnitCode.of("330402");
    private static final UnitCode XIUZHOU = UnitCode.of("330411");

    private final List<String> reads = new ArrayList<>();
    private final EarlierReturns earlier = new EarlierReturns(plan -> {
        reads.add(plan);
        return "jiaxing".equals(plan) ? Map.of("330402", "2019Q2") : Map.of();
    });

    @Test
    void onlyAUnitWithAnAcceptedReturnOfAnEarlierQuarterMayHaveHistory() {
        assertThat(earlier.mayHaveBefore("jiaxing", NANHU, Q3)).isTrue();
        assertThat(earlier.mayHaveBefore("jiaxing", NANHU, Q2)).as("its first quarter has nothing before it").isFalse();
        assertThat(earlier.mayHaveBefore("jiaxing", NANHU, Q1)).isFalse();
        assertThat(earlier.mayHaveBefore("jiaxing", XIUZHOU, Q3)).as("a unit that never reported").isFalse();
        assertThat(earlier.mayHaveBefore("province", NANHU, Q3)).as("another plan's returns are not its history").isFalse();
        assertThat(reads).as("each plan read once a run").containsExactly("jiaxing", "province");
    }

    @Test
    void aReturnAcceptedDuringTheRunIsHistoryForTheUnitsLaterQuarters() {
        earlier.note("jiaxing", XIUZHOU, Q2);

        assertThat(earlier.mayHaveBefore("jiaxing", XIUZHOU, Q3)).isTrue();
        assertThat(earlier.mayHaveBefore("jiaxing", XIUZHOU, Q2)).isFalse();

        earlier.note("jiaxing", NANHU, Q1);
        assertThat(earlier.mayHaveBefore("jiaxing", NANHU, Q2)).as("an earlier quarter than the database knew").isTrue();
    }

    @Test
    void quartersCompareInTimeOrderAcrossYears() {
        earlier.note("jiaxing", XIUZHOU, Period.of("2018Q4"));

        assertThat(earlier.mayHaveBefore("jiaxing", XIUZHOU, Q1)).isTrue();
        assertThat(earlier.mayHaveBefore("jiaxing", XIUZHOU, Period.of("2018Q3"))).isFalse();
    }
}
