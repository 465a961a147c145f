package kaohe.shared;

import java.math.BigDecimal;

/**
 * Exact decimals in one canonical form, so that 95, 95.0 and 95.000000 (as a database returns it)
 * are the same value under {@code equals}. Nothing here rounds.
 */
public final class Decimals {

    private Decimals() {
    }

    /** The value without trailing zeros; null stays null. */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Parses plain decimal text (no exponent, no grouping); throws NumberFormatException otherwise. */
    public static BigDecimal parse(String text) {
        String t = text.trim();
        if (!t.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException("not a plain decimal: " + text);
        }
        return canonical(new BigDecimal(t));
    }

    public static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
