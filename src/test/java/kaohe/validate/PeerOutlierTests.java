package kaohe.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PeerOutlierTests {

    @Test
    void aCountyFarBelowFourCloseTogetherIsAnOutlier() {
        PeerOutlier.Score score = PeerOutlier.of(new BigDecimal("30"), decimals("95", "94", "96", "93", "30")).orElseThrow();

        assertThat(score.median()).isEqualByComparingTo("94");
        assertThat(score.mad()).isEqualByComparingTo("1");
        assertThat(score.isOutlier()).isTrue();
    }

    @Test
    void peersWithoutSpreadSayNothing() {
        assertThat(PeerOutlier.of(new BigDecimal("7"), decimals("5", "5", "5", "5", "7"))).isEmpty();
    }

    /** The MAD found by rank must be what sorting the deviations gives: ties, even counts and groups of hundreds included. */
    @Test
    void theSortedFormAgreesWithTheDefinitionOnRandomGroups() {
        Random random = new Random(20261202);
        for (int round = 0; round < 2000; round++) {
            int n = 5 + random.nextInt(round % 10 == 0 ? 600 : 40);
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(BigDecimal.valueOf(random.nextInt(round % 2 == 0 ? 8 : 1000), random.nextInt(3)));
            }
            BigDecimal value = values.get(random.nextInt(n));

            Optional<PeerOutlier.Score> fast = PeerOutlier.ofSorted(value, values.stream().sorted().toList());

            Optional<PeerOutlier.Score> definition = byDefinition(value, values);
            assertThat(fast.isPresent()).as("%s in %s", value, values).isEqualTo(definition.isPresent());
            definition.ifPresent(d -> {
                assertThat(fast.get().median()).isEqualByComparingTo(d.median());
                assertThat(fast.get().mad()).as("%s", values).isEqualByComparingTo(d.mad());
                assertThat(fast.get().m()).isEqualByComparingTo(d.m());
            });
        }
    }

    private static Optional<PeerOutlier.Score> byDefinition(BigDecimal value, List<BigDecimal> values) {
        BigDecimal median = middle(values.stream().sorted().toList());
        BigDecimal mad = middle(values.stream().map(v -> v.subtract(median).abs()).sorted().toList());
        if (mad.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new PeerOutlier.Score(new BigDecimal("0.6745").multiply(value.subtract(median)).divide(mad, MathContext.DECIMAL64),
                median, mad));
    }

    private static BigDecimal middle(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
