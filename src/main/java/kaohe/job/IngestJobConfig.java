package kaohe.job;

import kaohe.ingest.InboxFile;
import org.springframework.batch.infrastructure.item.ItemReader;
import kaohe.ingest.IngestRuns;
import kaohe.ingest.IngestOutcome;
import kaohe.ingest.ReturnFiler;
import kaohe.ingest.ReturnIngest;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.AlwaysSkipItemSkipPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * ingest-returns: every settled file in the inbox, {@code kaohe.ingest.files-per-transaction} files per
 * chunk and so per transaction, filed together under one savepoint, or one file at a time under a savepoint each once
 * one of them fails (see {@link ReturnFiler}).
 * A file that fails technically is skipped and stays in the inbox for the next run; bad content is not
 * a failure but a rejected return. The inbox is split into {@code kaohe.ingest.threads} partitions by
 * unit folder, each ingested by its own worker step on its own thread (a unit's files stay in order in
 * one partition). See jobs/README.md.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfig {

    static final String JOB = "ingest-returns";

    @Bean
    Job ingestReturns(JobRepository repository, LocalExecutions localExecutions, Step ingestReturnsInbox) {
        return new JobBuilder(JOB, repository).listener(localExecutions).start(ingestReturnsInbox).build();
    }

    @Bean
    Step ingestReturnsInbox(JobRepository repository, Step ingestReturnsProcess, Partitioner inboxPartitioner,
                            kaohe.KaoheProperties properties) {
        int workers = properties.ingest().workers();
        var executor = new org.springframework.core.task.SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(workers);
        return new StepBuilder(JOB + ".inbox", repository)
                .partitioner(ingestReturnsProcess.getName(), inboxPartitioner)
                .step(ingestReturnsProcess)
                .gridSize(workers)
                .taskExecutor(executor)
                .build();
    }

    @Bean
    @StepScope
    Partitioner inboxPartitioner(IngestRuns runs, @Value("#{jobParameters['run.id']}") Long runId) {
        return new InboxPartitioner(runs.ledger(runId));
    }

    @Bean
    Step ingestReturnsProcess(JobRepository repository, PlatformTransactionManager transactionManager,
                              ItemReader<InboxFile> inboxFiles, IngestProcessor inboxFileProcessor,
                              IngestWriter returnWriter, IngestSkipLog ingestSkipLog, kaohe.KaoheProperties properties) {
        return new StepBuilder(JOB + ".process", repository)
                .<InboxFile, IngestOutcome>chunk(properties.ingest().filesPerTransaction())
                .transactionManager(transactionManager)
                .reader(inboxFiles)
                .processor(inboxFileProcessor)
                .writer(returnWriter)
                .faultTolerant()
                // Workers' transactions can deadlock on MySQL, and two can race to accept one unit's return
                // (the unique current_key lets one win); the loser is simply tried again.
                .retry(TransientDataAccessException.class)
                .retry(org.springframework.dao.DuplicateKeyException.class)
                .retryLimit(3)
                .skipPolicy(new AlwaysSkipItemSkipPolicy())
                .skipListener(ingestSkipLog)
                .build();
    }

    @Bean
    @StepScope
    ItemReader<InboxFile> inboxFiles(IngestRuns runs, LocalExecutions local, @Value("#{jobParameters['run.id']}") Long runId,
                                @Value("#{stepExecutionContext['" + InboxPartitioner.PARTITION + "']}") String partition) {
        return new InboxShareReader(runs.ledger(runId).filesOf(partition), local::isIngestStopRequested);
    }

    @Bean
    @StepScope
    IngestProcessor inboxFileProcessor(ReturnIngest ingest, IngestRuns runs, @Value("#{jobParameters['run.id']}") Long runId) {
        return new IngestProcessor(ingest, runs.ledger(runId));
    }

    @Bean
    @StepScope
    IngestSkipLog ingestSkipLog(kaohe.ingest.Quarantine quarantine, IngestRuns runs, @Value("#{jobParameters['run.id']}") Long runId) {
        return new IngestSkipLog(quarantine, runs.ledger(runId));
    }

    @Bean
    @StepScope
    IngestWriter returnWriter(ReturnFiler filer, IngestSkipLog ingestSkipLog, @Value("#{jobParameters['run.id']}") Long runId,
                              @Value("#{stepExecution.stepName}") String worker,
                              @Value("#{jobParameters['dry-run']}") String dryRun) {
        return new IngestWriter(filer, ingestSkipLog, runId, worker, Boolean.parseBoolean(dryRun));
    }
}
