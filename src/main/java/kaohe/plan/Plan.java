package kaohe.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
 * <br>{@code outlookYears}: years whose targets are kept for context (e.g. 十三五 2020 targets), never assessed
 * <br>{@code weightTotal}: what the category weights add up to
 * <br>{@code latePenalty}: points taken off a unit's total when its return for the period came late; 0 for none
 * <br>{@code unitBaselines}: units' own values before the plan (baselines.csv), for 序时进度 and trends
 * <br>{@code unitTargets}: units' own targets (unit-targets.csv, 目标分解), each governing its unit instead of the plan's
 * <br>{@code headlineCategories}: the categories whose items lead the leadership report, in order
 * <br>{@code checklistCategories}: categories of criteria taken from a national checklist rather than set by
 *                            the plan itself; reports say so beside them
 * <br>{@code reporting}: who issues the results, what the 通报 calls the programme, the minimum items for a rank
 */
public final class Plan {

    private final String id;
    private final String version;
    private final String name;
    private final String document;
    private final boolean isDefault;
    private final Period start;
    private final Period end;
    private final Set<Integer> outlookYears;
    private final DeadlineRule deadline;
    private final BigDecimal weightTotal;
    private final BigDecimal latePenalty;
    private final List<ReportingUnit> units;
    private final List<Category> categories;
    private final List<Indicator> indicators;
    private final List<Task> tasks;
    private final List<UnitBaseline> unitBaselines;
    private final List<UnitTarget> unitTargets;
    private final Map<ItemCode, Map<UnitCode, List<YearTarget>>> targetsByIndicator;
    private final List<String> headlineCategories;
    private final Set<String> checklistCategories;
    private final ReportSettings reporting;

    // Lookups by code, made once: a plan of 10,000 units is asked for a unit per file and per score.
    private final Map<UnitCode, ReportingUnit> unitsByCode;
    private final Map<PeerGroup, List<UnitCode>> unitsByGroup;
    private final Map<ItemCode, Indicator> indicatorsByCode;
    private final Map<ItemCode, Task> tasksByCode;
    private final Map<ItemCode, Map<UnitCode, List<UnitBaseline>>> baselinesByIndicator;

    public Plan(String id,
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
                ReportSettings reporting) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.document = document;
        this.isDefault = isDefault;
        this.start = start;
        this.end = end;
        this.outlookYears = Set.copyOf(new TreeSet<>(outlookYears));
        this.deadline = deadline;
        this.weightTotal = Decimals.canonical(weightTotal);
        this.latePenalty = Decimals.canonical(latePenalty);
        this.units = List.copyOf(units);
        this.categories = List.copyOf(categories);
        this.indicators = List.copyOf(indicators);
        this.tasks = List.copyOf(tasks);
        this.unitBaselines = List.copyOf(unitBaselines);
        // In one order whatever the file's, so a plan read back from the database equals the one loaded from its folder.
        this.unitTargets = unitTargets.stream().sorted(java.util.Comparator.comparing((UnitTarget t) -> t.indicator().value())
                .thenComparing(t -> t.unit().value()).thenComparingInt(t -> t.target().year())).toList();
        Map<ItemCode, Map<UnitCode, List<YearTarget>>> own = new java.util.HashMap<>();
        this.unitTargets.forEach(t -> own.computeIfAbsent(t.indicator(), k -> new java.util.HashMap<>())
                .computeIfAbsent(t.unit(), k -> new java.util.ArrayList<>()).add(t.target()));
        own.values().forEach(byUnit -> byUnit.replaceAll((u, list) -> list.stream()
                .sorted(java.util.Comparator.comparingInt(YearTarget::year)).toList()));
        this.targetsByIndicator = own;
        this.headlineCategories = List.copyOf(headlineCategories);
        this.checklistCategories = Set.copyOf(checklistCategories);
        this.reporting = reporting;
        this.unitsByCode = byCode(this.units, ReportingUnit::code);
        Map<PeerGroup, List<UnitCode>> byGroup = new java.util.EnumMap<>(PeerGroup.class);
        this.units.forEach(u -> byGroup.computeIfAbsent(u.peerGroup(), g -> new java.util.ArrayList<>()).add(u.code()));
        byGroup.replaceAll((g, codes) -> List.copyOf(codes));
        this.unitsByGroup = byGroup;
        this.indicatorsByCode = byCode(this.indicators, Indicator::code);
        this.tasksByCode = byCode(this.tasks, Task::code);
        Map<ItemCode, Map<UnitCode, List<UnitBaseline>>> baselines = new java.util.HashMap<>();
        this.unitBaselines.forEach(b -> baselines.computeIfAbsent(b.indicator(), k -> new java.util.HashMap<>())
                .computeIfAbsent(b.unit(), k -> new java.util.ArrayList<>()).add(b));
        this.baselinesByIndicator = baselines;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String document() {
        return document;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public Period start() {
        return start;
    }

    public Period end() {
        return end;
    }

    public Set<Integer> outlookYears() {
        return outlookYears;
    }

    public DeadlineRule deadline() {
        return deadline;
    }

    public BigDecimal weightTotal() {
        return weightTotal;
    }

    public BigDecimal latePenalty() {
        return latePenalty;
    }

    public List<ReportingUnit> units() {
        return units;
    }

    public List<Category> categories() {
        return categories;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<Task> tasks() {
        return tasks;
    }

    public List<UnitBaseline> unitBaselines() {
        return unitBaselines;
    }

    /** Units' own targets (unit-targets.csv), each governing its unit instead of the plan-wide one. */
    public List<UnitTarget> unitTargets() {
        return unitTargets;
    }

    /** The targets that govern {@code unit} on {@code indicator}: its own where the plan gives any, else the plan's. */
    public List<YearTarget> targetsOf(Indicator indicator, UnitCode unit) {
        List<YearTarget> own = targetsByIndicator.getOrDefault(indicator.code(), Map.of()).get(unit);
        return own == null ? indicator.targets() : own;
    }

    /** Whether {@code unit} has a target of its own on {@code indicator} (目标分解). */
    public boolean hasOwnTarget(Indicator indicator, UnitCode unit) {
        return targetsByIndicator.getOrDefault(indicator.code(), Map.of()).containsKey(unit);
    }

    /** {@link Indicator#targetFor} for one unit: its own targets where it has them. */
    public Optional<YearTarget> targetFor(Indicator indicator, UnitCode unit, int year) {
        return indicator.governing(targetsOf(indicator, unit), year, end.year());
    }

    public List<String> headlineCategories() {
        return headlineCategories;
    }

    public Set<String> checklistCategories() {
        return checklistCategories;
    }

    public ReportSettings reporting() {
        return reporting;
    }

    /** The first of each code wins, as the lists' own order did: the loader reports duplicate codes itself. */
    private static <T, K> Map<K, T> byCode(List<T> items, java.util.function.Function<T, K> code) {
        Map<K, T> byCode = new java.util.HashMap<>();
        items.forEach(item -> byCode.putIfAbsent(code.apply(item), item));
        return byCode;
    }

    public boolean covers(Period period) {
        return period.compareTo(start) >= 0 && period.compareTo(end) <= 0;
    }

    /** Quarters from the start to the end of the plan, both included (12 for 2017Q1–2019Q4). */
    public int quarters() {
        return end.quartersSince(start) + 1;
    }

    public Optional<ReportingUnit> unit(UnitCode code) {
        return Optional.ofNullable(unitsByCode.get(code));
    }

    public List<UnitCode> unitsOf(PeerGroup group) {
        return unitsByGroup.getOrDefault(group, List.of());
    }

    public Optional<Indicator> indicator(ItemCode code) {
        return Optional.ofNullable(indicatorsByCode.get(code));
    }

    public Optional<Task> task(ItemCode code) {
        return Optional.ofNullable(tasksByCode.get(code));
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
        return baselinesByIndicator.getOrDefault(indicator.code(), Map.of()).getOrDefault(unit, List.of());
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

    /** Equal when every component is: the lookups are made from them. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Plan o)) {
            return false;
        }
        return java.util.Objects.equals(id, o.id) && java.util.Objects.equals(version, o.version) &&
                java.util.Objects.equals(name, o.name) && java.util.Objects.equals(document, o.document) &&
                java.util.Objects.equals(isDefault, o.isDefault) && java.util.Objects.equals(start, o.start) &&
                java.util.Objects.equals(end, o.end) && java.util.Objects.equals(outlookYears, o.outlookYears) &&
                java.util.Objects.equals(deadline, o.deadline) && java.util.Objects.equals(weightTotal, o.weightTotal) &&
                java.util.Objects.equals(latePenalty, o.latePenalty) && java.util.Objects.equals(units, o.units) &&
                java.util.Objects.equals(categories, o.categories) && java.util.Objects.equals(indicators, o.indicators) &&
                java.util.Objects.equals(tasks, o.tasks) && java.util.Objects.equals(unitBaselines, o.unitBaselines) &&
                java.util.Objects.equals(unitTargets, o.unitTargets) &&
                java.util.Objects.equals(headlineCategories, o.headlineCategories) &&
                java.util.Objects.equals(checklistCategories, o.checklistCategories) &&
                java.util.Objects.equals(reporting, o.reporting);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, version, name, document, isDefault, start, end, outlookYears, deadline, weightTotal, latePenalty, units, categories, indicators, tasks, unitBaselines, unitTargets, headlineCategories, checklistCategories, reporting);
    }

    @Override
    public String toString() {
        return "Plan[" + id + " " + version + "]";
    }
}
