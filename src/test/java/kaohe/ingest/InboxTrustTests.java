package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.TestDatabases;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateLayout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox as an attacker, a careless copier and a broken disk would meet it, through the real ingest
 * job on every database: links, files rewritten mid-run, forged identities, poison values, files
 * that cannot be reopened, technical failures, sub-folders and GBK names, and what the summary says.
 */
class InboxTrustTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final String P = "2019Q2";

    @TempDir
    Path home;

    @TempDir
    Path outside;

    private ConfigurableApplicationContext start(DatabaseSettings database) {
        return IngestFixture.start(home, database);
    }

    private Path inbox(String relative) throws java.io.IOException {
        return IngestFixture.inbox(home, relative);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void linksAreRefusedAndLeftInPlaceAndNothingBehindThemIsReadCopiedOrDeleted(DatabaseSettings database) throws Exception {
        Path elsewhere = FilledReturn.template(PLAN, "330402", P).everything().saveTo(outside.resolve("not in the inbox.xlsx"));
        Path secret = Files.writeString(outside.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createDirectories(home.resolve("inbox"));
        Path folderLink = Files.createSymbolicLink(home.resolve("inbox/330402"), outside);
        Path fileLink = Files.createSymbolicLink(home.resolve("inbox/x.xlsx"), secret);
        FilledReturn.template(PLAN, "330411", P).everything().saveTo(inbox("330411/秀洲区.xlsx"));

        try (ConfigurableApplicationContext context = start(database)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).isEqualTo(1);
            assertThat(summary.rejected()).isZero();
            assertThat(summary.left(LeftReason.LINK)).isEqualTo(2);
            assertThat(summary.text()).contains("拒收符号链接 2 个");
            assertThat(elsewhere).as("never deleted through the folder link").exists();
            assertThat(secret).exists();
            assertThat(folderLink).isSymbolicLink();
            assertThat(fileLink).isSymbolicLink();
            assertThat(home.resolve("rejected")).as("no link target copied anywhere").doesNotExist();
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT original_name FROM return_file").query(String.class).list()).containsExactly("秀洲区.xlsx");
            assertThat(jdbc.sql("SELECT links FROM ingest_run WHERE id = ?").param(summary.runId()).query(Integer.class).single()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aFileRewrittenWhileItIsIngestedKeepsTheCheckedBytesAndTheNewVersionWaitsForTheNextRun(DatabaseSettings database) throws Exception {
        Path file = FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 91).saveTo(inbox("330402/南湖区.xlsx"));
        byte[] checked = Files.readAllBytes(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        try (ConfigurableApplicationContext context = start(database)) {
            ReturnStore store = context.getBean(ReturnStore.class);
            IngestRuns runs = context.getBean(IngestRuns.class);
            long runId = store.startRun(false, Instant.now());
            RunLedger ledger = runs.open(runId, context.getBean(Inbox.class).snapshot());
            IngestOutcome outcome = context.getBean(ReturnIngest.class).take(ledger.snapshot().ready().get(0)).orElseThrow();

            // The sender saves a second version over the first while the first is being filed.
            FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 97).saveTo(file);
            new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(status -> context.getBean(ReturnFiler.class).file(runId, "test", false, outcome));

            StoredReturn stored = store.current(PLAN.id(), UnitCode.of("330402"), Period.of(P)).orElseThrow();
            assertThat(Files.readAllBytes(home.resolve(stored.storedPath()))).as("the archive holds the bytes that were checked").isEqualTo(checked);
            assertThat(value(stored, "Q02")).isEqualByComparingTo("91");
            assertThat(file).as("the unprocessed version is not deleted").exists();
            assertThat(ledger.census(context.getBean(Inbox.class).snapshot())).containsEntry(LeftReason.CHANGED, 1);
            runs.close(runId);

            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(30)));
            IngestSummary next = context.getBean(IngestLauncher.class).run(false);

            assertThat(next.accepted()).isEqualTo(1);
            assertThat(value(store.current(PLAN.id(), UnitCode.of("330402"), Period.of(P)).orElseThrow(), "Q02")).isEqualByComparingTo("97");
            assertThat(file).doesNotExist();
        }
    }

    /**
     * Spring Batch retries a write (a deadlock between workers) inside the same chunk transaction, so the
     * filing of one untouched file completes twice at the commit: the second must not report the file
     * rewritten because the first already took it out of the inbox.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aWriteRetriedInItsTransactionNeverReportsAnUntouchedFileAsRewritten(DatabaseSettings database) throws Exception {
        Path original = FilledReturn.template(PLAN, "330402", P).everything().saveTo(inbox("南湖区.xlsx"));
        byte[] bytes = Files.readAllBytes(original);
        try (ConfigurableApplicationContext context = start(database)) {
            context.getBean(IngestLauncher.class).run(false);
            Path again = inbox("南湖区（再次发送）.xlsx");
            Files.write(again, bytes);
            Files.setLastModifiedTime(again, FileTime.from(Instant.now().minusSeconds(60)));
            ReturnStore store = context.getBean(ReturnStore.class);
            IngestRuns runs = context.getBean(IngestRuns.class);
            long runId = store.startRun(false, Instant.now());
            RunLedger ledger = runs.open(runId, context.getBean(Inbox.class).snapshot());
            IngestOutcome outcome = context.getBean(ReturnIngest.class).take(ledger.snapshot().ready().get(0)).orElseThrow();
            assertThat(outcome.status()).isEqualTo(ReturnStatus.DUPLICATE);

            ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ReturnFiler.class);
            ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log = new ch.qos.logback.core.read.ListAppender<>();
            log.start();
            logger.addAppender(log);
            try {
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
                    context.getBean(ReturnFiler.class).file(runId, "test", false, outcome);
                    context.getBean(ReturnFiler.class).file(runId, "test", false, outcome);
                });
            } finally {
                logger.detachAppender(log);
            }

            assertThat(again).doesNotExist();
            assertThat(ledger.census(context.getBean(Inbox.class).snapshot())).doesNotContainKey(LeftReason.CHANGED);
            assertThat(log.list).extracting(e -> e.getFormattedMessage()).noneMatch(m -> m.contains("rewritten") || m.contains("saved over"));
            runs.close(runId);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aForgedIdentityIsRejectedAndTheGenuineReturnStillCounts(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330411", P).everything().value("Q02", 90).saveTo(inbox("秀洲区.xlsx"));
        try (ConfigurableApplicationContext context = start(database)) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            ingest.run(false);
            // 南湖区's own template, its hidden sheet unhidden and edited to say 秀洲区; the visible cover still says 南湖区.
            FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 50).with(wb -> {
                var meta = wb.getSheet(TemplateLayout.META_SHEET);
                meta.forEach(row -> {
                    if (row.getCell(0).getStringCellValue().equals(TemplateLayout.META_UNIT)) {
                        row.getCell(1).setCellValue("330411");
                    }
                });
            }).saveTo(inbox("秀洲区（更正）.xlsx"));

            IngestSummary summary = ingest.run(false);

            assertThat(summary.rejected()).isEqualTo(1);
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT f.code FROM return_finding f JOIN return_file r ON r.id = f.return_id WHERE r.original_name = ?")
                    .param("秀洲区（更正）.xlsx").query(String.class).list()).contains("F014", "F015");
            StoredReturn current = context.getBean(ReturnStore.class).current(PLAN.id(), UnitCode.of("330411"), Period.of(P)).orElseThrow();
            assertThat(current.originalName()).isEqualTo("秀洲区.xlsx");
            assertThat(value(current, "Q02")).isEqualByComparingTo("90");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void poisonValuesAreRejectedOnceWithTheirCodesAndLeaveNoOrphanCopy(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "ZJJ", P).everything().value("Q05", 1e15).saveTo(inbox("ZJJ/count 1e15.xlsx"));
        FilledReturn.template(PLAN, "330402", P).everything().text("Q02", "1e20").saveTo(inbox("330402/text 1e20.xlsx"));
        FilledReturn.template(PLAN, "330411", P).everything().value("Q02", 95.1234567).saveTo(inbox("330411/seven decimals.xlsx"));
        try (ConfigurableApplicationContext context = start(database)) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            IngestSummary first = ingest.run(false);
            IngestSummary second = ingest.run(false);

            assertThat(first.rejected()).isEqualTo(3);
            assertThat(first.deferred()).isZero();
            assertThat(second.accepted() + second.rejected() + second.duplicates()).as("nothing left to fail again").isZero();
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT code FROM return_finding WHERE code LIKE 'C11%' ORDER BY code").query(String.class).list())
                    .containsExactly("C111", "C111", "C114");
            assertThat(home.resolve("archive")).doesNotExist();
            assertThat(files(home.resolve("rejected"))).hasSize(6);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aFileThatKeepsFailingTechnicallyIsQuarantinedWithANoteAfterThreeRunsAndNeverReportedToTheUnit(DatabaseSettings database)
            throws Exception {
        Path file = FilledReturn.template(PLAN, "330402", P).everything().saveTo(inbox("330402/南湖区.xlsx"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        try (ConfigurableApplicationContext context = start(database)) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            // The database breaks under the return's values: every attempt to store them fails.
            jdbc.sql("ALTER TABLE return_value RENAME TO return_value_broken").update();
            IngestLauncher ingest = context.getBean(IngestLauncher.class);

            IngestSummary first = ingest.run(false);
            assertThat(first.left(LeftReason.FAILED)).isEqualTo(1);
            assertThat(first.text()).contains("待下次处理 1 份（技术故障 1 份）");
            assertThat(file).exists();
            assertThat(home.resolve("archive")).as("the copy made before the failure is taken back").satisfies(a ->
                    assertThat(files(a)).isEmpty());
            ingest.run(false);
            IngestSummary third = ingest.run(false);

            assertThat(third.quarantined()).isEqualTo(1);
            assertThat(third.deferred()).isZero();
            assertThat(file).doesNotExist();
            List<Path> failed = files(home.resolve("failed"));
            assertThat(failed).hasSize(2);
            Path note = failed.stream().filter(p -> p.toString().endsWith(".说明.txt")).findFirst().orElseThrow();
            assertThat(Files.readString(note, StandardCharsets.UTF_8)).contains("连续 3 次因技术原因").contains("inbox/330402/南湖区.xlsx")
                    .contains("放回收件箱");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM return_file").query(Integer.class).single()).as("never answered as a bad file").isZero();
            assertThat(home.resolve("rejected")).doesNotExist();
            List<IngestFailures.Quarantined> quarantined = context.getBean(IngestFailures.class).quarantined();
            assertThat(quarantined).singleElement().satisfies(q -> {
                assertThat(q.attempts()).isEqualTo(3);
                assertThat(q.inboxPath()).isEqualTo("330402/南湖区.xlsx");
            });

            StringWriter shown = new StringWriter();
            var status = kaohe.cli.KaoheCommand.commandLine();
            status.setOut(new PrintWriter(shown));
            status.execute("status", "--home", home.toString(), "--plan", ShippedPlan.FOLDER.toString(),
                    "--db-url", database.url(), "--db-user", database.user(), "--db-password=" + database.password());
            assertThat(shown.toString()).contains("隔离区").contains("330402/南湖区.xlsx").contains("3 次");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void workbooksThatCannotBeReopenedStillGetFeedbackAndLeaveTheInbox(DatabaseSettings database) throws Exception {
        Path good = FilledReturn.template(PLAN, "330402", P).everything().saveTo(outside.resolve("good.xlsx"));
        Files.write(inbox("dup.xlsx"), WorkbookGuardTests.withDuplicateEntry(Files.readAllBytes(good)));
        Files.write(inbox("1500 entries.xlsx"), WorkbookGuardTests.withExtraEntries(Files.readAllBytes(good), 1500));
        try (ConfigurableApplicationContext context = start(database)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.rejected()).isEqualTo(2);
            assertThat(summary.deferred()).isZero();
            assertThat(files(home.resolve("inbox"))).isEmpty();
            List<Path> feedback = files(home.resolve("rejected")).stream().filter(p -> p.toString().contains(".反馈.")).toList();
            assertThat(feedback).hasSize(2).allSatisfy(p -> {
                try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(p.toFile())) {
                    assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(FeedbackWriter.SUMMARY_SHEET);
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void returnsInSubFoldersAndUnderGbkNamesAreReadAndAccepted(DatabaseSettings database) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a shell to make a file name that is not UTF-8");
        FilledReturn.template(PLAN, "330402", P).everything().saveTo(inbox("330402/2019年/二季度/南湖区.xlsx"));
        Path source = FilledReturn.template(PLAN, "330411", P).everything().saveTo(outside.resolve("source.xlsx"));
        Path folder = Files.createDirectories(home.resolve("inbox/330411"));
        // 秀洲区.xlsx as a Windows archive leaves it: the name's bytes in GBK.
        Process copy = new ProcessBuilder("/bin/sh", "-c", "cp \"$0\" \"$(printf '\\320\\343\\326\\336\\307\\370.xlsx')\"", source.toString())
                .directory(folder.toFile()).inheritIO().start();
        assertThat(copy.waitFor()).isZero();
        try (ConfigurableApplicationContext context = start(database)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(files(home.resolve("inbox"))).isEmpty();
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT original_name FROM return_file ORDER BY unit_code").query(String.class).list())
                    .containsExactly("南湖区.xlsx", "秀洲区.xlsx");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void theSummaryCountsEveryFileLeftInTheInboxWithItsReasonAndStoresTheSame(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330402", P).everything().saveTo(inbox("330402/南湖区.xlsx"));
        Path copying = FilledReturn.template(PLAN, "330411", P).everything().saveTo(inbox("330411/秀洲区.xlsx"));
        Files.setLastModifiedTime(copying, FileTime.from(Instant.now().plusSeconds(3600)));
        Files.createSymbolicLink(inbox("link.xlsx"), outside);
        try (ConfigurableApplicationContext context = start(database)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).isEqualTo(1);
            assertThat(summary.deferred()).isEqualTo(1);
            assertThat(summary.left()).containsExactlyInAnyOrderEntriesOf(Map.of(LeftReason.SETTLING, 1, LeftReason.LINK, 1));
            assertThat(summary.text()).contains("待下次处理 1 份（正在写入 1 份）").contains("拒收符号链接 1 个");
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT deferred, left_settling, links FROM ingest_run WHERE id = ?").param(summary.runId())
                    .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single()).containsExactly(1, 1, 1);
            assertThat(context.getBean(ReturnStore.class).summary(summary.runId())).isEqualTo(summary);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aSecondIngestOfTheSameHomeSaysSoAndTouchesNothing(DatabaseSettings database) throws Exception {
        Path file = FilledReturn.template(PLAN, "330402", P).everything().saveTo(inbox("南湖区.xlsx"));
        try (ConfigurableApplicationContext context = start(database);
             IngestLock other = IngestLock.tryAcquire(home).orElseThrow()) {
            assertThatThrownBy(() -> context.getBean(IngestLauncher.class).run(false))
                    .isInstanceOf(IngestLock.Busy.class).hasMessageContaining("另一个接收作业正在处理");

            assertThat(file).exists();
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_run").query(Integer.class).single()).isZero();
        }
    }

    private static java.math.BigDecimal value(StoredReturn stored, String code) {
        return stored.values().stream().filter(v -> v.item().equals(ItemCode.of(code))).findFirst().orElseThrow().value();
    }

    private static List<Path> files(Path dir) throws java.io.IOException {
        return IngestFixture.files(dir);
    }
}
