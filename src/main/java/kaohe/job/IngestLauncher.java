package kaohe.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kaohe.ingest.Inbox;
import kaohe.ingest.IngestLock;
import kaohe.ingest.IngestRuns;
import kaohe.ingest.IngestSummary;
import kaohe.ingest.LeftReason;
import kaohe.ingest.IngestRunRecords;
import kaohe.ingest.RunReturn;
import kaohe.ingest.RunLedger;
import kaohe.ingest.StagingArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts one ingest run: takes the home's ingest lock (one run at a time, whichever process), takes the
 * run's one snapshot of the inbox, runs the job over it, and stores a summary that accounts for every
 * file still in the inbox afterwards.
 */
@Component
public class IngestLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(IngestLauncher.class);

    private final JobOperator operator;
    private final Job job;
    private final IngestRunRecords store;
    private final Inbox inbox;
    private final StagingArea staging;
    private final IngestRuns runs;
    private final Path home;
    private final Clock clock;

    private final kaohe.report.ReturnNotices notices;
    private final kaohe.template.SealKeys sealKeys;
    private final kaohe.shared.ProgressBoard progress;

    private final kaohe.ingest.EvidenceIntake evidence;

    IngestLauncher(JobOperator operator, @Qualifier("ingestReturns") Job job, IngestRunRecords store, Inbox inbox, StagingArea staging,
                   IngestRuns runs, kaohe.KaoheProperties properties, Clock clock, kaohe.report.ReturnNotices notices,
                   kaohe.template.SealKeys sealKeys, kaohe.shared.ProgressBoard progress, kaohe.ingest.EvidenceIntake evidence) {
        this.evidence = evidence;
        this.progress = progress;
        this.notices = notices;
        this.sealKeys = sealKeys;
        this.operator = operator;
        this.job = job;
        this.store = store;
        this.inbox = inbox;
        this.staging = staging;
        this.runs = runs;
        this.home = properties.home();
        this.clock = clock;
    }

    /**
     * @throws IngestLock.Busy when another ingest of this home is running
     * @throws kaohe.shared.OperatorFailure before any file is touched, when a seal key of issued templates is missing
     */
    public IngestSummary run(boolean dryRun) throws Exception {
        try (IngestLock lock = IngestLock.tryAcquire(home).orElseThrow(() -> new IngestLock.Busy(home))) {
            sealKeys.checked();
            staging.clear();
            // A run killed while it wrote a copy or a feedback workbook leaves its temporary file behind.
            for (String folder : List.of("archive", "rejected", "failed", "dry-run")) {
                int removed = kaohe.shared.AtomicFiles.clearLeftovers(home.resolve(folder));
                if (removed > 0) {
                    LOG.info("removed {} temporary files an interrupted run left in {}/", removed, folder);
                }
            }
            long runId = store.startRun(dryRun, clock.instant());
            RunLedger ledger = runs.open(runId, inbox.snapshot());
            try (kaohe.shared.Progress shown = progress.open("ingest", "接收报表", ledger.snapshot().ready().size())) {
                ledger.showProgressOn(shown);
                ledger.snapshot().left().stream().filter(l -> l.reason() == LeftReason.LINK)
                        .forEach(l -> LOG.warn("inbox/{} is a symbolic link: refused, not followed, left in place", l.path()));
                JobExecution execution = operator.start(job, new JobParametersBuilder()
                        .addLong("run.id", runId)
                        .addString("dry-run", Boolean.toString(dryRun))
                        .toJobParameters());
                Map<LeftReason, Integer> left = ledger.census(inbox.snapshot());
                store.finishRun(runId, clock.instant(), left, ledger.quarantined());
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    throw new IllegalStateException("ingest run " + runId + " ended " + execution.getStatus() + ": "
                            + execution.getAllFailureExceptions());
                }
                IngestSummary summary = store.summary(runId);
                if (dryRun) {
                    return summary;
                }
                // After the run's transactions have committed: a unit never hears of a file that was rolled back.
                List<RunReturn> stored = store.ofRun(runId);
                notices.send(stored);
                summary = summary.withRejectedFiles(stored.stream()
                        .filter(r -> r.status() == kaohe.ingest.ReturnStatus.REJECTED).map(r -> r.originalName()).toList())
                        .withSealFailures(store.sealFailures(runId));
                // After the returns: evidence sent with a return backs it once it is accepted, in this same run.
                kaohe.ingest.EvidenceIntake.Taken taken = evidence.run();
                taken.lines().forEach(line -> LOG.info("evidence: {}", line));
                if (taken.any()) {
                    summary = summary.withEvidence(taken.text());
                }
                if (summary.sealAlarm()) {
                    LOG.warn("ingest run {}: {} of {} files judged failed the template seal (F014); the installation's seal key "
                            + "was probably lost or replaced", runId, summary.sealFailures(), summary.accepted() + summary.rejected());
                }
                return summary;
            } finally {
                runs.close(runId);
            }
        }
    }
}
