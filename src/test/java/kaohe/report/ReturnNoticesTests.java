package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.ingest.FilledReturn;
import kaohe.ingest.IngestSummary;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/** Feedback reaches the unit: the feedback workbook of a rejected return and the receipt of an accepted one, once each. */
class ReturnNoticesTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aRejectedUnitIsMailedItsFeedbackAndAnAcceptedOneItsReceiptOnce(DatabaseSettings database) throws Exception {
        smtp.reset();
        Path home = temp.resolve("home");
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 0.95).saveTo(home.resolve("inbox/南湖区.xlsx"));
        FilledReturn.template(PLAN, "330411", "2019Q2").everything().saveTo(home.resolve("inbox/秀洲区.xlsx"));
        Path recipients = Files.createDirectories(home.resolve("recipients"));
        Files.writeString(recipients.resolve("jiaxing-2017-2019.csv"), "unit_code,email\n330402,nanhu@jx.example\n330411,xiuzhou@jx.example\n");
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(),
                "kaohe.ingest.settle-seconds", 0, "kaohe.recipients-dir", recipients.toString(), "spring.mail.host", "127.0.0.1",
                "spring.mail.port", smtp.getSmtp().getPort()))) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.text()).contains("退回：南湖区.xlsx");
            MimeMessage[] mails = smtp.getReceivedMessages();
            assertThat(mails).hasSize(2);
            MimeMessage feedback = Arrays.stream(mails).filter(m -> to(m).equals("nanhu@jx.example")).findFirst().orElseThrow();
            assertThat(feedback.getSubject()).isEqualTo("2019Q2 考核报表被退回（南湖区）：南湖区.xlsx");
            Multipart parts = (Multipart) feedback.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(jakarta.mail.internet.MimeUtility.decodeText(parts.getBodyPart(1).getFileName())).contains(".反馈.");
            assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).isNotEmpty();
            MimeMessage receipt = Arrays.stream(mails).filter(m -> to(m).equals("xiuzhou@jx.example")).findFirst().orElseThrow();
            assertThat(receipt.getSubject()).isEqualTo("2019Q2 考核报表接收回执（秀洲区）");
            assertThat(Files.list(home.resolve("rejected/330402")).toList()).hasSize(2);

            assertThat(context.getBean(kaohe.audit.AuditTrail.class).of(PLAN.id(), "2019Q2"))
                    .filteredOn(e -> e.event() == kaohe.audit.AuditEvent.MAILED).extracting(kaohe.audit.AuditEntry::unit)
                    .as("each mail is in the audit trail, under its unit").containsExactlyInAnyOrder("330402", "330411");

            context.getBean(IngestLauncher.class).run(false);
            assertThat(smtp.getReceivedMessages()).as("nothing new received, nothing mailed again").hasSize(2);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
