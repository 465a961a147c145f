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
        List<RankedUnit> ranked = Ranking.rank(store.load(runId, plan), plan.reporting().minimumRanked());
        Path outbox = outbox(period);
        PeriodOutbox publication = new PeriodOutbox(outbox);
        Path staging = publication.begin();
        AtomicFiles.write(staging.resolve("scores.csv"), out -> ScoresCsv.write(ranked, out));
        AtomicFiles.write(staging.resolve("totals.csv"), out -> TotalsCsv.write(ranked, out));
        AssessmentReports.Written written = reports.write(reports.data(period, ranked), staging);
        publication.publish();
        return written;
    }

    /**
     * Writes the run's outputs again as published version {@code version}, marked so on every page, into
     * {@code <home>/outbox/P/published/v<version>/}, where no later assessment writes.
     */
    public Path publish(long runId, Period period, int version) {
        List<RankedUnit> ranked = Ranking.rank(store.load(runId, plan), plan.reporting().minimumRanked());
        Path folder = outbox(period).resolve("published").resolve("v" + version);
        PeriodOutbox publication = new PeriodOutbox(folder);
        Path staging = publication.begin();
        AtomicFiles.write(staging.resolve("scores.csv"), out -> ScoresCsv.write(ranked, out));
        AtomicFiles.write(staging.resolve("totals.csv"), out -> TotalsCsv.write(ranked, out));
        reports.write(reports.data(period, ranked).withEdition(edition(version)), staging);
        publication.publish();
        return folder;
    }

    public static String edition(int version) {
        return "正式发布 第 " + version + " 版";
    }

    public Path outbox(Period period) {
        return home.resolve("outbox").resolve(period.toString());
    }

}
