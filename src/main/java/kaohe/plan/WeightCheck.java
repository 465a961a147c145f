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
        BigDecimal total = BigDecimal.ZERO;
        for (Category category : categories.categories()) {
            total = total.add(category.weight());
            BigDecimal items = Stream.concat(
                            indicators.stream().filter(i -> i.category().equals(category.code())).map(Indicator::weight),
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
}
