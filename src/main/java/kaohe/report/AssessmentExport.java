package kaohe.report;

import java.nio.file.Path;
import java.util.List;
import kaohe.plan.Plan;
import kaohe.score.AssessmentStore;
import kaohe.score.RankedUnit;
import kaohe.score.Ranking;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Period;

/**
 * Ranks a finished scoring run and writes its outputs to {@code <home>/outbox/P/}, all of them together
 * or none ({@link PeriodOutbox}), each file whole ({@link AtomicFiles}). The same run always writes the
 * same CSV bytes.
 */
public final class AssessmentExport {

    private final Plan plan;
    private final AssessmentStore store;
    private final Path home;
    private final AssessmentReports reports;

    public AssessmentExport(Plan plan, AssessmentStore store, Path home, AssessmentReports reports) {
        this.plan = plan;
        this.store = store;
        this.home = home;
        this.reports = reports;
    }

    /** Writes every output and returns what the reports took, for the run's record. */
    public AssessmentReports.Written export(long runId, Period period) {
        List<RankedUnit> ranked = Ranking.rank(store.load(runId, plan));
        Path outbox = outbox(period);
        PeriodOutbox publication = new PeriodOutbox(outbox);
        Path staging = publication.begin();
        AtomicFiles.write(staging.resolve("scores.csv"), out -> ScoresCsv.write(ranked, out));
        AtomicFiles.write(staging.resolve("totals.csv"), out -> TotalsCsv.write(ranked, out));
        AssessmentReports.Written written = reports.write(reports.data(period, ranked), staging);
        publication.publish();
        return written;
    }

    public Path outbox(Period period) {
        return home.resolve("outbox").resolve(period.toString());
    }

}
