package kaohe.plan;

import java.util.Optional;

/**
 * A target on the whole (indicators.csv {@code whole}): the plan's number is the mean or the sum of what the county-level
 * units report, judged for the lead unit, whose own line is the area's (全市/全省). 003's "11个设区城市细颗粒物(PM2.5)
 * 平均浓度…控制在43" is a mean over the cities, not a number each city must meet; "全省公路密度达到119.8" is the
 * province's kilometres over the province's area, a ratio of the cities' sums.
 */
public enum Aggregate {
    MEAN("mean", "平均"), SUM("sum", "合计"),
    /** For a ratio: the sum of the numerators over the sum of the denominators, never the mean of the ratios. */
    RATIO("ratio", "分子分母合计");

    private final String code;
    private final String word;

    Aggregate(String code, String word) {
        this.code = code;
        this.word = word;
    }

    public String code() {
        return code;
    }

    /** 平均 or 合计, as reports say it. */
    public String word() {
        return word;
    }

    static Optional<Aggregate> parse(String text) {
        for (Aggregate a : values()) {
            if (a.code.equals(text)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
