package kaohe.score;

import java.math.BigDecimal;

/** Progress light of an item: green when complete, amber from 80%, red below (滞后预警). */
public enum Light {
    GREEN, AMBER, RED;

    private static final BigDecimal AMBER_FROM = new BigDecimal("0.8");

    public static Light of(BigDecimal completion) {
        if (completion.compareTo(BigDecimal.ONE) >= 0) {
            return GREEN;
        }
        return completion.compareTo(AMBER_FROM) >= 0 ? AMBER : RED;
    }

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
