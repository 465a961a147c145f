package kaohe.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * A value far from its peers' (异常值): the modified z-score M = 0.6745 (x − median) ÷ MAD of Iglewicz and
 * Hoaglin, as DHIS2's outlier analysis uses; |M| above 3.5 is an outlier. It needs at least five peer
 * values and a spread among them (MAD > 0), else nothing is said.
 */
public final class PeerOutlier {

    public static final BigDecimal THRESHOLD = new BigDecimal("3.5");
    private static final BigDecimal K = new BigDecimal("0.6745");

    /** The score and the median it rests on. */
    public record Score(BigDecimal m, BigDecimal median, BigDecimal mad) {
        public boolean isOutlier() {
            return m.abs().compareTo(THRESHOLD) > 0;
        }
    }

    private PeerOutlier() {
    }

    public static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    /** {@code peers} are the values of the same item and period of every unit of the peer group, this one included. */
    public static Optional<Score> of(BigDecimal value, List<BigDecimal> peers) {
        if (peers.size() < 5) {
            return Optional.empty();
        }
        BigDecimal median = median(peers);
        BigDecimal mad = median(peers.stream().map(v -> v.subtract(median).abs()).toList());
        if (mad.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal m = K.multiply(value.subtract(median)).divide(mad, MathContext.DECIMAL64);
        return Optional.of(new Score(m, median, mad));
    }
}
