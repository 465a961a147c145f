package kaohe.job;

import kaohe.report.AssessmentExport;
import kaohe.report.AssessmentReports;
import kaohe.shared.Period;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * assess-period's export step: ranks the scored run and writes the period's outputs. What the reports
 * took is kept with the step, where the launcher (and so the benchmark) reads it.
 */
final class PeriodExportTasklet implements Tasklet {

    static final String UNIT_PDFS = "unit-pdfs";
    static final String UNIT_PDF_NANOS = "unit-pdf-nanos";
    static final String WORKBOOK_ROWS = "workbook-rows";
    static final String WORKBOOK_NANOS = "workbook-nanos";

    private final AssessmentExport export;
    private final long runId;
    private final Period period;

    PeriodExportTasklet(AssessmentExport export, long runId, Period period) {
        this.export = export;
        this.runId = runId;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        AssessmentReports.Written written = export.export(runId, period);
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putInt(UNIT_PDFS, written.unitPdfs());
        context.putLong(UNIT_PDF_NANOS, written.unitPdfNanos());
        context.putInt(WORKBOOK_ROWS, written.workbookRows());
        context.putLong(WORKBOOK_NANOS, written.workbookNanos());
        return RepeatStatus.FINISHED;
    }
}
