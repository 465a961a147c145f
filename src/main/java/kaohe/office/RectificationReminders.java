package kaohe.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.rectify.RectificationDue;
import kaohe.rectify.RectificationFollowUp;
import kaohe.rectify.RectificationRecords;
import kaohe.rectify.RectificationState;
import kaohe.report.MailLog;
import kaohe.report.ReportMailer;
import kaohe.shared.Period;
import org.springframework.stereotype.Component;

/**
 * 整改 follow-up for the office: where every owed 整改 report of the published versions in force stands today, and a
 * reminder to each unit whose report is overdue, mailed once per report owed (a rerun mails nobody twice).
 */
@Component
public class RectificationReminders {

    /** Today's follow-up of each period that owes reports, and how many reminders went out. */
    public record Reminded(List<RectificationFollowUp> periods, List<RectificationState> overdue, int mailed) {
    }

    private final Plan plan;
    private final RectificationRecords records;
    private final ReportMailer mailer;
    private final Clock clock;

    RectificationReminders(Plan plan, RectificationRecords records, ReportMailer mailer, Clock clock) {
        this.plan = plan;
        this.records = records;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Where each owed report stands today, period by period (one period when {@code only} is given). */
    public List<RectificationFollowUp> followUp(Optional<Period> only) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineRule.PLAN_TIME);
        List<RectificationDue> due = records.dueInForce(plan.id());
        var reports = records.reports(plan.id());
        List<RectificationFollowUp> periods = new ArrayList<>();
        due.stream().map(RectificationDue::period).distinct().filter(p -> only.isEmpty() || only.get().equals(p))
                .forEach(p -> periods.add(RectificationFollowUp.of(p, due, reports, today)));
        return periods;
    }

    public Reminded remind() {
        List<RectificationFollowUp> periods = followUp(Optional.empty());
        List<RectificationState> overdue = periods.stream().flatMap(f -> f.states().stream())
                .filter(s -> s.status() == RectificationState.Status.OVERDUE).toList();
        int mailed = 0;
        for (RectificationState state : overdue) {
            RectificationDue due = state.due();
            String subject = "【整改催报】" + due.unitName() + " " + due.period().label() + "整改报告已逾期";
            String body = due.unitName() + "：\n\n" + due.period().label() + "考核结果（正式发布第 " + due.version() + " 版）通报要求贵单位（"
                    + due.reason() + "）于 " + due.due() + " 前报送书面整改报告，截至今日" + state.text()
                    + "。\n请尽快将整改报告（PDF、Word 或扫描件）放入考核系统整改报告收件箱中以本单位编码命名的文件夹（rectification/inbox/"
                    + due.unit().value() + "/）。";
            mailed += mailer.notifyUnit(due.period(), due.unit(), MailLog.Kind.RECTIFICATION,
                    due.unit() + "|" + due.period() + "|v" + due.version() + "|" + due.due(), subject, body, Optional.empty());
        }
        return new Reminded(periods, overdue, mailed);
    }
}
