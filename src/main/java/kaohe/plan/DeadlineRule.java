package kaohe.plan;

import java.time.LocalDate;
import kaohe.shared.Period;

/** Returns for a quarter are due a fixed number of calendar days after the quarter ends. */
public record DeadlineRule(int daysAfterQuarterEnd) {

    public LocalDate deadline(Period period) {
        return period.lastDay().plusDays(daysAfterQuarterEnd);
    }
}
