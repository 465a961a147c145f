package kaohe.plan;

import java.math.BigDecimal;
import java.util.Set;
import kaohe.shared.Period;

/** What {@code plan.properties} says about the plan as a whole. */
record PlanHeader(
        String id,
        String name,
        String document,
        boolean isDefault,
        Period start,
        Period end,
        Set<Integer> outlookYears,
        DeadlineRule deadline,
        BigDecimal weightTotal,
        BigDecimal latePenalty,
        java.util.List<String> headlineCategories,
        Set<String> checklistCategories,
        ReportSettings reporting) {

    boolean isAssessedYear(int year) {
        return year >= start.year() && year <= end.year();
    }

    boolean isKnownYear(int year) {
        return isAssessedYear(year) || outlookYears.contains(year);
    }
}
