package kaohe.score;

import java.math.BigDecimal;
import java.util.List;
import kaohe.plan.ReportingUnit;

/**
 * A unit's assessment for a period: every item and the total, 100 × Σ score / Σ weight over the items
 * that count, less any late penalty, at full precision (round only to show it).
 *
 * @param total null when nothing counts for the unit in the period
 */
public record UnitAssessment(ReportingUnit unit, List<ItemScore> items, BigDecimal weightSum, BigDecimal scoreSum,
                             BigDecimal latePenalty, BigDecimal total, List<Adjustment> adjustments) {

    public UnitAssessment {
        items = List.copyOf(items);
        adjustments = List.copyOf(adjustments);
    }

    public UnitAssessment(ReportingUnit unit, List<ItemScore> items, BigDecimal weightSum, BigDecimal scoreSum,
                          BigDecimal latePenalty, BigDecimal total) {
        this(unit, items, weightSum, scoreSum, latePenalty, total, List.of());
    }

    /** The office's 一票否决 of this unit for the period, if any. */
    public java.util.Optional<Adjustment> veto() {
        return adjustments.stream().filter(Adjustment::veto).findFirst();
    }

    /** Σ points the office put on the total (加减分 on items are already in their scores). */
    public BigDecimal totalAdjustment() {
        return adjustments.stream().filter(Adjustment::onTotal).map(Adjustment::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The total before the points on the total: 100 × Σ score ÷ Σ weight, less the late penalty. */
    public BigDecimal baseTotal() {
        return weightSum.signum() == 0 ? null : BigDecimal.valueOf(100).multiply(Exact.divide(scoreSum, weightSum), Exact.CONTEXT)
                .subtract(latePenalty).max(BigDecimal.ZERO);
    }

    public long counted() {
        return items.stream().filter(ItemScore::counts).count();
    }

    public long reported() {
        return items.stream().filter(i -> i.counts() && (i.flag() == ScoreFlag.NONE || i.flag() == ScoreFlag.LATE)).count();
    }

    public long missing() {
        return items.stream().filter(i -> i.flag() == ScoreFlag.NOT_REPORTED || i.flag() == ScoreFlag.REJECTED).count();
    }

    public long late() {
        return items.stream().filter(i -> i.flag() == ScoreFlag.LATE).count();
    }
}
