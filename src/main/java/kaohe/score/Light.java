package kaohe.score;

import java.math.BigDecimal;

/** Progress light of an item: green when complete, amber from 80%, red below (滞后预警). */
public enum Light {
    GREEN("绿灯"), AMBER("黄灯"), RED("红灯");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    /** 绿灯, 黄灯, 红灯: the word readers see; {@link #text()} is the code. */
    public String label() {
        return label;
    }

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
