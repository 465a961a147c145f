package kaohe.rectify;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import kaohe.plan.DeadlineRule;

/** Where one owed 整改 report stands on a day. */
public record RectificationState(RectificationDue due, Optional<RectificationReport> report, LocalDate today) {

    public enum Status {
        ON_TIME("按期报送"), LATE("逾期报送"), WAITING("未到期"), OVERDUE("逾期未报送");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Status status() {
        if (report.isPresent()) {
            return received().isAfter(due.due()) ? Status.LATE : Status.ON_TIME;
        }
        return today.isAfter(due.due()) ? Status.OVERDUE : Status.WAITING;
    }

    /** The day it was received, Beijing time. */
    public LocalDate received() {
        return LocalDate.ofInstant(report.orElseThrow().receivedAt(), DeadlineRule.PLAN_TIME);
    }

    /** "已于 2020-02-10 报送（按期）", "逾期 5 天未报送（截止 2020-02-16）"…: one unit's line for people. */
    public String text() {
        return switch (status()) {
            case ON_TIME -> "已于 " + received() + " 报送（按期）";
            case LATE -> "已于 " + received() + " 报送（逾期 " + ChronoUnit.DAYS.between(due.due(), received()) + " 天）";
            case WAITING -> "尚未报送（截止 " + due.due() + "）";
            case OVERDUE -> "逾期 " + ChronoUnit.DAYS.between(due.due(), today) + " 天未报送（截止 " + due.due() + "）";
        };
    }
}
