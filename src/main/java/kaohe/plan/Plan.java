package kaohe.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * A versioned assessment plan. {@code version} is a hash of the plan files, so a score stored with it
 * can be traced to the exact rules it was computed under.
 *
 * <br>{@code outlookYears}: years whose targets are kept for context (e.g. 十三五 2020 targets), never assessed
 * <br>{@code weightTotal}: what the category weights add up to
 * <br>{@code latePenalty}: points taken off a unit's total when its return for the period came late; 0 for none
 * <br>{@code unitBaselines}: units' own values before the plan (baselines.csv), for 序时进度 and trends
 * <br>{@code unitTargets}: units' own targets (unit-targets.csv, 目标分解), each governing its unit instead of the plan's
 * <br>{@code headlineCategories}: the categories whose items lead the leadership report, in order
 * <br>{@code checklistCategories}: categories of criteria taken from a national checklist rather than set by
 *                            the plan itself; reports say so beside them
 * <br>{@code reporting}: who issues the results, what the 通报 calls the programme, the minimum items for a rank
 * <br>{@code lookups}: the lists indexed by code, built by {@link #of} from the other components, so a plan equals
 *                  another exactly when its components do (records compare them all; nothing to keep in step by hand)
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
        List<UnitTarget> unitTargets,
        List<String> headlineCategories,
        Set<String> checklistCategories,
        ReportSettings reporting,
        Lookups lookups) {

    /**
     * Lookups by code, made once from the plan's lists: a plan of 10,000 units is asked for a unit per file and per score.
     * The first of each code wins, as the lists' own order did (the loader reports duplicate codes itself).
     */
    public record Lookups(Map<UnitCode, ReportingUnit> unitsByCode, Map<PeerGroup, List<UnitCode>> unitsByGroup,
                          Map<ItemCode, Indicator> indicatorsByCode, Map<ItemCode, Task> tasksByCode,
                          Map<ItemCode, Map<UnitCode, List<UnitBaseline>>> baselinesByIndicator,
                          Map<ItemCode, Map<UnitCode, List<YearTarget>>> targetsByIndicator) {

        static Lookups of(List<ReportingUnit> units, List<Indicator> indicators, List<Task> tasks, List<UnitBaseline> unitBaselines,
                          List<UnitTarget> unitTargets) {
            Map<PeerGroup, List<UnitCode>> byGroup = new java.util.EnumMap<>(PeerGroup.class);
            units.forEach(u -> byGroup.computeIfAbsent(u.peerGroup(), g -> new java.util.ArrayList<>()).add(u.code()));
            byGroup.replaceAll((g, codes) -> List.copyOf(codes));
            Map<ItemCode, Map<UnitCode, List<UnitBaseline>>> baselines = new java.util.HashMap<>();
            unitBaselines.forEach(b -> baselines.computeIfAbsent(b.indicator(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(b.unit(), k -> new java.util.ArrayList<>()).add(b));
            Map<ItemCode, Map<UnitCode, List<YearTarget>>> own = new java.util.HashMap<>();
            unitTargets.forEach(t -> own.computeIfAbsent(t.indicator(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(t.unit(), k -> new java.util.ArrayList<>()).add(t.target()));
            own.values().forEach(byUnit -> byUnit.replaceAll((u, list) -> list.stream()
                    .sorted(java.util.Comparator.comparingInt(YearTarget::year)).toList()));
            return new Lookups(byCode(units, ReportingUnit::code), byGroup, byCode(indicators, Indicator::code), byCode(tasks, Task::code),
                    baselines, own);
        }

        private static <T, K> Map<K, T> byCode(List<T> items, java.util.function.Function<T, K> code) {
            Map<K, T> byCode = new java.util.HashMap<>();
            items.forEach(item -> byCode.putIfAbsent(code.apply(item), item));
            return byCode;
        }
    }

    /** A plan from its parts, in canonical form (copied lists, decimals without trailing zeros), with its lookups built. */
    public static Plan of(String id, String version, String name, String document, boolean isDefault, Period start, Period end,
                          Set<Integer> outlookYears, DeadlineRule deadline, BigDecimal weightTotal, BigDecimal latePenalty,
                          List<ReportingUnit> units, List<Category> categories, List<Indicator> indicators, List<Task> tasks,
                          List<UnitBaseline> unitBaselines, List<UnitTarget> unitTargets, List<String> headlineCategories,
                          Set<String> checklistCategories, ReportSettings reporting) {
        List<ReportingUnit> unitList = List.copyOf(units);
        List<Indicator> indicatorList = List.copyOf(indicators);
        List<Task> taskList = List.copyOf(tasks);
        List<UnitBaseline> baselineList = List.copyOf(unitBaselines);
        // In one order whatever the file's, so a plan read back from the database equals the one loaded from its folder.
        List<UnitTarget> targetList = unitTargets.stream().sorted(java.util.Comparator.comparing((UnitTarget t) -> t.indicator().value())
                .thenComparing(t -> t.unit().value()).thenComparingInt(t -> t.target().year())).toList();
        return new Plan(id, version, name, document, isDefault, start, end, Set.copyOf(new java.util.TreeSet<>(outlookYears)), deadline,
                Decimals.canonical(weightTotal), Decimals.canonical(latePenalty), unitList, List.copyOf(categories), indicatorList, taskList,
                baselineList, targetList, List.copyOf(headlineCategories), Set.copyOf(checklistCategories), reporting,
                Lookups.of(unitList, indicatorList, taskList, baselineList, targetList));
    }

    /** The targets that govern {@code unit} on {@code indicator}: its own where the plan gives any, else the plan's. */
    public List<YearTarget> targetsOf(Indicator indicator, UnitCode unit) {
        List<YearTarget> own = lookups.targetsByIndicator().getOrDefault(indicator.code(), Map.of()).get(unit);
        return own == null ? indicator.targets() : own;
    }

    /** Whether {@code unit} has a target of its own on {@code indicator} (目标分解). */
    public boolean hasOwnTarget(Indicator indicator, UnitCode unit) {
        return lookups.targetsByIndicator().getOrDefault(indicator.code(), Map.of()).containsKey(unit);
    }

    /** {@link Indicator#targetFor} for one unit: its own targets where it has them. */
    public Optional<YearTarget> targetFor(Indicator indicator, UnitCode unit, int year) {
        return indicator.governing(targetsOf(indicator, unit), year, end.year());
    }

    public boolean covers(Period period) {
        return period.compareTo(start) >= 0 && period.compareTo(end) <= 0;
    }

    /** Quarters from the start to the end of the plan, both included (12 for 2017Q1–2019Q4). */
    public int quarters() {
        return end.quartersSince(start) + 1;
    }

    public Optional<ReportingUnit> unit(UnitCode code) {
        return Optional.ofNullable(lookups.unitsByCode().get(code));
    }

    public List<UnitCode> unitsOf(PeerGroup group) {
        return lookups.unitsByGroup().getOrDefault(group, List.of());
    }

    public Optional<Indicator> indicator(ItemCode code) {
        return Optional.ofNullable(lookups.indicatorsByCode().get(code));
    }

    public Optional<Task> task(ItemCode code) {
        return Optional.ofNullable(lookups.tasksByCode().get(code));
    }

    /** The indicator's or task's name; empty for a code the plan does not hold. */
    public Optional<String> itemName(ItemCode code) {
        return indicator(code).map(Indicator::name).or(() -> task(code).map(Task::name));
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
        Optional<Baseline> own = baselinesOf(indicator, unit).stream()
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
        Optional<BigDecimal> own = baselinesOf(indicator, unit).stream()
                .filter(b -> b.baseline().year() == year)
                .map(b -> b.baseline().value()).findFirst();
        if (own.isPresent()) {
            return own;
        }
        Baseline plan = indicator.baseline();
        return plan != null && plan.year() == year && unit.equals(indicator.leadUnit()) ? Optional.of(plan.value()) : Optional.empty();
    }

    private List<UnitBaseline> baselinesOf(Indicator indicator, UnitCode unit) {
        return lookups.baselinesByIndicator().getOrDefault(indicator.code(), Map.of()).getOrDefault(unit, List.of());
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

    @Override
    public String toString() {
        return "Plan[" + id + " " + version + "]";
    }
}
