package kaohe.job;

import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.report.AssessmentExport;
import kaohe.score.AssessmentStore;
import kaohe.score.UnitAssessment;
import kaohe.score.UnitScorer;
import kaohe.shared.Period;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * assess-period: scores every unit of the plan for a period (one unit per chunk), then ranks them and
 * writes the period's outputs. See jobs/README.md.
 */
@Configuration(proxyBeanMethods = false)
class AssessJobConfig {

    static final String JOB = "assess-period";

    /**
     * Units scored and stored per transaction. Each chunk also updates the step's rows in the job repository; one unit
     * per chunk spent as many statements on that as on the unit's own rows. A run that fails is left unfinished and the next
     * assess scores every unit again under a run of its own, so the size changes nothing but the number of commits.
     */
    static final int UNITS_PER_TRANSACTION = 50;

    @Bean
    Job assessPeriod(JobRepository repository, LocalExecutions localExecutions, Step assessPeriodScore, Step assessPeriodExport,
                     kaohe.report.AssessmentReports reports) {
        return new JobBuilder(JOB, repository).listener(localExecutions).listener(new ReportWarmUp(reports))
                .start(assessPeriodScore).next(assessPeriodExport).build();
    }

    @Bean
    Step assessPeriodScore(JobRepository repository, PlatformTransactionManager transactionManager,
                           ListItemReader<ReportingUnit> planUnits, ItemProcessor<ReportingUnit, UnitAssessment> unitScoring,
                           ItemWriter<UnitAssessment> assessmentWriter) {
        return new StepBuilder(JOB + ".score", repository)
                .<ReportingUnit, UnitAssessment>chunk(UNITS_PER_TRANSACTION)
                .transactionManager(transactionManager)
                .reader(planUnits)
                .processor(unitScoring)
                .writer(assessmentWriter)
                .build();
    }

    @Bean
    Step assessPeriodExport(JobRepository repository, PlatformTransactionManager transactionManager, Tasklet periodExport) {
        return new StepBuilder(JOB + ".export", repository).tasklet(periodExport, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet periodExport(AssessmentExport export, @Value("#{jobParameters['run.id']}") Long runId,
                         @Value("#{jobParameters['period']}") String period) {
        return new PeriodExportTasklet(export, runId, Period.of(period));
    }

    @Bean
    @StepScope
    ListItemReader<ReportingUnit> planUnits(Plan plan) {
        return new ListItemReader<>(plan.units());
    }

    @Bean
    @StepScope
    ItemProcessor<ReportingUnit, UnitAssessment> unitScoring(UnitScorer scorer, @Value("#{jobParameters['period']}") String period,
                                                             kaohe.shared.ProgressBoard progress) {
        return new UnitScoring(scorer, Period.of(period), progress);
    }

    @Bean
    @StepScope
    ItemWriter<UnitAssessment> assessmentWriter(AssessmentStore store, @Value("#{jobParameters['run.id']}") Long runId) {
        return new AssessmentWriter(store, runId);
    }
}
