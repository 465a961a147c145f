package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kaohe.plan.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each target kind at, just above and just below its target (PRODUCT.md, "Target kinds"). */
class CompletionTests {

    @ParameterizedTest(name = "达到{1}以上, actual {0} -> {2}")
    @CsvSource({
            "95,    95, 1.0000",
            "95.1,  95, 1.0000",
            "94.9,  95, 0.9989",
            "0,     95, 0.0000",
            "3,     0,  1.0000"})
    void atLeast(BigDecimal actual, BigDecimal target, String completion) {
        assertThat(Exact.shown(Completion.atLeast(actual, target), 4)).isEqualTo(completion);
    }

    @ParameterizedTest(name = "控制在{1}以内, actual {0} -> {2}")
    @CsvSource({
            "42,    42, 1.0000",
            "41.9,  42, 1.0000",
            "42.1,  42, 0.9976",
            "84,    42, 0.5000",
            "0,     42, 1.0000"})
    void atMost(BigDecimal actual, BigDecimal ceiling, String completion) {
        assertThat(Exact.shown(Completion.atMost(actual, ceiling), 4)).isEqualTo(completion);
    }

    @ParameterizedTest(name = "0次, actual {0} -> {1}")
    @CsvSource({"0, 1", "1, 0", "0.5, 0"})
    void zero(BigDecimal actual, int completion) {
        assertThat(Completion.zero(actual)).isEqualByComparingTo(BigDecimal.valueOf(completion));
    }

    @ParameterizedTest(name = "前{1}位, rank {0} -> {2}")
    @CsvSource({"10, 10, 1", "9, 10, 1", "11, 10, 0", "1, 10, 1"})
    void rankWithin(BigDecimal rank, BigDecimal n, int completion) {
        assertThat(Completion.rankWithin(rank, n)).isEqualByComparingTo(BigDecimal.valueOf(completion));
    }

    @ParameterizedTest(name = "{2} reference {1}, actual {0} -> {3}")
    @CsvSource({
            "0.29, 0.30, BELOW, 1",
            "0.30, 0.30, BELOW, 0",
            "0.31, 0.30, BELOW, 0",
            "0.31, 0.30, ABOVE, 1",
            "0.30, 0.30, ABOVE, 0"})
    void versusReference(BigDecimal actual, BigDecimal reference, Direction direction, int completion) {
        assertThat(Completion.versusReference(actual, reference, direction)).isEqualByComparingTo(BigDecimal.valueOf(completion));
    }

    @ParameterizedTest(name = "{0} of {1} steps -> {2}")
    @CsvSource({"3, 3, 1.0000", "2, 3, 0.6667", "0, 3, 0.0000"})
    void trend(int right, int span, String completion) {
        assertThat(Exact.shown(Completion.trend(right, span), 4)).isEqualTo(completion);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"已完成, 1", "按进度推进, 0.8", "滞后, 0.4", "未启动, 0"})
    void milestone(String status, BigDecimal completion) {
        assertThat(Milestone.completion(status)).isEqualByComparingTo(completion);
    }

    @ParameterizedTest(name = "weight {0}, shortfall {1}, {2} per {3} -> {4}")
    @CsvSource({
            "3, 0,   1, 1,   3",
            "3, 0.5, 1, 1,   2",
            "3, 1,   1, 1,   2",
            "3, 1.1, 1, 1,   1",
            "3, 10,  1, 1,   0",
            "2, 3,   0.5, 2, 1"})
    void deductionTakesPointsPerStartedStepAndStopsAtZero(BigDecimal weight, BigDecimal shortfall, BigDecimal points,
                                                          BigDecimal step, BigDecimal score) {
        assertThat(DeductionScore.score(weight, shortfall, new kaohe.plan.Deduction(points, step))).isEqualByComparingTo(score);
    }
}
