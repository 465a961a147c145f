package kaohe.report;

import java.math.BigDecimal;
import java.util.Comparator;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.score.Exact;
import kaohe.score.ItemScore;
import kaohe.score.ScoreFlag;
import kaohe.shared.Decimals;
import kaohe.validate.ItemType;

/**
 * How far an item is from its target, said in the item's own terms: 差 13.3 个百分点, 还需 2 家, 需降低
 * 0.5‰, 需前进 3 位; for a task, its reported status. A completion percentage says none of that to a 局长.
 */
final class ItemGap {

    /** Furthest behind first: lowest completion, then items with none (not reported), then by code. */
    static final Comparator<ItemScore> FURTHEST_BEHIND = Comparator
            .comparing((ItemScore i) -> i.completion() == null ? BigDecimal.valueOf(-1) : i.completion())
            .thenComparing(i -> i.item().value());

    private ItemGap() {
    }

    /** The gap where a counted item falls short of its target (a yellow or red light); otherwise its state (达标, 不适用 …). */
    static String orState(Plan plan, ItemScore item) {
        return whereShort(plan, item).orElseGet(() -> ReportText.state(item));
    }

    /** The gap of a counted item with a yellow or red light; empty for one that meets its target or does not count. */
    static java.util.Optional<String> whereShort(Plan plan, ItemScore item) {
        boolean falls = item.counts() && item.light() != null && item.light() != kaohe.score.Light.GREEN;
        return falls ? java.util.Optional.of(of(plan, item)) : java.util.Optional.empty();
    }

    static String of(Plan plan, ItemScore item) {
        if (item.flag() == ScoreFlag.NOT_REPORTED || item.flag() == ScoreFlag.REJECTED) {
            return "未报送，按 0 分计";
        }
        if (item.type() == ItemType.TASK) {
            return "按进度推进".equals(item.valueText()) ? "尚未完成" : "应按进度推进";
        }
        String unit = plan.indicator(item.item()).map(ItemGap::unitWord).orElse("");
        boolean count = plan.indicator(item.item()).map(Indicator::isCount).orElse(false);
        BigDecimal reference = item.expected() != null ? item.expected() : item.target();
        if (item.value() == null || reference == null) {
            return switch (item.kind()) {
                case TREND -> "未比上年提高";
                default -> "完成度 " + ReportText.percent(item.completion());
            };
        }
        String against = item.expected() != null ? "（序时进度 " + amount(item.expected()) + "）" : "";
        BigDecimal gap = switch (item.kind()) {
            case AT_MOST, RANK_WITHIN, RANK_FRONT -> item.value().subtract(reference);
            case ZERO -> item.value();
            default -> reference.subtract(item.value());
        };
        if (gap.signum() <= 0) {
            return "已达到" + against;
        }
        String size = amount(gap);
        return switch (item.kind()) {
            case AT_MOST -> "需降低 " + size + unit;
            case RANK_WITHIN, RANK_FRONT -> "需前进 " + size + " 位";
            case ZERO -> "目标为 0，实为 " + size + unit;
            case VS_REFERENCE -> "与参照值差 " + size + unit;
            default -> count ? "还需 " + size + unit + against : "差 " + size + unit + against;
        };
    }

    /** "%" reads as 个百分点 in a gap: 81.7% against 95% is 13.3 percentage points short. */
    private static String unitWord(Indicator indicator) {
        if (indicator.isPercent()) {
            return " 个百分点";
        }
        String unit = indicator.unitOfMeasure() == null ? "" : indicator.unitOfMeasure().trim();
        return unit.isEmpty() ? "" : " " + unit;
    }

    private static String amount(BigDecimal value) {
        return Decimals.plain(Decimals.canonical(Exact.rounded(value.abs(), 2)));
    }
}
