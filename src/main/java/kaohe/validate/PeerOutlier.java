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
     * {@link #of} for peers already in ascending order: no sort, no copy, and median and MAD found by rank, so a
     * group of thousands costs a few dozen comparisons (ingest asks this per value).
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
     * The median of |v − median|, by rank, in O(log n): below the median the deviations grow leftwards, from it they
     * grow rightwards, so they are two ascending runs, and the k-th smallest of two ascending runs is found by halving
     * (ingest asks this for every value of every return, against every peer's value).
     */
    private static BigDecimal medianDeviation(List<BigDecimal> sorted, BigDecimal median) {
        int n = sorted.size();
        int split = firstNotBelow(sorted, median);
        BigDecimal upper = kthDeviation(sorted, median, split, n / 2);
        return n % 2 == 1 ? upper
                : kthDeviation(sorted, median, split, n / 2 - 1).add(upper).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static int firstNotBelow(List<BigDecimal> sorted, BigDecimal value) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).compareTo(value) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The deviation of rank {@code k} (0-based) among |v − median|: the run above the median is
     * {@code sorted[split + j] − median}, the run below {@code median − sorted[split − 1 − j]}, both ascending in j.
     * Takes i from the run above and k + 1 − i from below, with i halved until both runs' last taken is at most the
     * other's first left.
     */
    private static BigDecimal kthDeviation(List<BigDecimal> sorted, BigDecimal median, int split, int k) {
        int above = sorted.size() - split;
        int below = split;
        int low = Math.max(0, k + 1 - below);
        int high = Math.min(k + 1, above);
        while (true) {
            int i = (low + high) >>> 1;
            int j = k + 1 - i;
            BigDecimal lastAbove = i > 0 ? sorted.get(split + i - 1).subtract(median) : null;
            BigDecimal firstAboveLeft = i < above ? sorted.get(split + i).subtract(median) : null;
            BigDecimal lastBelow = j > 0 ? median.subtract(sorted.get(split - j)) : null;
            BigDecimal firstBelowLeft = j < below ? median.subtract(sorted.get(split - j - 1)) : null;
            if (lastAbove != null && firstBelowLeft != null && lastAbove.compareTo(firstBelowLeft) > 0) {
                high = i - 1;
            } else if (lastBelow != null && firstAboveLeft != null && lastBelow.compareTo(firstAboveLeft) > 0) {
                low = i + 1;
            } else {
                return lastAbove == null ? lastBelow : lastBelow == null ? lastAbove : lastAbove.max(lastBelow);
            }
        }
    }
}
