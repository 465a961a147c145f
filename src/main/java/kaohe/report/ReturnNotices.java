package kaohe.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kaohe.ingest.ReturnStatus;
import kaohe.ingest.IngestRunRecords;
import kaohe.ingest.RunReturn;
import kaohe.plan.Plan;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * What a unit hears back about a file it sent, once the ingest run has committed: a rejected return's
 * feedback workbook, attached, and for an accepted one a receipt (回执) saying what was accepted and which
 * warnings it carries. Each is mailed once per return; without SMTP the folders are the delivery.
 */
public final class ReturnNotices {

    private final Plan plan;
    private final IngestRunRecords returns;
    private final ReportMailer mailer;
    private final Path home;

    public ReturnNotices(Plan plan, IngestRunRecords returns, ReportMailer mailer, Path home) {
        this.plan = plan;
        this.returns = returns;
        this.mailer = mailer;
        this.home = home;
    }

    /** Mails the notices of a run's returns that name their unit; returns how many mails were sent. */
    public int send(List<RunReturn> run) {
        int sent = 0;
        for (RunReturn r : run) {
            if (r.unitCode() == null || r.periodCode() == null || !UnitCode.isValid(r.unitCode())) {
                continue;
            }
            UnitCode unit = UnitCode.of(r.unitCode());
            if (!mailer.mailsUnit(unit)) {
                // Without mail the folders are the delivery; a run of thousands asked for each return's findings for nothing.
                continue;
            }
            Period period = Period.of(r.periodCode());
            String name = plan.unit(unit).map(u -> u.name()).orElse(r.unitCode());
            List<String> findings = returns.findingTexts(r.id());
            if (r.status() == ReturnStatus.REJECTED) {
                sent += mailer.notifyUnit(period, unit, MailLog.Kind.FEEDBACK, String.valueOf(r.id()),
                        period + " 考核报表被退回（" + name + "）：" + r.originalName(),
                        name + "：\n报送的 " + r.originalName() + " 未通过校验，已退回。问题如下（附件“反馈”工作簿逐格标出并写明改法）：\n  "
                                + String.join("\n  ", findings) + "\n请改正原报表后重新报送。", feedback(r));
            } else if (r.status() == ReturnStatus.ACCEPTED || r.status() == ReturnStatus.SUPERSEDED) {
                sent += mailer.notifyUnit(period, unit, MailLog.Kind.RECEIPT, String.valueOf(r.id()),
                        period + " 考核报表接收回执（" + name + "）",
                        name + "：\n报送的 " + r.originalName() + " 已接收（第 " + r.id() + " 号报表），作为本期考核数据。"
                                + (findings.isEmpty() ? "" : "\n以下审核提示不影响接收，请核对；如数据有误，改正后重新报送即可替代：\n  "
                                + String.join("\n  ", findings)), Optional.empty());
            }
        }
        return sent;
    }

    /** The feedback workbook filed beside the rejected copy: the same name with .反馈. before the extension. */
    private Optional<Path> feedback(RunReturn r) {
        if (r.storedPath() == null) {
            return Optional.empty();
        }
        Path stored = home.resolve(r.storedPath());
        String base = stored.getFileName().toString();
        base = base.substring(0, base.lastIndexOf('.'));
        for (String extension : List.of("xlsx", "xls")) {
            Path candidate = stored.resolveSibling(base + ".反馈." + extension);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
