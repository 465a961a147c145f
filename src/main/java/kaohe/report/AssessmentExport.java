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

    /**
     * Writes every output into the period's staging folder and lists them as run {@code runId}'s; they move into
     * the outbox at {@link #settle}, once the run is recorded finished. Returns what the reports took.
     */
    public AssessmentReports.Written export(long runId, Period period) {
        List<RankedUnit> ranked = Ranking.rank(store.load(runId, plan), plan.reporting().minimumRanked());
        PeriodOutbox outbox = new PeriodOutbox(outbox(period));
        Path staging = outbox.begin(store::isFinished);
        AtomicFiles.write(staging.resolve("scores.csv"), out -> ScoresCsv.write(ranked, out));
        AtomicFiles.write(staging.resolve("totals.csv"), out -> TotalsCsv.write(ranked, out));
        AssessmentReports.Written written = reports.write(reports.data(period, ranked), staging);
        outbox.seal(runId);
        return written;
    }

    /**
     * Brings the period's folders to one run's outputs and its recorded publications: a finished run's staged
     * outputs are moved in, an unfinished one's discarded; an interrupted publication is completed if it was
     * recorded ({@code published}), discarded if not. Called with the period held ({@code PeriodLocks}).
     */
    public void settle(Period period, java.util.Set<Integer> published) {
        new PeriodOutbox(outbox(period)).recover(store::isFinished);
        new PublishedFolders(outbox(period)).settle(published);
    }

    /** Whether the period's outbox waits for a run's outputs to be moved in or a publication to be completed. */
    public boolean unsettled(Period period) {
        return new PeriodOutbox(outbox(period)).unsettled() || new PublishedFolders(outbox(period)).unsettled();
    }

    /**
     * Writes run {@code runId}'s outputs again as published version {@code version}, marked so on every page,
     * into a staging folder that {@link #reveal} turns into {@code <home>/outbox/P/published/v<version>/} once the
     * publication is recorded; no later assessment writes there.
     */
    public Path stagePublished(long runId, Period period, int version) {
        List<RankedUnit> ranked = Ranking.rank(store.load(runId, plan), plan.reporting().minimumRanked());
        PublishedFolders published = new PublishedFolders(outbox(period));
        Path staging = published.begin(version);
        AtomicFiles.write(staging.resolve("scores.csv"), out -> ScoresCsv.write(ranked, out));
        AtomicFiles.write(staging.resolve("totals.csv"), out -> TotalsCsv.write(ranked, out));
        kaohe.shared.CrashPoints.reach("publish.writing");
        reports.write(reports.data(period, ranked).withEdition(edition(version)), staging);
        return staging;
    }

    /** The recorded version's staged folder, put in place in one step. */
    public Path reveal(Period period, int version) {
        PublishedFolders published = new PublishedFolders(outbox(period));
        published.reveal(version);
        return published.folder(version);
    }

    /**
     * Writes a correction of published version {@code version}: the corrected run's scores and totals, the unit's
     * report marked with the correction, and the 更正说明, into a staging folder that {@link #revealCorrection} turns
     * into {@code <home>/outbox/P/corrections/v<version>-更正<sequence>/} once the correction is recorded. The
     * version's own folder is not touched.
     */
    public Path stageCorrection(long runId, Period period, int version, int sequence, kaohe.shared.UnitCode unit, String title,
                                List<String> paragraphs) {
        List<RankedUnit> ranked = Ranking.rank(store.load(runId, plan), plan.reporting().minimumRanked());
        Path staging = corrections(period).resolve("." + correctionName(version, sequence) + ".staging");
        try {
            // What a correction killed before its record left: it is written again whole.
            PeriodOutbox.delete(staging);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        AtomicFiles.write(staging.resolve("scores.csv"), out -> ScoresCsv.write(ranked, out));
        AtomicFiles.write(staging.resolve("totals.csv"), out -> TotalsCsv.write(ranked, out));
        reports.writeCorrection(reports.data(period, ranked).withEdition(correctionEdition(version, sequence)), unit, title, paragraphs, staging);
        return staging;
    }

    /** The recorded correction's staged folder, put in place in one rename. */
    public Path revealCorrection(Period period, int version, int sequence) {
        Path staging = corrections(period).resolve("." + correctionName(version, sequence) + ".staging");
        Path folder = corrections(period).resolve(correctionName(version, sequence));
        try {
            java.nio.file.Files.move(staging, folder, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return folder;
    }

    /** A recorded correction whose folder a kill left staged is put in place, as {@link #revealCorrection} would have. */
    public void settleCorrection(Period period, int version, int sequence) {
        Path staging = corrections(period).resolve("." + correctionName(version, sequence) + ".staging");
        if (java.nio.file.Files.isDirectory(staging) && !java.nio.file.Files.exists(corrections(period).resolve(correctionName(version, sequence)))) {
            revealCorrection(period, version, sequence);
        }
    }

    private Path corrections(Period period) {
        return outbox(period).resolve("corrections");
    }

    static String correctionName(int version, int sequence) {
        return "v" + version + "-更正" + sequence;
    }

    public static String correctionEdition(int version, int sequence) {
        return edition(version) + "　更正 " + sequence;
    }

    public static String edition(int version) {
        return "正式发布 第 " + version + " 版";
    }

    public Path outbox(Period period) {
        return home.resolve("outbox").resolve(period.toString());
    }

}
