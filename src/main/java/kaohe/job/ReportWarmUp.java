package kaohe.job;

import kaohe.report.AssessmentReports;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** As an assess starts, the unit PDFs' fonts and code start loading on the core scoring leaves idle. */
final class ReportWarmUp implements JobExecutionListener {

    private final AssessmentReports reports;

    ReportWarmUp(AssessmentReports reports) {
        this.reports = reports;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        reports.warmUp();
    }
}
