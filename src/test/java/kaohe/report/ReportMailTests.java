package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.job.AssessLauncher;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** With SMTP configured, each recipient is mailed their PDF; a real SMTP server (GreenMail) receives them. */
class ReportMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    @Test
    void eachRecipientReceivesTheirOwnPdf() throws Exception {
        Path recipients = Files.createDirectories(home.resolve("recipients"));
        Files.writeString(recipients.resolve("jiaxing-2017-2019.csv"),
                "unit_code,email\n330402,nanhu@jx.example\nleadership,leader@jx.example\n");
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")), Map.of(
                "kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.recipients-dir", recipients.toString(),
                "spring.mail.host", "127.0.0.1", "spring.mail.port", smtp.getSmtp().getPort()))) {
            // No returns: the office's explicit go-ahead, as these tests are about delivery only.
            context.getBean(AssessLauncher.class).run(Period.of("2019Q2"), true);
        }

        MimeMessage[] received = Mails.notReceipts(smtp.getReceivedMessages());
        assertThat(received).hasSize(2);
        MimeMessage nanhu = Mails.notReceipts(smtp.getReceivedMessagesForDomain("nanhu@jx.example"))[0];
        assertThat(nanhu.getSubject()).isEqualTo("2019Q2 质量提升考核报告（南湖区）");
        assertPdfAttachment(nanhu, "330402-南湖区.pdf");
        MimeMessage leader = Mails.notReceipts(smtp.getReceivedMessagesForDomain("leader@jx.example"))[0];
        assertThat(leader.getSubject()).contains("全市汇总");
        assertPdfAttachment(leader, "leadership.pdf");
    }

    @Test
    void unitsWithoutAnAcceptedReturnAreRemindedByMailAndListedInRemindCsv() throws Exception {
        Path recipients = Files.createDirectories(home.resolve("recipients"));
        Files.writeString(recipients.resolve("jiaxing-2017-2019.csv"), "unit_code,email\n330402,nanhu@jx.example\n330411,xiuzhou@jx.example\n");
        kaohe.ingest.FilledReturn.template(ShippedPlan.plan(), "330411", "2019Q2").everything().saveTo(home.resolve("inbox/秀洲区.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")), Map.of(
                "kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.recipients-dir", recipients.toString(), "kaohe.ingest.settle-seconds", 0,
                "spring.mail.host", "127.0.0.1", "spring.mail.port", smtp.getSmtp().getPort()))) {
            context.getBean(kaohe.job.IngestLauncher.class).run(false);
            context.getBean(Reminders.class).remind(Period.of("2019Q2"));
        }

        assertThat(Mails.notReceipts(smtp.getReceivedMessages())).as("秀洲区 has reported; only 南湖区 is reminded").hasSize(1);
        MimeMessage reminder = Mails.notReceipts(smtp.getReceivedMessages())[0];
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("nanhu@jx.example");
        assertThat(reminder.getSubject()).isEqualTo("2019Q2 考核报表催报（南湖区）");
        assertThat(reminder.getContent().toString()).contains("尚未收到").contains("2019-07-05");
        String csv = Files.readString(home.resolve("outbox/2019Q2/remind.csv"));
        assertThat(csv).startsWith("\uFEFFunit_code,unit_name,peer_group,state,last_submission,contact,phone\r\n")
                .contains("330402,南湖区,county,missing,,,\r\n").doesNotContain("330411");
    }

    @Test
    void theContactOfUnitsCsvIsInTheRemindListTheMailAndAppendedToRemindCsv() throws Exception {
        kaohe.plan.PlanFolder plan = kaohe.plan.PlanFolder.copyOfShipped(home);
        Path units = plan.dir().resolve("units.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(units));
        lines.set(0, lines.get(0) + ",contact,phone");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + (lines.get(i).startsWith("330402,") ? ",王敏,0573-82011234" : ",,"));
        }
        Files.write(units, lines);
        Path recipients = Files.createDirectories(home.resolve("recipients"));
        Files.writeString(recipients.resolve("jiaxing-2017-2019.csv"), "unit_code,email\n330402,nanhu@jx.example\n");
        List<String> list;
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")), Map.of(
                "kaohe.plan", plan.dir().toString(), "kaohe.recipients-dir", recipients.toString(),
                "spring.mail.host", "127.0.0.1", "spring.mail.port", smtp.getSmtp().getPort()))) {
            Reminders reminders = context.getBean(Reminders.class);
            list = reminders.lines(Period.of("2019Q2"), reminders.remind(Period.of("2019Q2")));
        }

        assertThat(list).anyMatch(l -> l.contains("南湖区") && l.endsWith("；联系人 王敏，电话 0573-82011234"));
        assertThat(Mails.notReceipts(smtp.getReceivedMessages())[0].getContent().toString()).contains("王敏").contains("0573-82011234");
        assertThat(Files.readString(home.resolve("outbox/2019Q2/remind.csv"))).contains("330402,南湖区,county,missing,,王敏,0573-82011234\r\n");
        assertThat(Files.readString(home.resolve("outbox/2019Q2/催报名单.txt"))).contains("联系人 王敏，电话 0573-82011234");
    }

    @Test
    void withoutSmtpTheOutboxIsTheDeliveryAndNothingIsSent() throws Exception {
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")),
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString()))) {
            Path outbox = context.getBean(AssessLauncher.class).run(Period.of("2019Q2"), true).outbox();
            assertThat(outbox.resolve("leadership.pdf")).exists();
        }
        assertThat(Mails.notReceipts(smtp.getReceivedMessages())).isEmpty();
    }

    private static void assertPdfAttachment(MimeMessage message, String name) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        boolean found = false;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(MimeUtility.decodeText(part.getFileName())).isEqualTo(name);
                try (InputStream in = part.getInputStream()) {
                    assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
                }
                found = true;
            }
        }
        assertThat(found).as("a PDF attachment").isTrue();
    }

}
