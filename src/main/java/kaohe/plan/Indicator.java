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
 * @param eitherOf   a group code shared by alternative criteria ("或"): the group is met when any one of
 *                   them is, and it counts once in the total; null for an item that stands alone
 * @param whole      for a target on the whole, how the county-level units' values make the lead unit's figure
 *                   (mean, sum); null when the lead reports its own
 * @param allOf      a group code shared by criteria joined by "且": each is met only when all of them are, so each
 *                   member is scored at the lowest completion of the group; null for an item that stands alone
 * @param yearly     for a running total (CUMULATIVE, RANGE), the addition the plan asks each year beside its total by
 *                   the end year (003 附件4: "每年新增“鲁班奖”8—9个…到2019年共新增25个"); null when it asks none
 * @param ratio      for a value reported as numerator and denominator, what they count and the scale; null for a
 *                   finished number
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
        Citation source,
        String eitherOf,
        Aggregate whole,
        String allOf,
        BigDecimal yearly,
        Ratio ratio) {

    public Indicator {
        reportedBy = kaohe.shared.LookupList.copyOf(reportedBy);
        targets = targets.stream().sorted(Comparator.comparingInt(YearTarget::year)).toList();
        weight = Decimals.canonical(weight);
        yearly = Decimals.canonical(yearly);
    }

    /** An indicator as the plan format had it before targets on the whole: the lead reports its own figure. */
    public Indicator(ItemCode code, String name, String category, TargetRule rule, String unitOfMeasure, Baseline baseline,
                     UnitCode leadUnit, List<UnitCode> reportedBy, Due due, BigDecimal weight, Deduction deduction,
                     boolean allowsNotApplicable, List<YearTarget> targets, Citation source, String eitherOf) {
        this(code, name, category, rule, unitOfMeasure, baseline, leadUnit, reportedBy, due, weight, deduction, allowsNotApplicable,
                targets, source, eitherOf, null, null, null, null);
    }

    /**
     * One part of this ratio as a value of its own: a plain number under the item's code, neither a percentage nor a
     * count, so the same decoding reads it as it reads any 本期值.
     */
    public Indicator part() {
        return new Indicator(code, name, category, rule, "", null, leadUnit, reportedBy, due, weight, null, allowsNotApplicable,
                List.of(), source, null, null, null, null, null);
    }

    /** Whether units report it as a numerator and a denominator. */
    public boolean isRatio() {
        return ratio != null;
    }

    public boolean isJoint() {
        return allOf != null;
    }

    public boolean isAlternative() {
        return eitherOf != null;
    }

    public boolean isPercent() {
        return "%".equals(unitOfMeasure);
    }

    /** Whether values are counts of things (个, 家, 次, 位 …), which must be whole numbers. */
    public boolean isCount() {
        return java.util.Set.of("个", "家", "项", "件", "次", "位", "名").contains(unitOfMeasure)
                || rule.kind() == TargetKind.RANK_WITHIN || rule.kind() == TargetKind.RANK_FRONT;
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
        return governing(targets, year, lastAssessedYear);
    }

    /** {@link #targetFor} over {@code stated}, the plan's targets or a unit's own (in year order). */
    Optional<YearTarget> governing(List<YearTarget> stated, int year, int lastAssessedYear) {
        Optional<YearTarget> ahead = stated.stream()
                .filter(t -> t.year() >= year && t.year() <= lastAssessedYear)
                .findFirst();
        if (ahead.isPresent() || !holds()) {
            return ahead;
        }
        return stated.stream().filter(t -> t.year() < year).reduce((earlier, later) -> later);
    }

    /**
     * Whether a target, once stated, keeps governing the years after it: 消除 (ZERO) means staying at
     * zero, so 附件3's 2017 全面消除劣Ⅴ类水 still governs 2018 and 2019.
     */
    public boolean holds() {
        return rule.kind() == TargetKind.ZERO;
    }
}
