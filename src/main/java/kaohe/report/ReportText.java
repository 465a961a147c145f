package kaohe.report;

import java.math.BigDecimal;
import kaohe.score.Exact;
import kaohe.score.ItemScore;
import kaohe.score.Light;
import kaohe.score.RankedUnit;
import kaohe.score.ScoreFlag;
import kaohe.shared.Decimals;

/** How numbers and states read in the reports. */
final class ReportText {

    private ReportText() {
    }

    /** The completion as a percentage to 2 places: the 4-place completion the light is judged on, so they agree. */
    static String percent(BigDecimal completion) {
        return completion == null ? "—" : Exact.shown(completion.multiply(BigDecimal.valueOf(100)), 2) + "%";
    }

    static String total(RankedUnit unit) {
        return unit.shownTotal() == null ? "—" : unit.shownTotal().toPlainString();
    }

    /**
     * The item's name, marked when it is a criterion of a national checklist (004's 示范城市 criteria)
     * rather than a target the plan itself sets, so nobody reads it as a city-plan commitment.
     */
    static final String CHECKLIST_MARK = "〔示范城市指标〕";

    static String name(kaohe.plan.Plan plan, ItemScore item) {
        boolean checklist = plan.indicator(item.item()).map(i -> plan.isChecklist(i.category())).orElse(false);
        return checklist ? item.name() + CHECKLIST_MARK : item.name();
    }

    /** The rating, marked when it comes from a 一票否决 rather than the total. */
    static String rating(RankedUnit unit) {
        if (unit.rating() == null) {
            return "—";
        }
        return unit.rating().name() + (unit.assessment().veto().isPresent() ? "（一票否决）" : "");
    }

    /** The unit's light by rating: 优秀 and 良好 green, 合格 amber, 不合格 red. */
    static String light(RankedUnit u) {
        if (u.rating() == null) {
            return "";
        }
        return switch (u.rating()) {
            case 优秀, 良好 -> "green";
            case 合格 -> "amber";
            case 不合格 -> "red";
        };
    }

    /** The rating bands, as every report states them. */
    static final String RATING_BANDS = ratingBands();

    /** From Rating's own thresholds, so the stated bands cannot drift from the ones applied. */
    private static String ratingBands() {
        kaohe.score.Rating[] ratings = kaohe.score.Rating.values();
        StringBuilder text = new StringBuilder("等级按总分（保留两位小数）评定：");
        for (int i = 0; i < ratings.length; i++) {
            BigDecimal from = ratings[i].from();
            if (i == 0) {
                text.append(ratings[i].name()).append(" ≥ ").append(from).append(" 分，");
            } else if (i == ratings.length - 1) {
                text.append(ratings[i].name()).append(" < ").append(ratings[i - 1].from()).append(" 分；");
            } else {
                text.append(ratings[i].name()).append(" ").append(from).append("～")
                        .append(ratings[i - 1].from().subtract(new BigDecimal("0.01"))).append(" 分，");
            }
        }
        return text.append("一票否决的为不合格。").toString();
    }

    static String light(ItemScore item) {
        return item.light() == null ? "" : item.light().text();
    }

    /**
     * 达标 / 接近目标 / 滞后, or why the item is not scored normally. Lateness belongs to the return, not
     * the item: the data-quality notes and the submission table say it once.
     */
    static String state(ItemScore item) {
        return switch (item.flag()) {
            case NOT_DUE -> "本期不考核";
            case NOT_APPLICABLE -> "不适用";
            case NOT_REPORTED -> "未报送";
            case REJECTED -> "报表退回";
            case ALTERNATIVE -> "另一选项已计分";
            case NONE, LATE -> lightWord(item.light());
        };
    }

    static String lightWord(Light light) {
        return switch (light) {
            case GREEN -> "达标";
            case AMBER -> "接近目标";
            case RED -> "滞后";
        };
    }

    static String score(ItemScore item) {
        return (item.score() == null ? "—" : Exact.shown(item.score(), 2)) + " / " + Decimals.plain(item.weight());
    }
}
