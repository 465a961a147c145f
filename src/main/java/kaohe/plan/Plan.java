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
        List<Task> tasks) {

    public Plan {
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

    /** Sum of the weights of every item the unit reports: its scorecard's full mark. */
    public BigDecimal weightOf(UnitCode unit) {
        return Decimals.canonical(
                Stream.concat(indicatorsReportedBy(unit).map(Indicator::weight), tasksReportedBy(unit).map(Task::weight))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
