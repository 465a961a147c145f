package kaohe.schedule;

import java.time.Instant;
import kaohe.plan.DeadlineRule;
import kaohe.shared.Period;

/**
 * Which period a scheduled run is for: {@code previous-quarter} (the quarter that ended most recently
 * before the run, in Beijing time), {@code current-quarter}, or a fixed period such as {@code 2019Q4}.
 */
record PeriodExpression(String text) {

    public static boolean isValid(String text) {
        return text.equals("previous-quarter") || text.equals("current-quarter") || Period.isValid(text);
    }

    public Period at(Instant when) {
        Period current = Period.containing(when.atZone(DeadlineRule.PLAN_TIME).toLocalDate());
        return switch (text) {
            case "current-quarter" -> current;
            case "previous-quarter" -> current.previous();
            default -> Period.of(text);
        };
    }
}
