package kaohe.job;

import kaohe.ingest.InboxFile;
import kaohe.ingest.InboxReader;
import kaohe.ingest.IngestOutcome;
import kaohe.ingest.ReturnFiler;
import kaohe.ingest.ReturnIngest;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.AlwaysSkipItemSkipPolicy;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * ingest-returns: every settled file in the inbox, one file per chunk and so one transaction per file.
 * A file that fails technically is skipped and stays in the inbox for the next run; bad content is not
 * a failure but a rejected return. See jobs/README.md.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfig {

    static final String JOB = "ingest-returns";

    @Bean
    Job ingestReturns(JobRepository repository, LocalExecutions localExecutions, Step ingestReturnsProcess) {
        return new JobBuilder(JOB, repository).listener(localExecutions).start(ingestReturnsProcess).build();
    }

    @Bean
    Step ingestReturnsProcess(JobRepository repository, PlatformTransactionManager transactionManager,
                              ListItemReader<InboxFile> inboxFiles, ReturnIngest ingest,
                              IngestWriter returnWriter) {
        return new StepBuilder(JOB + ".process", repository)
                .<InboxFile, IngestOutcome>chunk(1)
                .transactionManager(transactionManager)
                .reader(inboxFiles)
                .processor(ingest::process)
                .writer(returnWriter)
                .faultTolerant()
                .skipPolicy(new AlwaysSkipItemSkipPolicy())
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<InboxFile> inboxFiles(InboxReader inbox, @Value("#{jobParameters['run.id']}") Long runId) {
        return new ListItemReader<>(inbox.take(runId));
    }

    @Bean
    @StepScope
    IngestWriter returnWriter(ReturnFiler filer, @Value("#{jobParameters['run.id']}") Long runId,
                              @Value("#{jobParameters['dry-run']}") String dryRun) {
        return new IngestWriter(filer, runId, Boolean.parseBoolean(dryRun));
    }
}
