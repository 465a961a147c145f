package kaohe.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * A measurable target of the plan.
 *
 * @param reportedBy every unit that reports a value for it, in file order
 * @param weight     points in the scorecard of each unit that reports it; 0 means monitored, not scored
 * @param baseline   null when the seeds give none
 * @param deduction  null unless the plan scores this indicator by deduction (扣分制)
 * @param allowsNotApplicable whether a unit may report 不适用 (—, /, 无) instead of a value
 * @param targets    one per year the seeds state, in year order
 */
public record Indicator(
        ItemCode code,
        String name,
        String category,
        TargetRule rule,
        String unitOfMeasure,
        Baseline baseline,
        UnitCode leadUnit,
        List<UnitCode> reportedBy,
        Due due,
        BigDecimal weight,
        Deduction deduction,
        boolean allowsNotApplicable,
        List<YearTarget> targets,
        Citation source) {

    public Indicator {
        reportedBy = kaohe.shared.LookupList.copyOf(reportedBy);
        targets = targets.stream().sorted(Comparator.comparingInt(YearTarget::year)).toList();
        weight = Decimals.canonical(weight);
    }

    public boolean isPercent() {
        return "%".equals(unitOfMeasure);
    }

    /** Whether values are counts of things (个, 家, 次, 位 …), which must be whole numbers. */
    public boolean isCount() {
        return java.util.Set.of("个", "家", "项", "件", "次", "位", "名").contains(unitOfMeasure)
                || rule.kind() == TargetKind.RANK_WITHIN;
    }

    public boolean isReportedBy(UnitCode unit) {
        return reportedBy.contains(unit);
    }

    /**
     * The target that governs {@code year}: the one stated for that year, else the next one stated
     * for a later year up to {@code lastAssessedYear} (a "by 2019" target applies on the way there).
     * Empty when nothing governs that year, e.g. after a target the seeds stop giving ("/").
     */
    public Optional<YearTarget> targetFor(int year, int lastAssessedYear) {
        return targets.stream()
                .filter(t -> t.year() >= year && t.year() <= lastAssessedYear)
                .findFirst();
    }
}
