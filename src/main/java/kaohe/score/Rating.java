package kaohe.score;

import java.math.BigDecimal;

/** 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 < 60, on the total as shown (2 decimals). */
public enum Rating {
    优秀(90), 良好(80), 合格(60), 不合格(0);

    private final BigDecimal from;

    Rating(int from) {
        this.from = BigDecimal.valueOf(from);
    }

    /** The lowest total (as shown) that earns this rating. */
    public BigDecimal from() {
        return from;
    }

    public static Rating of(BigDecimal shownTotal) {
        for (Rating rating : values()) {
            if (shownTotal.compareTo(rating.from) >= 0) {
                return rating;
            }
        }
        return 不合格;
    }
}
