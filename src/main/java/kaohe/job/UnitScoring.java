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
    private final kaohe.shared.ProgressBoard progress;

    UnitScoring(UnitScorer scorer, Period period, kaohe.shared.ProgressBoard progress) {
        this.scorer = scorer;
        this.period = period;
        this.progress = progress;
    }

    @Override
    public UnitAssessment process(ReportingUnit unit) {
        UnitAssessment assessment = scorer.assess(unit, period);
        progress.step(kaohe.report.AssessmentReports.PROGRESS);
        return assessment;
    }
}
