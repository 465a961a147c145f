package kaohe.job;

import kaohe.plan.ReportingUnit;
import kaohe.score.UnitAssessment;
import kaohe.score.UnitScorer;
import kaohe.shared.Period;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** assess-period's processor: one unit's scorecard for the run's period. */
final class UnitScoring implements ItemProcessor<ReportingUnit, UnitAssessment> {

    private final UnitScorer scorer;
    private final Period period;

    UnitScoring(UnitScorer scorer, Period period) {
        this.scorer = scorer;
        this.period = period;
    }

    @Override
    public UnitAssessment process(ReportingUnit unit) {
        return scorer.assess(unit, period);
    }
}
