package kaohe.plan;

import java.util.List;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * What one unit reports for one period: the indicators it reports that are due then and have a target
 * governing that year, and all its tasks. Templates are built from it and returns are checked against it.
 */
public record DueItems(UnitCode unit, Period period, List<Indicator> indicators, List<Task> tasks) {

    public DueItems {
        indicators = List.copyOf(indicators);
        tasks = List.copyOf(tasks);
    }

    public static DueItems of(Plan plan, UnitCode unit, Period period) {
        List<Indicator> indicators = plan.indicatorsReportedBy(unit)
                .filter(i -> i.due().isDueIn(period))
                .filter(i -> plan.targetFor(i, unit, period.year()).isPresent())
                .toList();
        return new DueItems(unit, period, indicators, plan.tasksReportedBy(unit).toList());
    }

    public boolean isEmpty() {
        return indicators.isEmpty() && tasks.isEmpty();
    }
}
