package kaohe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.job.LocalExecutions;
import kaohe.plan.Plan;
import kaohe.report.Reminders;
import kaohe.schedule.JobDefinition;
import kaohe.schedule.JobDefinitions;
import kaohe.schedule.ScheduledRuns;
import kaohe.shared.Period;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: runs the schedules in {@code jobs/} until stopped. SIGTERM asks the running job to stop
 * after its current item, waits for it, and exits.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "按 jobs/ 中的定时作业运行（轮询收件箱、季度考核、催报），直到被停止。")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--jobs-dir", paramLabel = "DIR", defaultValue = "${sys:kaohe.jobs-dir:-${env:KAOHE_JOBS_DIR:-jobs}}",
            description = "定时作业定义所在的文件夹。默认：${DEFAULT-VALUE}")
    Path jobsDir;

    @Option(names = "--settle-seconds", paramLabel = "N", description = "最近 N 秒内改动过的文件留待下次轮询处理。默认：5")
    Integer settleSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        JobDefinitions.Load load = JobDefinitions.load(jobsDir);
        if (!load.isValid()) {
            load.problems().forEach(problem -> out.println(jobsDir.getFileName() + "/" + problem));
            out.println("作业定义有 " + load.problems().size() + " 处问题，服务未启动。");
            out.flush();
            return ExitStatus.INVALID_INPUT;
        }
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put("spring.main.register-shutdown-hook", false);
        if (settleSeconds != null) {
            properties.put("kaohe.ingest.settle-seconds", settleSeconds);
        }
        ConfigurableApplicationContext context = options.startApplication(properties);
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("kaohe-schedule-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(600);
        scheduler.initialize();
        JdbcTemplateLockProvider lockProvider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(context.getBean(DataSource.class))).usingDbTime().build());
        ScheduledRuns runs = new ScheduledRuns(load.definitions(), new DefaultLockingTaskExecutor(lockProvider),
                runner(context), context.getBean(Plan.class), context.getBean(Clock.class));
        List<JobDefinition> scheduled = runs.schedule(scheduler);
        out.println("考核服务已启动：" + scheduled.size() + " 个定时作业（" + String.join("，",
                scheduled.stream().map(d -> d.name() + " " + d.cron()).toList()) + "）。按 Ctrl+C 或发送 SIGTERM 停止。");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LocalExecutions local = context.getBean(LocalExecutions.class);
            local.stopAll(context);
            // No new runs; the running one ends after its current items, and the database stays open until it has.
            scheduler.shutdown();
            try {
                local.awaitIdle(java.time.Duration.ofMinutes(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            context.close();
            stopped.countDown();
        }, "kaohe-shutdown"));
        stopped.await();
        return ExitStatus.DONE;
    }

    static ScheduledRuns.Runner runner(ConfigurableApplicationContext context) {
        return new ScheduledRuns.Runner() {
            /** An empty inbox is not worth a job run: at one poll every few minutes the history would be all noise. */
            @Override
            public void ingest() throws Exception {
                if (context.getBean(kaohe.ingest.Inbox.class).snapshot().hasWork() || context.getBean(kaohe.ingest.EvidenceIntake.class).hasWork()) {
                    try {
                        context.getBean(IngestLauncher.class).run(false);
                    } catch (kaohe.ingest.IngestLock.Busy busy) {
                        org.slf4j.LoggerFactory.getLogger(ServeCommand.class).info("ingest skipped: {}", busy.getMessage());
                    }
                }
            }

            @Override
            public void assess(Period period) throws Exception {
                context.getBean(AssessLauncher.class).run(period);
            }

            @Override
            public void remind(Period period) {
                context.getBean(Reminders.class).remind(period);
            }

            @Override
            public void followUpRectification() throws Exception {
                var taken = context.getBean(kaohe.rectify.RectificationIntake.class).run();
                var reminded = context.getBean(kaohe.office.RectificationReminders.class).remind();
                org.slf4j.LoggerFactory.getLogger(ServeCommand.class).info("rectify-follow-up: {}; {} overdue, {} reminders mailed",
                        taken.text(), reminded.overdue().size(), reminded.mailed());
            }

            @Override
            public void takeObjections() throws Exception {
                org.slf4j.LoggerFactory.getLogger(ServeCommand.class).info("objections-ingest: {}",
                        context.getBean(kaohe.office.ObjectionDesk.class).ingest().text());
            }
        };
    }
}
