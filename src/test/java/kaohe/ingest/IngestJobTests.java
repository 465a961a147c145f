package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.TestDatabases;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateLayout;
import kaohe.validate.ReturnValue;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ingest job end to end, through Spring Batch, on every supported database. */
class IngestJobTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final String P = "2019Q2";

    @TempDir
    Path home;

    private ConfigurableApplicationContext start(DatabaseSettings database) {
        return IngestFixture.start(home, database);
    }

    private Path inbox(String relative) throws java.io.IOException {
        return IngestFixture.inbox(home, relative);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void filledTemplatesAreStoredWithEveryValueTracedToItsCell(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 96.5).text("Q14", "无").status("T13", "滞后")
                .saveTo(inbox("330402/南湖区 2019年二季度.xlsx"));
        FilledReturn.template(PLAN, "ZJJ", P).everything().value("Q05", 2).saveTo(inbox("市质监局.xlsx"));
        try (ConfigurableApplicationContext context = start(database)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(summary.rejected()).isZero();
            ReturnStore store = context.getBean(ReturnStore.class);
            StoredReturn nanhu = store.current(PLAN.id(), UnitCode.of("330402"), Period.of(P)).orElseThrow();
            assertThat(nanhu.originalName()).isEqualTo("南湖区 2019年二季度.xlsx");
            assertThat(value(nanhu, "Q02").value()).isEqualByComparingTo("96.5");
            assertThat(value(nanhu, "Q02").cell()).isEqualTo("E6");
            assertThat(value(nanhu, "T13").status()).isEqualTo("滞后");
            assertThat(home.resolve(nanhu.storedPath())).exists().startsWith(home.resolve("archive/2019Q2/330402"));
            StoredReturn zjj = store.current(PLAN.id(), UnitCode.of("ZJJ"), Period.of(P)).orElseThrow();
            assertThat(value(zjj, "Q05").value()).isEqualByComparingTo("2");
            assertThat(zjj.values()).hasSize(kaohe.plan.DueItems.of(PLAN, UnitCode.of("ZJJ"), Period.of(P)).indicators().size()
                    + kaohe.plan.DueItems.of(PLAN, UnitCode.of("ZJJ"), Period.of(P)).tasks().size());
            assertThat(filesIn(home.resolve("inbox"))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void eachBadFileIsRejectedWithItsCodeWhileGoodFilesInTheSameRunAreAccepted(DatabaseSettings database) throws Exception {
        Map<String, String> bad = Map.of(
                "corrupt.xlsx", "F001", "password.xlsx", "F002", "text renamed.xlsx", "F001", "bomb.xlsx", "F004",
                "another unit.xlsx", "F009", "wrong period.xlsx", "F011", "empty.xlsx", "F012", "merged.xlsx", "F025",
                "deleted row.xlsx", "F022");
        Path good = FilledReturn.template(PLAN, "330402", P).everything().saveTo(home.resolve("good.xlsx"));
        Files.write(inbox("corrupt.xlsx"), java.util.Arrays.copyOf(Files.readAllBytes(good), 3000));
        FindingCodeTests.encrypted(good, inbox("password.xlsx"));
        Files.writeString(inbox("text renamed.xlsx"), "不是工作簿", StandardCharsets.UTF_8);
        FindingCodeTests.zipBomb(inbox("bomb.xlsx"));
        FilledReturn.template(PLAN, "330402", P).everything().saveTo(inbox("330411/another unit.xlsx"));
        FilledReturn.template(PLAN, "330411", P).everything().with(wb -> wb.getSheet(TemplateLayout.META_SHEET).getRow(4).getCell(1)
                .setCellValue("2020Q1")).saveTo(inbox("wrong period.xlsx"));
        FilledReturn.template(PLAN, "330421", P).saveTo(inbox("empty.xlsx"));
        FilledReturn.template(PLAN, "330424", P).everything().with(wb -> wb.getSheet(TemplateLayout.INDICATOR_SHEET)
                .addMergedRegion(new CellRangeAddress(5, 6, 4, 4))).saveTo(inbox("merged.xlsx"));
        FilledReturn deleted = FilledReturn.template(PLAN, "330481", P).everything();
        int row = deleted.rowOf(TemplateLayout.INDICATOR_SHEET, "Q03");
        deleted.with(wb -> wb.getSheet(TemplateLayout.INDICATOR_SHEET).removeRow(wb.getSheet(TemplateLayout.INDICATOR_SHEET).getRow(row)))
                .saveTo(inbox("deleted row.xlsx"));
        List<String> goodNames = List.of("平湖市 2019 二季度.xlsx", "-rf 桐乡.xlsx", "x".repeat(210) + ".xlsx", "..南湖区..xlsx");
        FilledReturn.template(PLAN, "330482", P).everything().saveTo(inbox(goodNames.get(0)));
        FilledReturn.template(PLAN, "330483", P).everything().saveTo(inbox(goodNames.get(1)));
        FilledReturn.template(PLAN, "JXW", P).everything().saveTo(inbox(goodNames.get(2)));
        FilledReturn.template(PLAN, "HBJ", P).everything().saveTo(inbox(goodNames.get(3)));

        try (ConfigurableApplicationContext context = start(database)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).isEqualTo(goodNames.size());
            assertThat(summary.rejected()).isEqualTo(bad.size());
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            bad.forEach((name, code) -> assertThat(jdbc.sql("SELECT f.code FROM return_finding f JOIN return_file r ON r.id = f.return_id "
                    + "WHERE r.original_name = ?").param(name).query(String.class).list()).as(name).contains(code));
            assertThat(jdbc.sql("SELECT original_name FROM return_file WHERE status = 'ACCEPTED'").query(String.class).list())
                    .containsExactlyInAnyOrderElementsOf(goodNames);
            List<Path> rejected = filesIn(home.resolve("rejected"));
            assertThat(filesIn(home.resolve("rejected/330424"))).as("a unit's folder holds its own feedback").hasSize(2)
                    .allSatisfy(p -> assertThat(p.getFileName().toString()).startsWith("merged"));
            assertThat(filesIn(home.resolve("rejected/330481"))).hasSize(2);
            assertThat(rejected.stream().filter(p -> !p.getFileName().toString().contains(".反馈."))).hasSize(bad.size());
            assertThat(rejected.stream().filter(p -> p.getFileName().toString().contains(".反馈."))).hasSize(bad.size());
            assertThat(filesIn(home)).allSatisfy(p -> assertThat(p.getFileName().toString()).doesNotStartWith("-").hasSizeLessThan(100));
            assertThat(filesIn(home.resolve("inbox"))).isEmpty();
            kaohe.job.JobHistory.Run run = context.getBean(kaohe.job.JobHistory.class).recent(1).get(0);
            assertThat(run.read()).as("status counts each file once, not once per worker and again for the manager")
                    .isEqualTo(goodNames.size() + bad.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void concurrentWorkersAnswerEveryFileOfEveryUnitInOneRunAndCountEachOnce(DatabaseSettings database) throws Exception {
        List<kaohe.plan.ReportingUnit> units = PLAN.units();
        for (kaohe.plan.ReportingUnit unit : units) {
            FilledReturn.template(PLAN, unit.code().value(), P).everything()
                    .saveTo(inbox(unit.code().value() + "/" + unit.name() + " " + P + ".xlsx"));
        }

        try (ConfigurableApplicationContext context = start(database)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted() + summary.rejected()).as("every file answered in this run").isEqualTo(units.size());
            assertThat(filesIn(home.resolve("inbox"))).as("no file left behind by a failed transaction").isEmpty();
            kaohe.job.JobHistory.Run run = context.getBean(kaohe.job.JobHistory.class).recent(1).get(0);
            assertThat(run.skipped()).isZero();
            assertThat(run.written()).isEqualTo(units.size());
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT accepted + rejected FROM ingest_run WHERE id = ?").param(summary.runId()).query(Integer.class).single())
                    .as("the run's stored counters add up its workers' tallies").isEqualTo(units.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aFileThatFailsForATechnicalReasonIsLoggedAndStaysInTheInboxWhileOthersAreStored(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330402", P).everything().saveTo(inbox("330402/南湖区.xlsx"));
        Path broken = FilledReturn.template(PLAN, "330411", P).everything().saveTo(inbox("330411/秀洲区.xlsx"));
        // The unit's archive folder cannot be made: a plain file stands where it should be.
        Files.createDirectories(home.resolve("archive").resolve(P));
        Files.writeString(home.resolve("archive").resolve(P).resolve("330411"), "not a folder");

        try (ConfigurableApplicationContext context = start(database); kaohe.LogCapture log = kaohe.LogCapture.of("kaohe.job.IngestSkipLog")) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).isEqualTo(1);
            assertThat(broken).exists();
            assertThat(log.messages()).anyMatch(m -> m.contains("秀洲区.xlsx could not be ingested and stays in the inbox for the next run"));
            assertThat(context.getBean(kaohe.job.JobHistory.class).recent(1).get(0).skipped()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aCorrectedReturnSupersedesTheFirstAndTheSameFileTwiceIsStoredOnce(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = start(database)) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            ReturnStore store = context.getBean(ReturnStore.class);
            Path first = FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 80).saveTo(home.resolve("first.xlsx"));
            Files.copy(first, inbox("南湖区.xlsx"));
            ingest.run(false);

            Files.copy(first, inbox("南湖区（再报一次）.xlsx"));
            FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 85).saveTo(inbox("南湖区-更正.xlsx"));
            Files.setLastModifiedTime(inbox("南湖区-更正.xlsx"), FileTime.from(Instant.now().minusSeconds(1)));
            IngestSummary second = ingest.run(false);

            assertThat(second.duplicates()).isEqualTo(1);
            assertThat(second.accepted()).isEqualTo(1);
            StoredReturn current = store.current(PLAN.id(), UnitCode.of("330402"), Period.of(P)).orElseThrow();
            assertThat(current.originalName()).isEqualTo("南湖区-更正.xlsx");
            assertThat(value(current, "Q02").value()).isEqualByComparingTo("85");
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT status FROM return_file WHERE unit_code = '330402' ORDER BY id").query(String.class).list())
                    .containsExactly("SUPERSEDED", "ACCEPTED");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM return_file").query(Integer.class).single()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void oneUnitsReturnsInTheInboxRootAndInItsFolderAtOnceLeaveExactlyOneAcceptedReturn(DatabaseSettings database) throws Exception {
        List<kaohe.plan.ReportingUnit> counties = PLAN.units().stream().filter(u -> u.code().value().startsWith("33")).toList();
        for (kaohe.plan.ReportingUnit unit : counties) {
            FilledReturn.template(PLAN, unit.code().value(), P).everything().value("Q02", 91).saveTo(inbox(unit.name() + " 初报.xlsx"));
            FilledReturn.template(PLAN, unit.code().value(), P).everything().value("Q02", 92)
                    .saveTo(inbox(unit.code().value() + "/" + unit.name() + " 再报.xlsx"));
        }
        assertThat(counties).as("some unit's folder lies in another partition than the inbox root")
                .anyMatch(u -> RunLedger.partitionOf(new InboxFile(home, "x", u.code(), 0, Instant.EPOCH, null), 3)
                        != RunLedger.partitionOf(new InboxFile(home, "x", null, 0, Instant.EPOCH, null), 3));

        try (ConfigurableApplicationContext context = start(database)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).isEqualTo(2 * counties.size());
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT unit_code, COUNT(*) FROM return_file WHERE status = 'ACCEPTED' GROUP BY unit_code")
                    .query((rs, n) -> rs.getInt(2)).list()).hasSize(counties.size()).containsOnly(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM return_file WHERE status = 'SUPERSEDED'").query(Integer.class).single())
                    .isEqualTo(counties.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void theDatabaseItselfRefusesASecondAcceptedReturnForOneUnitAndPeriod(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330402", P).everything().saveTo(inbox("南湖区.xlsx"));
        try (ConfigurableApplicationContext context = start(database)) {
            context.getBean(IngestLauncher.class).run(false);
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));

            // What a second worker racing the first would write, bypassing the supersession.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("INSERT INTO return_file (run_id, content_hash, original_name, "
                            + "stored_path, size_bytes, received_at, plan_id, plan_version, unit_code, period_code, status, errors, warnings, "
                            + "current_key) SELECT run_id, 'f', original_name, stored_path, size_bytes, received_at, plan_id, plan_version, "
                            + "unit_code, period_code, status, errors, warnings, current_key FROM return_file WHERE status = 'ACCEPTED'")
                    .update()).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        }
    }

    /** 异常值提示 against the peers already stored: a county far from the four received before it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aValueFarFromThePeersAlreadyReceivedIsAcceptedWithAWarning(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = start(database)) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            String[] peers = {"330411", "330421", "330424", "330481"};
            double[] values = {95, 94, 96, 93};
            for (int i = 0; i < peers.length; i++) {
                FilledReturn.template(PLAN, peers[i], P).everything().value("Q02", values[i]).saveTo(inbox(peers[i] + ".xlsx"));
            }
            ingest.run(false);
            FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 30).saveTo(inbox("330402.xlsx"));

            assertThat(ingest.run(false).accepted()).isEqualTo(1);

            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT message FROM return_finding WHERE code = 'V205'").query(String.class).single())
                    .startsWith("30 与已报送的 4 个同类单位相差很大（它们的中间值为 94").doesNotContain("z 值");
        }
    }

    /** 异常值提示 from the stored history: the same quarter a year before, read back from the database. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aCumulativeCountUnchangedForAYearIsAcceptedWithAWarning(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = start(database)) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            FilledReturn.template(PLAN, "ZJJ", "2018Q2").everything().value("Q07", 5).saveTo(inbox("2018.xlsx"));
            ingest.run(false);
            FilledReturn.template(PLAN, "ZJJ", P).everything().value("Q07", 5).saveTo(inbox("2019.xlsx"));

            IngestSummary summary = ingest.run(false);

            assertThat(summary.accepted()).isEqualTo(1);
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT message FROM return_finding WHERE code = 'V203' AND item_code = 'Q07'").query(String.class).single())
                    .isEqualTo("累计数 5 与一年前（2018Q2）所报相同，一年没有新增");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM return_finding WHERE code = 'V203' AND item_code = 'Q02'").query(Integer.class).single())
                    .as("a rate is not a count that should grow").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aCumulativeCountBelowLastQuartersIsRejected(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = start(database)) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            FilledReturn.template(PLAN, "ZJJ", "2019Q1").everything().value("Q07", 3).saveTo(inbox("q1.xlsx"));
            ingest.run(false);
            FilledReturn.template(PLAN, "ZJJ", P).everything().value("Q07", 2).saveTo(inbox("q2.xlsx"));

            IngestSummary summary = ingest.run(false);

            assertThat(summary.rejected()).isEqualTo(1);
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT message FROM return_finding WHERE code = 'V201'").query(String.class).single())
                    .isEqualTo("累计数 2 少于上期（2019Q1）已报的 3");
        }
    }

    /** The database refuses one file's values after its return row is written: none of that file stays, its batch-mates do. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aFileTheDatabaseRefusesHalfWayLeavesNoRowWhileItsBatchMatesAreStored(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 91).saveTo(inbox("330402/南湖区.xlsx"));
        Path refused = FilledReturn.template(PLAN, "330411", P).everything().value("Q02", 43.21).saveTo(inbox("330411/秀洲区.xlsx"));
        FilledReturn.template(PLAN, "330421", P).everything().value("Q02", 92).saveTo(inbox("330421/嘉善县.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0, "kaohe.ingest.threads", 1,
                        "kaohe.ingest.files-per-transaction", 10))) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            jdbc.sql("ALTER TABLE return_value ADD CONSTRAINT test_refuses_43_21 CHECK (value_number IS NULL OR value_number <> 43.21)")
                    .update();

            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(refused).exists();
            assertThat(jdbc.sql("SELECT unit_code FROM return_file ORDER BY unit_code").query(String.class).list())
                    .containsExactly("330402", "330421");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE unit_code = '330411'").query(Integer.class).single()).isZero();
            assertThat(filesIn(home.resolve("archive"))).hasSize(2);
            assertThat(context.getBean(kaohe.job.JobHistory.class).recent(1).get(0).skipped()).isEqualTo(1);
            assertThat(context.getBean(kaohe.job.JobHistory.class).recent(1).get(0).written()).isEqualTo(2);
        }
    }

    /**
     * A run of many files reads every stored content hash once instead of asking per file (SeenHashes); copies of a
     * return stored by an earlier run, and of one stored earlier in the same run, are still each a duplicate.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void copiesAreDuplicatesInARunTooLongToAskTheDatabaseForEachFile(DatabaseSettings database) throws Exception {
        Path stored = FilledReturn.template(PLAN, "330402", P).everything().value("Q02", 80).saveTo(home.resolve("stored.xlsx"));
        Path storedNow = FilledReturn.template(PLAN, "330411", P).everything().value("Q02", 70).saveTo(home.resolve("now.xlsx"));
        Instant start = Instant.now().minusSeconds(1_000);
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0, "kaohe.ingest.threads", 1))) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            Files.copy(stored, inbox("南湖区.xlsx"));
            assertThat(ingest.run(false).accepted()).isEqualTo(1);

            // Taken in order of arrival by the one worker: the junk first, enough to pass the questions a run asks one by one.
            int junk = SeenHashes.LOOKUPS_BEFORE_LOADING + 6;
            for (int i = 0; i < junk; i++) {
                Path file = Files.writeString(inbox("不是报表" + i + ".xlsx"), "not a workbook " + i);
                Files.setLastModifiedTime(file, FileTime.from(start.plusSeconds(i)));
            }
            Files.setLastModifiedTime(Files.copy(storedNow, inbox("秀洲区.xlsx")), FileTime.from(start.plusSeconds(junk)));
            Files.setLastModifiedTime(Files.copy(stored, inbox("南湖区（再报）.xlsx")), FileTime.from(start.plusSeconds(junk + 1)));
            // Another chunk than the one秀洲区 was stored in.
            Files.setLastModifiedTime(Files.copy(storedNow, inbox("秀洲区（再报）.xlsx")), FileTime.from(start.plusSeconds(junk + 30)));
            for (int i = 0; i < 25; i++) {
                Path file = Files.writeString(inbox("也不是报表" + i + ".xlsx"), "not a workbook either " + i);
                Files.setLastModifiedTime(file, FileTime.from(start.plusSeconds(junk + 2 + i)));
            }
            IngestSummary second = ingest.run(false);

            assertThat(second.rejected()).isEqualTo(junk + 25);
            assertThat(second.accepted()).isEqualTo(1);
            assertThat(second.duplicates()).isEqualTo(2);
        }
    }

    /** Several files share a transaction; each is still judged against what the files before it stored. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aUnitsTwoQuartersInOneRunAreCheckedInOrderAndTheSameFileTwiceIsStoredOnce(DatabaseSettings database) throws Exception {
        Path q1 = FilledReturn.template(PLAN, "ZJJ", "2019Q1").everything().value("Q07", 3).saveTo(inbox("ZJJ/q1.xlsx"));
        FilledReturn.template(PLAN, "ZJJ", P).everything().value("Q07", 2).saveTo(inbox("ZJJ/q2.xlsx"));
        Files.copy(q1, inbox("ZJJ/q1 再发一次.xlsx"));
        Files.setLastModifiedTime(inbox("ZJJ/q1 再发一次.xlsx"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(inbox("ZJJ/q2.xlsx"), FileTime.from(Instant.now().minusSeconds(120)));
        Files.setLastModifiedTime(q1, FileTime.from(Instant.now().minusSeconds(180)));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0,
                        "kaohe.ingest.files-per-transaction", 10))) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).isEqualTo(1);
            assertThat(summary.duplicates()).isEqualTo(1);
            assertThat(summary.rejected()).isEqualTo(1);
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT message FROM return_finding WHERE code = 'V201'").query(String.class).single())
                    .isEqualTo("累计数 2 少于上期（2019Q1）已报的 3");
            assertThat(filesIn(home.resolve("inbox"))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void dryRunWritesFeedbackButStoresAndMovesNothing(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330402", P).everything().text("Q02", "九十").saveTo(inbox("南湖区.xlsx"));
        FilledReturn.template(PLAN, "330411", P).everything().saveTo(inbox("秀洲区.xlsx"));
        try (ConfigurableApplicationContext context = start(database)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(true);

            assertThat(summary.dryRun()).isTrue();
            assertThat(summary.rejected()).isEqualTo(1);
            assertThat(summary.accepted()).isEqualTo(1);
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM return_file").query(Integer.class).single()).isZero();
            assertThat(filesIn(home.resolve("inbox"))).hasSize(2);
            assertThat(home.resolve("archive")).doesNotExist();
            assertThat(home.resolve("rejected")).doesNotExist();
            assertThat(filesIn(home.resolve("dry-run"))).singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).startsWith("南湖区-").contains(".反馈."));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aFileStillBeingCopiedIsLeftForTheNextRun(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330402", P).everything().saveTo(inbox("南湖区.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 600))) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.deferred()).isEqualTo(1);
            assertThat(summary.accepted()).isZero();
            assertThat(inbox("南湖区.xlsx")).exists();
        }
    }

    private static ReturnValue value(StoredReturn stored, String code) {
        return stored.values().stream().filter(v -> v.item().equals(ItemCode.of(code))).findFirst().orElseThrow();
    }

    private static List<Path> filesIn(Path dir) throws Exception {
        return IngestFixture.files(dir);
    }
}
