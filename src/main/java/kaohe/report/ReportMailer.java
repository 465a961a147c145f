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
 * fails is logged and the others still get theirs. Each mail is recorded once the server took it
 * ({@link MailLog}): a rerun does not mail a recipient the same figures or the same reminder again
 * unless asked to resend, and a recipient whose mail failed is tried again by the next run. A report's
 * identity is its figures (the recipient's rows of scores.csv and totals.csv, which hold no
 * timestamps), not the PDF's bytes, which carry the time they were made.
 */
public final class ReportMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ReportMailer.class);

    private final Optional<JavaMailSender> sender;
    private final Recipients recipients;
    private final Plan plan;
    private final String from;
    private final MailLog log;
    private final java.time.Clock clock;

    public ReportMailer(Optional<JavaMailSender> sender, Recipients recipients, Plan plan, String from, MailLog log, java.time.Clock clock) {
        this.sender = sender;
        this.recipients = recipients;
        this.plan = plan;
        this.from = from;
        this.log = log;
        this.clock = clock;
    }

    /** Returns how many mails were sent; {@code resend} mails recipients who already have these figures too. */
    public int deliver(Period period, Path outbox, boolean resend) {
        if (sender.isEmpty() || recipients.all().isEmpty()) {
            return 0;
        }
        int sent = 0;
        java.util.Map<String, String> figures = figures(outbox);
        for (Recipients.Recipient recipient : recipients.all()) {
            Optional<Path> pdf = pdfFor(recipient.unitCode(), outbox);
            if (pdf.isEmpty()) {
                LOG.warn("no report for recipient {} of unit {}", recipient.email(), recipient.unitCode());
                continue;
            }
            String fingerprint = figures.getOrDefault(recipient.unitCode(), MailLog.fingerprint(""));
            if (!resend && log.sent(plan.id(), recipient.email(), MailLog.Kind.REPORT, period.toString(), fingerprint)) {
                LOG.info("{} already has {} with these figures; not sent again", recipient.email(), pdf.get().getFileName());
                continue;
            }
            try {
                sender.get().send(message(recipient, period, pdf.get()));
                log.record(plan.id(), recipient.email(), MailLog.Kind.REPORT, period.toString(), fingerprint,
                        pdf.get().getFileName().toString(), clock.instant());
                sent++;
            } catch (MessagingException | org.springframework.mail.MailException e) {
                LOG.error("could not mail {} to {} (tried again next run): {}", pdf.get().getFileName(), recipient.email(), e.getMessage());
            }
        }
        return sent;
    }

    /**
     * Mails one unit's recipients a notice (a review's 退回修改, a feedback workbook, a receipt), once per
     * {@code identity}: a rerun sends nothing its recipients already have. Returns how many were sent.
     */
    /** Whether a unit's notices can go anywhere: mail is configured and the unit has a recipient. */
    public boolean mailsUnit(kaohe.shared.UnitCode unit) {
        return sender.isPresent() && recipients.all().stream().anyMatch(r -> r.unitCode().equals(unit.value()));
    }

    public int notifyUnit(Period period, kaohe.shared.UnitCode unit, MailLog.Kind kind, String identity, String subject, String body,
                          Optional<Path> attachment) {
        return notifyUnit(period, unit, kind, identity, subject, body, attachment, false);
    }

    /** As above; {@code resend} mails even recipients who already have it. */
    private int notifyUnit(Period period, kaohe.shared.UnitCode unit, MailLog.Kind kind, String identity, String subject, String body,
                           Optional<Path> attachment, boolean resend) {
        if (sender.isEmpty()) {
            return 0;
        }
        int sent = 0;
        // The kind is part of the log's key, so the identity alone makes the fingerprint (reminders keep theirs).
        String fingerprint = MailLog.fingerprint(identity);
        for (Recipients.Recipient recipient : recipients.all()) {
            if (!recipient.unitCode().equals(unit.value())
                    || (!resend && log.sent(plan.id(), recipient.email(), kind, period.toString(), fingerprint))) {
                continue;
            }
            try {
                MimeMessage message = sender.get().createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, attachment.isPresent(), "UTF-8");
                helper.setFrom(from);
                helper.setTo(recipient.email());
                helper.setSubject(subject);
                helper.setText(body + "\n\n本邮件由考核系统自动发送。");
                if (attachment.isPresent()) {
                    helper.addAttachment(attachment.get().getFileName().toString(), attachment.get().toFile());
                }
                sender.get().send(message);
                log.record(plan.id(), recipient.email(), kind, period.toString(), fingerprint, unit + "-" + kind.label() + "：" + subject,
                        clock.instant());
                sent++;
            } catch (MessagingException | org.springframework.mail.MailException e) {
                LOG.error("could not mail {} to {}: {}", kind, recipient.email(), e.getMessage());
            }
        }
        return sent;
    }

    /** Mails each unit that owes a return a reminder; returns how many mails were sent. */
    public int remind(Period period, java.util.List<SubmissionState> due, java.time.LocalDate deadline, boolean resend) {
        int sent = 0;
        for (SubmissionState unit : due) {
            sent += notifyUnit(period, unit.unit().code(), MailLog.Kind.REMINDER, unit.unit().code() + "|" + unit.state() + "|" + deadline,
                    period + " 考核报表催报（" + unit.unit().name() + "）",
                    unit.unit().name() + "：\n" + plan.name() + " " + period.year() + "年第" + period.quarter() + "季度考核报表"
                            + (unit.state() == SubmissionState.State.REJECTED ? "已被退回，请按反馈工作簿改正后" : "尚未收到，请")
                            + "于 " + deadline + " 前报送。"
                            + (unit.unit().contactText().isEmpty() ? "" : "\n（本单位填报联系人：" + unit.unit().contactText() + "；如有变动请告知考核办）"),
                    Optional.empty(), resend);
        }
        return sent;
    }

    private MimeMessage message(Recipients.Recipient recipient, Period period, Path pdf) throws MessagingException {
        MimeMessage message = sender.get().createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        String who = recipient.unitCode().equals(Recipients.LEADERSHIP) ? plan.reporting().area() + "汇总"
                : plan.unit(UnitCode.of(recipient.unitCode())).map(ReportingUnit::name).orElse(recipient.unitCode());
        helper.setFrom(from);
        helper.setTo(recipient.email());
        helper.setSubject(period + " 质量提升考核报告（" + who + "）");
        helper.setText(plan.name() + "\n" + period.year() + "年第" + period.quarter() + "季度考核报告见附件。\n\n本邮件由考核系统自动发送。");
        helper.addAttachment(pdf.getFileName().toString(), new FileSystemResource(pdf));
        return message;
    }

    /**
     * The fingerprint of the figures each recipient's report shows, by unit code (the first column of
     * totals.csv and scores.csv), and of all of them under {@link Recipients#LEADERSHIP}: the CSVs are
     * read once per delivery, not once per recipient.
     */
    private static java.util.Map<String, String> figures(Path outbox) {
        java.util.Map<String, StringBuilder> byUnit = new java.util.HashMap<>();
        StringBuilder all = new StringBuilder();
        for (String csv : java.util.List.of("totals.csv", "scores.csv")) {
            try {
                for (String line : Files.readAllLines(outbox.resolve(csv), java.nio.charset.StandardCharsets.UTF_8)) {
                    all.append(line).append('\n');
                    int comma = line.indexOf(',');
                    if (comma > 0) {
                        byUnit.computeIfAbsent(line.substring(0, comma), k -> new StringBuilder()).append(line).append('\n');
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        java.util.Map<String, String> fingerprints = new java.util.HashMap<>();
        byUnit.forEach((unit, lines) -> fingerprints.put(unit, MailLog.fingerprint(lines.toString())));
        fingerprints.put(Recipients.LEADERSHIP, MailLog.fingerprint(all.toString()));
        return fingerprints;
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
