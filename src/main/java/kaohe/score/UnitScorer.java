package kaohe.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.plan.TargetKind;
import kaohe.plan.Task;
import kaohe.shared.Period;
import kaohe.validate.ItemType;
import kaohe.validate.ReturnValue;
import kaohe.validate.ValueState;

/**
 * Scores every item a unit reports for a period and adds them up: total = 100 × Σ score / Σ weight
 * over the items that count (not those not yet due or not applicable), less the plan's late penalty
 * when the return came after the deadline, never below 0.
 */
public final class UnitScorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Plan plan;
    private final ScoringData data;
    private final ReferenceValues references;
    private final java.util.function.Function<Period, Adjustments> adjustments;

    public UnitScorer(Plan plan, ScoringData data, ReferenceValues references) {
        this(plan, data, references, period -> Adjustments.none());
    }

    /** With the office's 加减分 and 一票否决 for each period. */
    public UnitScorer(Plan plan, ScoringData data, ReferenceValues references,
                      java.util.function.Function<Period, Adjustments> adjustments) {
        this.plan = plan;
        this.data = data;
        this.references = references;
        this.adjustments = adjustments;
    }

    public UnitAssessment assess(ReportingUnit unit, Period period) {
        // A target on the whole reads every county's return for each of the lead's items: read each once per unit.
        ScoringData once = new ReadOnce(data);
        IndicatorScorer indicators = new IndicatorScorer(plan, once, references);
        Optional<UnitReturn> current = data.current(unit.code(), period);
        boolean late = current.map(r -> plan.deadline().isLate(r.receivedAt(), period)).orElse(false);
        List<ItemScore> items = new ArrayList<>();
        for (Indicator indicator : plan.indicatorsReportedBy(unit.code()).toList()) {
            items.add(indicators.score(indicator, unit, period, current, late));
        }
        for (Task task : plan.tasksReportedBy(unit.code()).toList()) {
            items.add(task(task, unit, period, current, late, once));
        }
        items = JointCriteria.settle(plan, Alternatives.settle(plan, items));
        List<Adjustment> office = adjustments.apply(period).of(unit.code());
        items = onItems(items, office);
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal scores = BigDecimal.ZERO;
        for (ItemScore item : items) {
            if (item.counts()) {
                weights = weights.add(item.weight());
                scores = scores.add(item.score(), Exact.CONTEXT);
            }
        }
        BigDecimal penalty = late ? plan.latePenalty() : BigDecimal.ZERO;
        BigDecimal total = weights.signum() == 0 ? null
                : HUNDRED.multiply(Exact.divide(scores, weights), Exact.CONTEXT).subtract(penalty).max(BigDecimal.ZERO);
        if (total != null) {
            BigDecimal onTotal = office.stream().filter(Adjustment::onTotal).map(Adjustment::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            total = total.add(onTotal).max(BigDecimal.ZERO).min(HUNDRED);
        }
        return new UnitAssessment(unit, items, weights, scores, penalty, total, office);
    }

    /**
     * 加减分 on an item moves its score within [0, weight], so an item never weighs more or less than the plan
     * says; its completion, and so its light, stay what the unit achieved. An item that does not count this
     * period has no score to move: the adjustment is shown in explain as not applied.
     */
    private static List<ItemScore> onItems(List<ItemScore> items, List<Adjustment> office) {
        List<ItemScore> adjusted = new ArrayList<>(items);
        for (Adjustment a : office) {
            if (a.item() == null) {
                continue;
            }
            for (int i = 0; i < adjusted.size(); i++) {
                ItemScore item = adjusted.get(i);
                if (item.item().equals(a.item()) && item.counts()) {
                    BigDecimal score = item.score().add(a.points()).max(BigDecimal.ZERO).min(item.weight());
                    adjusted.set(i, item.rescored(item.completion(), score,
                            a.text() + "，得分 " + Exact.shown(item.score(), 2) + " → " + Exact.shown(score, 2)));
                }
            }
        }
        return adjusted;
    }

    private static ItemScore task(Task task, ReportingUnit unit, Period period, Optional<UnitReturn> current, boolean late, ScoringData data) {
        String role = task.isLead(unit.code()) ? "牵头" : "配合";
        if (current.isEmpty()) {
            boolean rejected = data.hasRejected(unit.code(), period);
            return itemOf(task).against(role).scored(BigDecimal.ZERO, BigDecimal.ZERO).flagged(rejected ? ScoreFlag.REJECTED : ScoreFlag.NOT_REPORTED)
                    .because(rejected ? "报表被退回，按未报送计" : "未报送").build();
        }
        ReturnValue value = current.get().values().get(task.code());
        String file = current.get().sourceFile();
        if (value == null || value.state() != ValueState.VALUE) {
            return itemOf(task).against(role).scored(BigDecimal.ZERO, BigDecimal.ZERO).flagged(ScoreFlag.NOT_REPORTED)
                    .because("进展状态未填写，按未报送计").from(file, value == null ? "" : value.sheet() + "!" + value.cell()).build();
        }
        BigDecimal completion = Milestone.completion(value.status());
        return itemOf(task).reported(null, value.status()).against(role).scored(completion, task.weight().multiply(completion))
                .flagged(late ? ScoreFlag.LATE : ScoreFlag.NONE).because(value.status() + " = " + completion.toPlainString())
                .from(file, value.sheet() + "!" + value.cell()).build();
    }

    private static ItemScore.Builder itemOf(Task task) {
        return ItemScore.of(task.code(), task.name(), ItemType.TASK, TargetKind.MILESTONE, task.weight());
    }

    /**
     * The returns as one unit's assessment sees them: each unit's current return, and whether it sent only rejected
     * ones, read once, however many items ask (every item of a unit with no return asks the second).
     */
    private static final class ReadOnce implements ScoringData {
        private final ScoringData data;
        private final java.util.Map<String, Optional<UnitReturn>> current = new java.util.HashMap<>();
        private final java.util.Map<String, Boolean> rejected = new java.util.HashMap<>();

        ReadOnce(ScoringData data) {
            this.data = data;
        }

        @Override
        public Optional<UnitReturn> current(kaohe.shared.UnitCode unit, Period period) {
            return current.computeIfAbsent(unit.value() + "@" + period, k -> data.current(unit, period));
        }

        @Override
        public boolean hasRejected(kaohe.shared.UnitCode unit, Period period) {
            return rejected.computeIfAbsent(unit.value() + "@" + period, k -> data.hasRejected(unit, period));
        }

        @Override
        public Optional<BigDecimal> annualValue(kaohe.shared.UnitCode unit, kaohe.shared.ItemCode item, int year) {
            return data.annualValue(unit, item, year);
        }
    }
}
