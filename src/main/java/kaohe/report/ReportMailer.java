package kaohe.report;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mails each recipient their PDF from the outbox: a unit its own report, leadership the summary. Without
 * an SMTP server configured there is no sender and the outbox is the delivery. A recipient whose mail
 * fails is logged and the others still get theirs.
 */
public final class ReportMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ReportMailer.class);

    private final Optional<JavaMailSender> sender;
    private final Recipients recipients;
    private final Plan plan;
    private final String from;

    public ReportMailer(Optional<JavaMailSender> sender, Recipients recipients, Plan plan, String from) {
        this.sender = sender;
        this.recipients = recipients;
        this.plan = plan;
        this.from = from;
    }

    /** Returns how many mails were sent. */
    public int deliver(Period period, Path outbox) {
        if (sender.isEmpty() || recipients.all().isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (Recipients.Recipient recipient : recipients.all()) {
            Optional<Path> pdf = pdfFor(recipient.unitCode(), outbox);
            if (pdf.isEmpty()) {
                LOG.warn("no report for recipient {} of unit {}", recipient.email(), recipient.unitCode());
                continue;
            }
            try {
                sender.get().send(message(recipient, period, pdf.get()));
                sent++;
            } catch (MessagingException | org.springframework.mail.MailException e) {
                LOG.error("could not mail {} to {}: {}", pdf.get().getFileName(), recipient.email(), e.getMessage());
            }
        }
        return sent;
    }

    /** Mails each unit that owes a return a reminder; returns how many mails were sent. */
    public int remind(Period period, java.util.List<SubmissionState> due, java.time.LocalDate deadline) {
        if (sender.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (SubmissionState unit : due) {
            for (Recipients.Recipient recipient : recipients.all()) {
                if (!recipient.unitCode().equals(unit.unit().code().value())) {
                    continue;
                }
                try {
                    MimeMessage message = sender.get().createMimeMessage();
                    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                    helper.setFrom(from);
                    helper.setTo(recipient.email());
                    helper.setSubject(period + " 考核报表催报（" + unit.unit().name() + "）");
                    helper.setText(unit.unit().name() + "：\n" + plan.name() + " " + period.year() + "年第" + period.quarter()
                            + "季度考核报表" + (unit.state() == SubmissionState.State.REJECTED ? "已被退回，请按反馈工作簿改正后" : "尚未收到，请")
                            + "于 " + deadline + " 前报送。\n\n本邮件由考核系统自动发送。");
                    sender.get().send(message);
                    sent++;
                } catch (MessagingException | org.springframework.mail.MailException e) {
                    LOG.error("could not mail a reminder to {}: {}", recipient.email(), e.getMessage());
                }
            }
        }
        return sent;
    }

    private MimeMessage message(Recipients.Recipient recipient, Period period, Path pdf) throws MessagingException {
        MimeMessage message = sender.get().createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        String who = recipient.unitCode().equals(Recipients.LEADERSHIP) ? "全市汇总"
                : plan.unit(UnitCode.of(recipient.unitCode())).map(ReportingUnit::name).orElse(recipient.unitCode());
        helper.setFrom(from);
        helper.setTo(recipient.email());
        helper.setSubject(period + " 质量提升考核报告（" + who + "）");
        helper.setText(plan.name() + "\n" + period.year() + "年第" + period.quarter() + "季度考核报告见附件。\n\n本邮件由考核系统自动发送。");
        helper.addAttachment(pdf.getFileName().toString(), new FileSystemResource(pdf));
        return message;
    }

    private static Optional<Path> pdfFor(String unitCode, Path outbox) {
        if (unitCode.equals(Recipients.LEADERSHIP)) {
            return Optional.of(outbox.resolve("leadership.pdf")).filter(Files::isRegularFile);
        }
        try (var files = Files.list(outbox.resolve("units"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(unitCode + "-")).findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
