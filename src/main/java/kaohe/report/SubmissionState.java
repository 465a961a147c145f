package kaohe.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.ingest.ReturnStatus;
import kaohe.ingest.Submission;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;

/**
 * Where a unit stands for a period: on time, late, rejected (only rejected returns) or missing, with its
 * current return and the last time it sent anything. Used by reminders, status and the leadership report.
 */
public record SubmissionState(ReportingUnit unit, State state, Optional<Submission> current, Optional<Instant> lastSubmission,
                              long rejected) {

    public enum State {
        ON_TIME("按时"), LATE("迟报"), REJECTED("退回未改"), MISSING("未报送");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Every unit of the plan, in plan order. */
    public static Map<ReportingUnit, SubmissionState> of(Plan plan, Period period, List<Submission> submissions) {
        Map<ReportingUnit, SubmissionState> states = new LinkedHashMap<>();
        // Grouped once, so a province's thousands of units do not each scan every file of the period.
        Map<String, List<Submission>> byUnit = new java.util.HashMap<>();
        for (Submission s : submissions) {
            if (s.unitCode() != null) {
                byUnit.computeIfAbsent(s.unitCode(), k -> new java.util.ArrayList<>()).add(s);
            }
        }
        for (ReportingUnit unit : plan.units()) {
            List<Submission> mine = byUnit.getOrDefault(unit.code().value(), List.of());
            Optional<Submission> current = mine.stream().filter(s -> s.status() == ReturnStatus.ACCEPTED).findFirst();
            long rejected = mine.stream().filter(s -> s.status() == ReturnStatus.REJECTED || s.status() == ReturnStatus.RETURNED).count();
            Optional<Instant> last = mine.stream().map(Submission::receivedAt).max(Instant::compareTo);
            State state = current.map(c -> plan.deadline().isLate(c.receivedAt(), period) ? State.LATE : State.ON_TIME)
                    .orElse(rejected > 0 ? State.REJECTED : State.MISSING);
            states.put(unit, new SubmissionState(unit, state, current, last, rejected));
        }
        return states;
    }

    public boolean hasAcceptedReturn() {
        return state == State.ON_TIME || state == State.LATE;
    }
}
