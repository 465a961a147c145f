package kaohe.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import kaohe.shared.Decimals;

/**
 * An indicator reported as its numerator and denominator rather than a finished number (indicators.csv {@code ratio},
 * {@code per}): 004's "出口商品遭境外通报比率（通报次数/出口批次）", 每万人拥有公共汽车 (标台 / 万人). The unit's value is
 * numerator ÷ denominator × per; a higher level's is the ratio of the sums, not the mean of the ratios.
 *
 * @param numerator   what the numerator counts, as the template asks for it (通报次数)
 * @param denominator what the denominator counts (出口批次)
 * @param per         the scale: 100 for a percentage, 1000 for 每千人 over people, 1 for a plain ratio
 */
public record Ratio(String numerator, String denominator, BigDecimal per) {

    /** Stored values hold 6 decimals; a ratio is cut to what is stored, so what is shown is what is scored. */
    public static final int SCALE = 6;

    public Ratio {
        per = Decimals.canonical(per);
    }

    /** {@code 通报次数/出口批次}: two names around one slash; empty when the text is not that. */
    static Optional<Ratio> parse(String text, BigDecimal per) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Ratio(parts[0].trim(), parts[1].trim(), per));
    }

    /** numerator ÷ denominator × per, to {@value #SCALE} places; the denominator is not 0. */
    public BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
        return Decimals.canonical(numerator.multiply(per).divide(denominator, MathContext.DECIMAL128).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** As the plan file writes it. */
    public String text() {
        return numerator + "/" + denominator;
    }

    /** "通报次数 3 ÷ 出口批次 400 × 100", for the rule that shows how a value was worked out. */
    public String formula(BigDecimal numeratorValue, BigDecimal denominatorValue) {
        return numerator + " " + Decimals.plain(numeratorValue) + " ÷ " + denominator + " " + Decimals.plain(denominatorValue)
                + (per.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + Decimals.plain(per));
    }
}
