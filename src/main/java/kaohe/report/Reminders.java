package kaohe.report;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kaohe.ingest.SubmittedReturns;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.shared.AtomicFiles;
import kaohe.shared.InterfaceCsv;
import kaohe.shared.Period;

/**
 * 催报: the units with no accepted return for a period, written to {@code remind.csv} (INTERFACE.md)
 * and a Chinese list {@code 催报名单.txt} in the period's outbox, and mailed when SMTP is configured.
 */
public final class Reminders {

    /** INTERFACE.md's columns, then the contact the office calls (appended, so readers of the fixed columns are unaffected). */
    public static final List<String> COLUMNS = List.of("unit_code", "unit_name", "peer_group", "state", "last_submission", "contact", "phone");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(DeadlineRule.PLAN_TIME);

    private final Plan plan;
    private final SubmittedReturns returns;
    private final ReportMailer mailer;
    private final Path home;

    public Reminders(Plan plan, SubmittedReturns returns, ReportMailer mailer, Path home) {
        this.plan = plan;
        this.returns = returns;
        this.mailer = mailer;
        this.home = home;
    }

    /** Writes and sends the reminders; returns the units reminded, in plan order. */
    public List<SubmissionState> remind(Period period) {
        return remind(period, false);
    }

    /** @param resend mail units a reminder they already had for the same state */
    public List<SubmissionState> remind(Period period, boolean resend) {
        List<SubmissionState> due = SubmissionState.of(plan, period, returns.submissions(plan.id(), period)).values().stream()
                .filter(s -> !s.hasAcceptedReturn()).toList();
        Path outbox = home.resolve("outbox").resolve(period.toString());
        List<List<String>> rows = new ArrayList<>();
        for (SubmissionState s : due) {
            rows.add(List.of(s.unit().code().value(), s.unit().name(), s.unit().peerGroup().text(), s.state().text(),
                    s.lastSubmission().map(WHEN::format).orElse(""), s.unit().contact(), s.unit().phone()));
        }
        AtomicFiles.write(outbox.resolve("remind.csv"), out -> InterfaceCsv.write(out, COLUMNS, rows));
        AtomicFiles.write(outbox.resolve("催报名单.txt"), out -> {
            PrintWriter text = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            lines(period, due).forEach(text::println);
            text.flush();
        });
        mailer.remind(period, due, plan.deadline().deadline(period), resend);
        return due;
    }

    public List<String> lines(Period period, List<SubmissionState> due) {
        List<String> lines = new ArrayList<>();
        lines.add(plan.name() + " " + period + " 催报名单（报送截止 " + plan.deadline().deadline(period) + "）");
        if (due.isEmpty()) {
            lines.add("所有单位均已报送合格报表。");
        }
        for (SubmissionState s : due) {
            lines.add(String.format("%-6s %s（%s）：%s%s%s", s.unit().code(), s.unit().name(), plan.reporting().label(s.unit().peerGroup()),
                    s.state() == SubmissionState.State.REJECTED ? "报表被退回，尚未重新报送" : "尚未报送",
                    s.lastSubmission().map(t -> "，最近一次 " + WHEN.format(t).replace('T', ' ')).orElse(""),
                    s.unit().contactText().isEmpty() ? "" : "；" + s.unit().contactText()));
        }
        return lines;
    }
}
