package kaohe.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.rectify.RectificationDue;
import kaohe.rectify.RectificationIntake;
import kaohe.rectify.RectificationRecords;
import kaohe.rectify.RectificationState;
import kaohe.report.Mails;
import kaohe.shared.MovableClock;
import kaohe.shared.Period;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 整改 follow-up on both databases: the published 通报's list is recorded, reports come in through their inbox, the
 * overdue are reminded once, and the next quarter's 通报 and unit reports say how it went.
 */
class RectificationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period Q2 = Period.of("2019Q2");
    private static final Period Q3 = Period.of("2019Q3");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void theOwedReportsAreTakenFromTheirInboxTheOverdueRemindedOnceAndTheNextBulletinTellsHowItWent(DatabaseSettings database)
            throws Exception {
        smtp.reset();
        Path home = temp.resolve("home");
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 90).saveTo(home.resolve("inbox/330402/南湖区.xlsx"));
        FilledReturn.template(PLAN, "330411", "2019Q2").everything().value("Q02", 60).saveTo(home.resolve("inbox/330411/秀洲区.xlsx"));
        Path recipients = Files.createDirectories(home.resolve("recipients"));
        Files.writeString(recipients.resolve("jiaxing-2017-2019.csv"), "unit_code,email\n330411,xiuzhou@jx.example\nCZJ,czj@jx.example\n");
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database, Map.of("kaohe.plan",
                ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0, "kaohe.recipients-dir", recipients.toString(),
                "spring.mail.host", "127.0.0.1", "spring.mail.port", smtp.getSmtp().getPort()))) {
            MovableClock clock = context.getBean(MovableClock.class);
            clock.set(LocalDate.of(2019, 7, 15).atTime(9, 0).atZone(DeadlineRule.PLAN_TIME).toInstant());
            touchAll(home.resolve("inbox"), clock.instant().minusSeconds(3600));
            context.getBean(IngestLauncher.class).run(false);
            context.getBean(AssessLauncher.class).run(Q2, true);
            PeriodPublisher.Published published = context.getBean(PeriodPublisher.class).publish(Q2);

            RectificationRecords records = context.getBean(RectificationRecords.class);
            List<RectificationDue> due = records.dueInForce(PLAN.id(), Q2);
            List<String> listed = Files.readAllLines(published.folder().resolve("rectify.csv")).stream().skip(1)
                    .map(l -> l.substring(0, l.indexOf(','))).toList();
            assertThat(due).extracting(d -> d.unit().value()).as("what the published rectify.csv lists").containsExactlyInAnyOrderElementsOf(listed);
            assertThat(due).extracting(d -> d.unit().value()).contains("330421", "CZJ").doesNotContain("330402");
            assertThat(due).allSatisfy(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2019, 8, 14)));

            Path inbox = home.resolve("rectification/inbox");
            Path report = Files.createDirectories(inbox.resolve("330421")).resolve("嘉善县整改报告.pdf");
            Files.write(report, "%PDF-1.4 嘉善县整改报告".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Files.copy(report, inbox.resolve("330421/嘉善县整改报告（再发）.pdf"));
            Files.writeString(inbox.resolve("330421/说明.exe"), "MZ");
            Files.writeString(Files.createDirectories(inbox.resolve("330402")).resolve("南湖区整改报告.docx"), "not owed");
            Files.writeString(inbox.resolve("整改报告.pdf"), "%PDF top level");
            Path outside = Files.writeString(temp.resolve("secret.pdf"), "%PDF outside");
            touchAll(inbox, clock.instant().minusSeconds(3600));
            Files.createSymbolicLink(inbox.resolve("330421/链接.pdf"), outside);

            RectificationIntake.Result taken = context.getBean(RectificationIntake.class).run();

            assertThat(taken.received()).isEqualTo(1);
            assertThat(taken.duplicates()).isEqualTo(1);
            assertThat(taken.rejected()).isEqualTo(3);
            assertThat(taken.waiting()).as("the link, left where it is and not read").isEqualTo(1);
            assertThat(taken.lines()).anyMatch(l -> l.contains("已发布的通报没有要求南湖区报送整改报告"))
                    .anyMatch(l -> l.contains("请把整改报告放在以本单位编码命名的文件夹中"))
                    .anyMatch(l -> l.contains("整改报告只收 PDF"));
            try (var archived = Files.walk(home.resolve("rectification/archive/2019Q2/330421"))) {
                assertThat(archived.filter(Files::isRegularFile).toList()).singleElement()
                        .satisfies(p -> assertThat(Files.readString(p)).isEqualTo("%PDF-1.4 嘉善县整改报告"));
            }
            try (var left = Files.walk(inbox)) {
                assertThat(left.filter(p -> !Files.isDirectory(p)).map(p -> p.getFileName().toString()).toList()).containsExactly("链接.pdf");
            }
            assertThat(Files.readString(outside)).isEqualTo("%PDF outside");
            try (var rejected = Files.list(home.resolve("rectification/rejected/330402"))) {
                assertThat(rejected.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.endsWith(".反馈.txt"));
            }
            assertThat(context.getBean(AuditTrail.class).of(PLAN.id(), "2019Q2"))
                    .filteredOn(e -> e.event() == AuditEvent.RECTIFICATION_RECEIVED).singleElement()
                    .satisfies(e -> assertThat(e.reason()).isEqualTo("嘉善县整改报告.pdf（按期）"));

            clock.set(LocalDate.of(2019, 8, 20).atTime(9, 0).atZone(DeadlineRule.PLAN_TIME).toInstant());
            RectificationReminders reminders = context.getBean(RectificationReminders.class);
            RectificationReminders.Reminded reminded = reminders.remind();
            assertThat(reminded.overdue()).extracting(s -> s.due().unit().value()).contains("CZJ").doesNotContain("330421");
            assertThat(reminders.followUp(Optional.of(Q2)).get(0).of(kaohe.shared.UnitCode.of("330421")).orElseThrow().status())
                    .isEqualTo(RectificationState.Status.ON_TIME);
            List<String> reminderMails = Arrays.stream(smtp.getReceivedMessages()).map(Mails::subject).filter(s -> s.startsWith("【整改催报】"))
                    .toList();
            assertThat(reminderMails).containsExactly("【整改催报】市财政局 2019年第二季度整改报告已逾期");
            reminders.remind();
            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(Mails::subject).filter(s -> s.startsWith("【整改催报】")))
                    .as("a rerun reminds nobody twice").hasSize(1);

            FilledReturn.template(PLAN, "330421", "2019Q3").everything().value("Q02", 70).saveTo(home.resolve("inbox/330421/嘉善县 Q3.xlsx"));
            touchAll(home.resolve("inbox"), clock.instant().minusSeconds(3600));
            context.getBean(IngestLauncher.class).run(false);
            clock.set(LocalDate.of(2019, 10, 15).atTime(9, 0).atZone(DeadlineRule.PLAN_TIME).toInstant());
            AssessLauncher.Result next = context.getBean(AssessLauncher.class).run(Q3, true);

            String bulletin = docxText(next.outbox().resolve("bulletin.docx"));
            assertThat(bulletin).contains("上期（2019年第二季度）通报要求" + due.size() + "个单位报送整改报告：1个已按期报送，");
            assertThat(bulletin).containsPattern("逾期未报送（[^）]*市财政局");
            assertThat(pdfText(next.outbox().resolve("units/330421-嘉善县.pdf")).replaceAll("\\s", ""))
                    .contains("上期（2019年第二季度）整改：").contains("须报送整改报告，已于2019-07-15报送（按期）");

            context.getBean(PeriodPublisher.class).reopen(Q2, "重新考核");
            assertThat(records.dueInForce(PLAN.id(), Q2)).as("a withdrawn 通报 asks nothing").isEmpty();
        }
    }

    /** Files dropped an hour before the clock's now: settled, and received then. */
    private static void touchAll(Path folder, java.time.Instant when) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(when));
            }
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(Path docx) throws Exception {
        try (var in = Files.newInputStream(docx); var document = new XWPFDocument(in); var text = new XWPFWordExtractor(document)) {
            return text.getText();
        }
    }
}
