package kaohe.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Scoring arithmetic: decimals throughout, divisions to 34 significant digits (IEEE decimal128), and
 * rounding half-up only when a number is shown (completion 4 places, scores and totals 2).
 */
public final class Exact {

    public static final MathContext CONTEXT = MathContext.DECIMAL128;

    private Exact() {
    }

    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, CONTEXT);
    }

    public static BigDecimal min1(BigDecimal value) {
        return value.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : value;
    }

    public static String shown(BigDecimal value, int places) {
        return value == null ? "" : value.setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    public static BigDecimal rounded(BigDecimal value, int places) {
        return value.setScale(places, RoundingMode.HALF_UP);
    }
}
