package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reruns of assess and remind mail each recipient once per content; a failed recipient is tried again. */
class MailOnceTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Period P = Period.of("2019Q2");

    @TempDir
    Path home;

    private ConfigurableApplicationContext start(String recipientsCsv) throws Exception {
        return start(recipientsCsv, smtp.getSmtp().getPort());
    }

    private ConfigurableApplicationContext start(String recipientsCsv, int smtpPort) throws Exception {
        Path recipients = Files.createDirectories(home.resolve("recipients"));
        Files.writeString(recipients.resolve("jiaxing-2017-2019.csv"), recipientsCsv);
        return KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")), Map.of(
                "kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.recipients-dir", recipients.toString(), "kaohe.ingest.settle-seconds", 0,
                "spring.mail.host", "127.0.0.1", "spring.mail.port", smtpPort));
    }

    private void drop(String unit, double q02, String name) throws Exception {
        Path file = FilledReturn.template(ShippedPlan.plan(), unit, P.toString()).everything().value("Q02", q02)
                .saveTo(home.resolve("inbox").resolve(name));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(10)));
    }

    @Test
    void aRerunMailsNobodyTheSameFiguresAgainChangedFiguresGoOutAndResendSendsAll() throws Exception {
        drop("330402", 91, "南湖区.xlsx");
        drop("330411", 92, "秀洲区.xlsx");
        try (ConfigurableApplicationContext context = start(
                "unit_code,email\n330402,nanhu@jx.example\nleadership,leader@jx.example\n")) {
            context.getBean(IngestLauncher.class).run(false);
            AssessLauncher assess = context.getBean(AssessLauncher.class);

            assess.run(P);
            assertThat(Mails.notReceipts(smtp.getReceivedMessages())).as("first run: each good recipient once").hasSize(2);
            assess.run(P);
            assertThat(Mails.notReceipts(smtp.getReceivedMessages())).as("a rerun with the same figures mails nobody").hasSize(2);

            drop("330402", 80, "南湖区（更正）.xlsx");
            context.getBean(IngestLauncher.class).run(false);
            assess.run(P);
            assertThat(Mails.notReceipts(smtp.getReceivedMessages())).as("南湖区's figures changed, and with them the city's").hasSize(4);

            assess.run(P, false, true);
            assertThat(Mails.notReceipts(smtp.getReceivedMessages())).as("--resend").hasSize(6);
        }
    }

    @Test
    void aRecipientWhoseMailFailedIsMailedByTheNextRun() throws Exception {
        drop("330402", 91, "南湖区.xlsx");
        String recipients = "unit_code,email\n330402,nanhu@jx.example\n";
        try (ConfigurableApplicationContext down = start(recipients, 1)) {
            down.getBean(IngestLauncher.class).run(false);
            down.getBean(AssessLauncher.class).run(P);
            JdbcClient jdbc = JdbcClient.create(down.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_sent").query(Integer.class).single()).as("nothing counts as sent").isZero();
        }
        assertThat(Mails.notReceipts(smtp.getReceivedMessages())).isEmpty();

        try (ConfigurableApplicationContext up = start(recipients)) {
            up.getBean(AssessLauncher.class).run(P);
        }

        assertThat(Mails.notReceipts(smtp.getReceivedMessages())).hasSize(1);
    }

    @Test
    void aReminderIsMailedOncePerStateUnlessResent() throws Exception {
        try (ConfigurableApplicationContext context = start("unit_code,email\n330402,nanhu@jx.example\n")) {
            Reminders reminders = context.getBean(Reminders.class);

            reminders.remind(P);
            reminders.remind(P);
            assertThat(Mails.notReceipts(smtp.getReceivedMessages())).hasSize(1);

            reminders.remind(P, true);
            assertThat(Mails.notReceipts(smtp.getReceivedMessages())).hasSize(2);
        }
    }

}
