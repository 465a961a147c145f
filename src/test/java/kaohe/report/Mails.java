package kaohe.report;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/** Reading what GreenMail received, for the mail tests. */
public final class Mails {

    private Mails() {
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails under test, leaving out the receipts and feedback ingest sends each unit. */
    public static MimeMessage[] notReceipts(MimeMessage[] all) {
        return Arrays.stream(all).filter(m -> !subject(m).contains("接收回执") && !subject(m).contains("考核报表被退回（"))
                .toArray(MimeMessage[]::new);
    }
}
