package kaohe.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import kaohe.shared.Decimals;

/**
 * The weights must add up: the items of each category to the category's weight, and the categories
 * to the plan's weight total. Every unit must have something to be assessed on.
 */
final class WeightCheck {

    private final Problems problems;

    WeightCheck(Problems problems) {
        this.problems = problems;
    }

    void check(PlanHeader header, CategoryTable categories, List<Indicator> indicators, List<Task> tasks,
               List<ReportingUnit> units) {
        checkAlternatives(indicators);
        checkJoints(indicators);
        BigDecimal total = BigDecimal.ZERO;
        for (Category category : categories.categories()) {
            total = total.add(category.weight());
            java.util.Set<String> groups = new java.util.HashSet<>();
            BigDecimal items = Stream.concat(
                            indicators.stream().filter(i -> i.category().equals(category.code()))
                                    .filter(i -> !i.isAlternative() || groups.add(i.eitherOf()))
                                    .map(Indicator::weight),
                            tasks.stream().filter(t -> t.category().equals(category.code())).map(Task::weight))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (items.compareTo(category.weight()) != 0) {
                problems.add(CategoryTable.FILE, categories.lineOf(category.code()), "weight",
                        "分类 " + category.code() + " 的权重为 " + category.weight().toPlainString()
                                + "，但其指标和任务的权重合计为 " + Decimals.plain(Decimals.canonical(items)));
            }
        }
        if (header != null && !categories.categories().isEmpty() && total.compareTo(header.weightTotal()) != 0) {
            problems.add(CategoryTable.FILE, 0, "weight", "各分类权重合计为 " + Decimals.plain(Decimals.canonical(total))
                    + "，应等于 plan.properties 中的 weight-total " + header.weightTotal().toPlainString());
        }
        for (ReportingUnit unit : units) {
            boolean assessed = indicators.stream().anyMatch(i -> i.isReportedBy(unit.code()) && i.weight().signum() > 0)
                    || tasks.stream().anyMatch(t -> t.isReportedBy(unit.code()) && t.weight().signum() > 0);
            if (!assessed) {
                problems.add(UnitTable.FILE, 0, "code", "单位 " + unit.code() + "（" + unit.name() + "）没有任何计分的指标或任务");
            }
        }
    }

    /** The indicators by the group code {@code group} gives them (或, 且), in file order; those without one left out. */
    private static java.util.Map<String, List<Indicator>> groups(List<Indicator> indicators,
                                                                 java.util.function.Function<Indicator, String> group) {
        java.util.Map<String, List<Indicator>> groups = new java.util.LinkedHashMap<>();
        indicators.stream().filter(i -> group.apply(i) != null)
                .forEach(i -> groups.computeIfAbsent(group.apply(i), k -> new java.util.ArrayList<>()).add(i));
        return groups;
    }

    /**
     * Alternatives ("或") are one criterion scored by its best member, so they must be interchangeable:
     * same category, weight, reporting units and due, and at least two of them.
     */
    private void checkAlternatives(List<Indicator> indicators) {
        groups(indicators, Indicator::eitherOf).forEach((group, members) -> {
            Indicator first = members.get(0);
            if (members.size() < 2) {
                problems.add(IndicatorTable.FILE, 0, "either_of", "可选指标组 " + group + " 只有 " + first.code() + " 一项，至少需两项");
            }
            for (Indicator other : members.subList(1, members.size())) {
                if (!other.category().equals(first.category()) || other.weight().compareTo(first.weight()) != 0
                        || !other.reportedBy().equals(first.reportedBy()) || other.due() != first.due()) {
                    problems.add(IndicatorTable.FILE, 0, "either_of", "可选指标组 " + group + " 中 " + other.code() + " 与 "
                            + first.code() + " 的分类、权重、报送单位或考核频次不同：组内各项须一致");
                }
            }
        });
    }

    /**
     * Criteria joined by "且" are judged together for each unit, so every unit that reports one reports them all; each
     * keeps its own weight (the 且 decides how far each is met, not what it weighs), and a group needs two members.
     */
    private void checkJoints(List<Indicator> indicators) {
        groups(indicators, Indicator::allOf).forEach((group, members) -> {
            Indicator first = members.get(0);
            if (members.size() < 2) {
                problems.add(IndicatorTable.FILE, 0, "all_of", "“且”指标组 " + group + " 只有 " + first.code() + " 一项，至少需两项");
            }
            for (Indicator other : members.subList(1, members.size())) {
                if (!new java.util.HashSet<>(other.reportedBy()).equals(new java.util.HashSet<>(first.reportedBy()))) {
                    problems.add(IndicatorTable.FILE, 0, "all_of", "“且”指标组 " + group + " 中 " + other.code() + " 与 "
                            + first.code() + " 的报送单位不同：组内各项须由同样的单位报送");
                }
            }
        });
    }
}
