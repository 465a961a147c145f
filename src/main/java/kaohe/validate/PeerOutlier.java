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
        return medianOfSorted(values.stream().sorted().toList());
    }

    /** {@code peers} are the values of the same item and period of every unit of the peer group, this one included. */
    public static Optional<Score> of(BigDecimal value, List<BigDecimal> peers) {
        return ofSorted(value, peers.stream().sorted().toList());
    }

    /**
     * {@link #of} for peers already in ascending order: no sort, and the MAD is found by walking outwards
     * from the median, so a group of thousands costs a pass over half of it (ingest asks this per value).
     */
    public static Optional<Score> ofSorted(BigDecimal value, List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n < 5) {
            return Optional.empty();
        }
        BigDecimal median = medianOfSorted(sorted);
        BigDecimal mad = medianDeviation(sorted, median);
        if (mad.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal m = K.multiply(value.subtract(median)).divide(mad, MathContext.DECIMAL64);
        return Optional.of(new Score(m, median, mad));
    }

    private static BigDecimal medianOfSorted(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    /**
     * The median of |v − median|. Below the median the deviations grow leftwards, from it they grow
     * rightwards: merging the two runs from the middle yields them in order.
     */
    private static BigDecimal medianDeviation(List<BigDecimal> sorted, BigDecimal median) {
        int n = sorted.size();
        int right = 0;
        while (right < n && sorted.get(right).compareTo(median) < 0) {
            right++;
        }
        int left = right - 1;
        BigDecimal previous = null;
        BigDecimal current = null;
        for (int rank = 0; rank <= n / 2; rank++) {
            BigDecimal below = left >= 0 ? median.subtract(sorted.get(left)) : null;
            BigDecimal above = right < n ? sorted.get(right).subtract(median) : null;
            previous = current;
            if (above == null || (below != null && below.compareTo(above) < 0)) {
                current = below;
                left--;
            } else {
                current = above;
                right++;
            }
        }
        return n % 2 == 1 ? current : previous.add(current).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }
}
