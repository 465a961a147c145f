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
                             BigDecimal latePenalty, BigDecimal total) {

    public UnitAssessment {
        items = List.copyOf(items);
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
