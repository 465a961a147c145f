package kaohe.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import kaohe.ingest.IngestSummary;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.report.Reminders;
import kaohe.shared.MovableClock;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateFiles;

/**
 * A quarter from the office's side: templates go out; two days before the deadline most units have
 * sent their returns (one is rejected for a word in a number cell and gets feedback) and the office sends
 * reminders; three days after the deadline three late returns and the correction arrive; on the 10th
 * day the quarter is assessed and every report written. One unit never reports.
 */
public final class DemoQuarter {


    public record Result(IngestSummary beforeDeadline, IngestSummary afterDeadline, List<String> reminders,
                         AssessLauncher.Result assessment, Path home) {
    }

    private final Plan plan;
    private final IngestLauncher ingest;
    private final AssessLauncher assess;
    private final Reminders reminders;
    private final MovableClock clock;
    private final Path home;

    private final kaohe.validate.PreviousReturns previous;

    public DemoQuarter(Plan plan, IngestLauncher ingest, AssessLauncher assess, Reminders reminders, MovableClock clock, Path home,
                       kaohe.validate.PreviousReturns previous) {
        this.previous = previous;
        this.plan = plan;
        this.ingest = ingest;
        this.assess = assess;
        this.reminders = reminders;
        this.clock = clock;
        this.home = home;
    }

    public Result run(Period period) throws Exception {
        DemoReturns returns = new DemoReturns(plan, kaohe.template.TemplateSeal.forInstallation(home), period);
        Instant beforeDeadline = moment(period, -2);
        Instant afterDeadline = moment(period, 3);
        Instant assessmentDay = moment(period, 5);
        try {
            writeTemplates(period);
            clock.set(beforeDeadline);
            DemoCast cast = DemoCast.of(plan);
            for (ReportingUnit unit : plan.units()) {
                UnitCode code = unit.code();
                if (!cast.late().contains(code) && !code.equals(cast.neverReports())) {
                    drop(returns, unit, code.equals(cast.rejectedThenCorrected()), unit.name() + " " + period + " 报表.xlsx", beforeDeadline);
                }
            }
            IngestSummary first = ingest.run(false);
            List<String> reminded = reminders.lines(period, reminders.remind(period));
            clock.set(afterDeadline);
            for (ReportingUnit unit : plan.units()) {
                UnitCode code = unit.code();
                if (cast.late().contains(code)) {
                    drop(returns, unit, false, unit.name() + "-" + period + ".xlsx", afterDeadline);
                } else if (code.equals(cast.rejectedThenCorrected())) {
                    drop(returns, unit, false, unit.name() + " " + period + " 报表（更正）.xlsx", afterDeadline);
                }
            }
            IngestSummary second = ingest.run(false);
            clock.set(assessmentDay);
            return new Result(first, second, reminded, assess.run(period), home);
        } finally {
            clock.release();
        }
    }

    private void writeTemplates(Period period) {
        // As the templates command writes them: each shows the unit's last accepted values (the quarter before's).
        TemplateFiles.writeAll(plan, kaohe.template.TemplateSeal.forInstallation(home), previous, period, plan.units(),
                home.resolve("outbox").resolve(period.toString()).resolve("templates"));
    }

    private void drop(DemoReturns returns, ReportingUnit unit, boolean mistakes, String name, Instant at) {
        drop(home, returns, unit, unit.code().value().hashCode() * 31L + (mistakes ? 1 : 0), mistakes, name, at);
    }

    /** Drops a return into the unit's inbox folder, dated an hour before the moment it is ingested. */
    static void drop(Path home, DemoReturns returns, ReportingUnit unit, long seed, boolean mistakes, String name, Instant at) {
        Path file = home.resolve("inbox").resolve(unit.code().value()).resolve(name);
        try {
            returns.write(unit, seed, mistakes, file);
            Files.setLastModifiedTime(file, FileTime.from(at.minusSeconds(3600)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant moment(Period period, int days) {
        return moment(plan, period, days);
    }

    /** 10:00 Beijing time, {@code days} after the submission deadline (negative: before). */
    static Instant moment(Plan plan, Period period, int days) {
        return plan.deadline().deadline(period).plusDays(days).atTime(LocalTime.of(10, 0)).atZone(DeadlineRule.PLAN_TIME).toInstant();
    }

}
