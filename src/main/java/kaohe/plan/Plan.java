package kaohe.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * A versioned assessment plan. {@code version} is a hash of the plan files, so a score stored with it
 * can be traced to the exact rules it was computed under.
 *
 * @param outlookYears years whose targets are kept for context (e.g. 十三五 2020 targets), never assessed
 * @param weightTotal  what the category weights add up to
 * @param latePenalty  points taken off a unit's total when its return for the period came late; 0 for none
 * @param unitBaselines units' own values before the plan (baselines.csv), for 序时进度 and trends
 * @param headlineCategories the categories whose items lead the leadership report, in order
 * @param checklistCategories categories of criteria taken from a national checklist rather than set by
 *                            the plan itself; reports say so beside them
 * @param reporting who issues the results, what the 通报 calls the programme, the minimum items for a rank
 */
public record Plan(
        String id,
        String version,
        String name,
        String document,
        boolean isDefault,
        Period start,
        Period end,
        Set<Integer> outlookYears,
        DeadlineRule deadline,
        BigDecimal weightTotal,
        BigDecimal latePenalty,
        List<ReportingUnit> units,
        List<Category> categories,
        List<Indicator> indicators,
        List<Task> tasks,
        List<UnitBaseline> unitBaselines,
        List<String> headlineCategories,
        Set<String> checklistCategories,
        ReportSettings reporting) {

    public Plan {
        unitBaselines = List.copyOf(unitBaselines);
        headlineCategories = List.copyOf(headlineCategories);
        checklistCategories = Set.copyOf(checklistCategories);
        outlookYears = Set.copyOf(new TreeSet<>(outlookYears));
        weightTotal = Decimals.canonical(weightTotal);
        latePenalty = Decimals.canonical(latePenalty);
        units = List.copyOf(units);
        categories = List.copyOf(categories);
        indicators = List.copyOf(indicators);
        tasks = List.copyOf(tasks);
    }

    public boolean covers(Period period) {
        return period.compareTo(start) >= 0 && period.compareTo(end) <= 0;
    }

    /** Quarters from the start to the end of the plan, both included (12 for 2017Q1–2019Q4). */
    public int quarters() {
        return end.quartersSince(start) + 1;
    }

    public Optional<ReportingUnit> unit(UnitCode code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public List<UnitCode> unitsOf(PeerGroup group) {
        return units.stream().filter(u -> u.peerGroup() == group).map(ReportingUnit::code).toList();
    }

    public Optional<Indicator> indicator(ItemCode code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<Task> task(ItemCode code) {
        return tasks.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Stream<Indicator> indicatorsReportedBy(UnitCode unit) {
        return indicators.stream().filter(i -> i.isReportedBy(unit));
    }

    public Stream<Task> tasksReportedBy(UnitCode unit) {
        return tasks.stream().filter(t -> t.isReportedBy(unit));
    }

    /**
     * The baseline 序时进度 starts from for this unit: the unit's own latest value before the plan;
     * else the plan's, which is the city's and so applies to the lead unit, and to every unit for a
     * CUMULATIVE count (a count since the plan started begins at the plan's baseline for everyone).
     */
    public Optional<Baseline> baselineOf(Indicator indicator, UnitCode unit) {
        Optional<Baseline> own = unitBaselines.stream()
                .filter(b -> b.indicator().equals(indicator.code()) && b.unit().equals(unit))
                .map(UnitBaseline::baseline)
                .max(java.util.Comparator.comparingInt(Baseline::year));
        if (own.isPresent()) {
            return own;
        }
        boolean applies = unit.equals(indicator.leadUnit()) || indicator.rule().kind() == TargetKind.CUMULATIVE;
        return applies ? Optional.ofNullable(indicator.baseline()) : Optional.empty();
    }

    /** A unit's value of an indicator in a year before the plan: its own, else the plan's for the lead. */
    public Optional<BigDecimal> valueBefore(Indicator indicator, UnitCode unit, int year) {
        Optional<BigDecimal> own = unitBaselines.stream()
                .filter(b -> b.indicator().equals(indicator.code()) && b.unit().equals(unit) && b.baseline().year() == year)
                .map(b -> b.baseline().value()).findFirst();
        if (own.isPresent()) {
            return own;
        }
        Baseline plan = indicator.baseline();
        return plan != null && plan.year() == year && unit.equals(indicator.leadUnit()) ? Optional.of(plan.value()) : Optional.empty();
    }

    public boolean isChecklist(String category) {
        return checklistCategories.contains(category);
    }

    /** Sum of the weights of every item the unit reports, a group of alternatives once: its scorecard's full mark. */
    public BigDecimal weightOf(UnitCode unit) {
        Set<String> groups = new java.util.HashSet<>();
        Stream<BigDecimal> indicatorWeights = indicatorsReportedBy(unit)
                .filter(i -> !i.isAlternative() || groups.add(i.eitherOf()))
                .map(Indicator::weight);
        return Decimals.canonical(Stream.concat(indicatorWeights, tasksReportedBy(unit).map(Task::weight))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
