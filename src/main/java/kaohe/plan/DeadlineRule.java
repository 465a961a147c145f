package kaohe.plan;

import java.time.LocalDate;
import kaohe.shared.Period;

/**
 * Returns for a quarter are due a fixed number of calendar days after the quarter ends, by the end of
 * that day in Beijing time (the plans are Chinese government plans).
 */
public record DeadlineRule(int daysAfterQuarterEnd) {

    public static final java.time.ZoneId PLAN_TIME = java.time.ZoneId.of("Asia/Shanghai");

    public LocalDate deadline(Period period) {
        return period.lastDay().plusDays(daysAfterQuarterEnd);
    }

    public boolean isLate(java.time.Instant received, Period period) {
        return received.atZone(PLAN_TIME).toLocalDate().isAfter(deadline(period));
    }
}
