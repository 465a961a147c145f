package kaohe.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.audit.AuditEntry;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/** 发布 and 撤回 on both databases: what is frozen, what is refused, what is kept, and the trail of it. */
class PublicationTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void publishWaitsWhileAnotherCommandHoldsThePeriodAndTwoPublishesMakeOneWholeVersion(DatabaseSettings database) throws Exception {
        Path home = temp.resolve("home");
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 90).saveTo(home.resolve("inbox/南湖区.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database, Map.of("kaohe.plan",
                ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            context.getBean(IngestLauncher.class).run(false);
            context.getBean(AssessLauncher.class).run(P);
            PeriodPublisher publisher = context.getBean(PeriodPublisher.class);
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<PeriodPublisher.Published> waiting;
                try (PeriodLocks.Held assessing = context.getBean(PeriodLocks.class).hold(P, "考核")) {
                    waiting = threads.submit(() -> publisher.publish(P));
                    Thread.sleep(2500);
                    assertThat(waiting).as("publish waits for the assessment holding the period").isNotDone();
                    assertThat(home.resolve("outbox/2019Q2/published")).doesNotExist();
                }
                assertThat(waiting.get(60, java.util.concurrent.TimeUnit.SECONDS).version()).isEqualTo(1);

                publisher.reopen(P, "重新发布");
                List<java.util.concurrent.Future<PeriodPublisher.Published>> two = List.of(
                        threads.submit(() -> publisher.publish(P)), threads.submit(() -> publisher.publish(P)));
                int published = 0;
                int refused = 0;
                for (var f : two) {
                    try {
                        assertThat(f.get(120, java.util.concurrent.TimeUnit.SECONDS).version()).isEqualTo(2);
                        published++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(PeriodPublisher.NotAllowed.class).hasMessageContaining("已发布第 2 版");
                        refused++;
                    }
                }
                assertThat(published).isEqualTo(1);
                assertThat(refused).isEqualTo(1);
            } finally {
                threads.shutdownNow();
            }
            Path root = home.resolve("outbox/2019Q2/published");
            try (var entries = Files.list(root)) {
                assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("v1", "v2");
            }
            try (var all = Files.walk(root)) {
                assertThat(all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).as("no stray temporary file").isEmpty();
            }
            assertThat(context.getBean(Publications.class).of(PLAN.id(), "2019Q2")).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void publishingFreezesThePeriodUntilReopenedAndEveryVersionIsKept(DatabaseSettings database) throws Exception {
        Path home = temp.resolve("home");
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 90).saveTo(home.resolve("inbox/南湖区.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database, Map.of("kaohe.plan",
                ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0, "kaohe.actor", "考核办 张三"))) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            AssessLauncher assess = context.getBean(AssessLauncher.class);
            PeriodPublisher publisher = context.getBean(PeriodPublisher.class);
            ingest.run(false);
            AssessLauncher.Result draft = assess.run(P);
            assertThat(pdfText(draft.outbox().resolve("leadership.pdf"))).contains("征求意见稿");

            PeriodPublisher.Published first = publisher.publish(P);

            assertThat(first.version()).isEqualTo(1);
            assertThat(first.folder()).isEqualTo(home.resolve("outbox/2019Q2/published/v1"));
            assertThat(pdfText(first.folder().resolve("leadership.pdf"))).contains("正式发布 第 1 版").doesNotContain("征求意见稿");
            assertThat(pdfText(first.folder().resolve("units/330402-南湖区.pdf"))).contains("正式发布 第 1 版");
            String publishedTotals = Files.readString(first.folder().resolve("totals.csv"), StandardCharsets.UTF_8);
            assertThatThrownBy(() -> assess.run(P)).isInstanceOf(AssessLauncher.Refused.class).hasMessageContaining("已发布（第 1 版")
                    .hasMessageContaining("reopen --period 2019Q2");
            assertThatThrownBy(() -> publisher.publish(P)).isInstanceOf(PeriodPublisher.NotAllowed.class).hasMessageContaining("已发布第 1 版");

            // A corrected return after publication is received and accepted, and changes nothing published.
            FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 95).saveTo(home.resolve("inbox/南湖区-更正.xlsx"));
            assertThat(ingest.run(false).accepted()).isEqualTo(1);
            assertThat(Files.readString(first.folder().resolve("totals.csv"), StandardCharsets.UTF_8)).isEqualTo(publishedTotals);

            publisher.reopen(P, "南湖区更正了制造业产品质量合格率");
            assess.run(P);
            PeriodPublisher.Published second = publisher.publish(P);

            assertThat(second.version()).isEqualTo(2);
            assertThat(Files.readString(first.folder().resolve("totals.csv"), StandardCharsets.UTF_8)).as("v1 kept").isEqualTo(publishedTotals);
            assertThat(Files.readString(second.folder().resolve("totals.csv"), StandardCharsets.UTF_8)).isNotEqualTo(publishedTotals);
            List<Publication> versions = context.getBean(Publications.class).of(PLAN.id(), "2019Q2");
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).reopenReason()).isEqualTo("南湖区更正了制造业产品质量合格率");
            assertThat(versions.get(0).reopenedBy()).isEqualTo("考核办 张三");
            assertThat(versions.get(1).isInForce()).isTrue();

            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(second.folder().resolve("assessment.xlsx").toFile())) {
                var sheet = workbook.getSheet("审计记录");
                List<String> events = new java.util.ArrayList<>();
                sheet.forEach(row -> events.add(row.getCell(2).getStringCellValue() + "|" + row.getCell(4).getStringCellValue()));
                assertThat(events).as("the staff workbook carries the trail up to its writing")
                        .contains("接收|考核办 张三", "被替代|考核办 张三", "发布|考核办 张三", "撤回发布|考核办 张三");
            }
            List<AuditEntry> trail = context.getBean(AuditTrail.class).of(PLAN.id(), "2019Q2");
            assertThat(trail).extracting(AuditEntry::event).containsSubsequence(AuditEvent.RECEIVED, AuditEvent.ACCEPTED,
                    AuditEvent.ASSESSED, AuditEvent.PUBLISHED, AuditEvent.RECEIVED, AuditEvent.ACCEPTED, AuditEvent.SUPERSEDED,
                    AuditEvent.REOPENED, AuditEvent.ASSESSED, AuditEvent.PUBLISHED);
            assertThat(trail).allSatisfy(e -> assertThat(e.actor()).isEqualTo("考核办 张三"));
            assertThat(trail).filteredOn(e -> e.event() == AuditEvent.REOPENED).singleElement()
                    .satisfies(e -> assertThat(e.reason()).contains("南湖区更正了制造业产品质量合格率"));
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
