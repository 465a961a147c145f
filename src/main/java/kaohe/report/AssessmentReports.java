package kaohe.report;

import java.nio.file.Path;
import java.util.List;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.Submission;
import kaohe.ingest.SubmittedReturns;
import kaohe.plan.Plan;
import kaohe.score.AssessmentStore;
import kaohe.score.RankedUnit;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Period;

/**
 * Writes a period's reports to {@code <home>/outbox/P/}: a PDF per unit under units/, the leadership PDF
 * (the one-page 通报, then its details), the 通报 as an editable bulletin.docx, and the staff workbook. Templates are compiled once, when this is created.
 */
public final class AssessmentReports {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AssessmentReports.class);

    private final Plan plan;
    private final AssessmentStore assessments;
    private final SubmittedReturns returns;
    private final AcceptedReturns accepted;
    private final ReportTemplates templates;
    private final kaohe.score.ReferenceValues references;
    private final java.time.Clock clock;
    private final kaohe.audit.AuditTrail audit;
    private final kaohe.shared.ProgressBoard progress;
    private final kaohe.KaoheProperties.Bulletin bulletinSettings;
    private final Path home;
    /** Where the plan's bulletin.properties (整改 rule) and default 下步工作要求 are. */
    private final Path planFolder;
    /** The 佐证材料 of a period's current returns. */
    private final java.util.function.Function<Period, List<kaohe.ingest.EvidenceFiles.Evidence>> evidence;
    /** The 整改情况 of a period on a day, for the next quarter's reports. */
    private final java.util.function.BiFunction<Period, java.time.LocalDate, kaohe.rectify.RectificationFollowUp> rectification;

    public AssessmentReports(Plan plan, AssessmentStore assessments, SubmittedReturns returns, AcceptedReturns accepted, ReportTemplates templates,
                             kaohe.score.ReferenceValues references, java.time.Clock clock, kaohe.audit.AuditTrail audit,
                             kaohe.shared.ProgressBoard progress, kaohe.KaoheProperties.Bulletin bulletinSettings, Path home, Path planFolder,
                             java.util.function.BiFunction<Period, java.time.LocalDate, kaohe.rectify.RectificationFollowUp> rectification,
                             java.util.function.Function<Period, List<kaohe.ingest.EvidenceFiles.Evidence>> evidence) {
        this.rectification = rectification;
        this.evidence = evidence;
        this.home = home;
        this.planFolder = planFolder;
        this.progress = progress;
        this.bulletinSettings = bulletinSettings;
        this.audit = audit;
        this.plan = plan;
        this.assessments = assessments;
        this.returns = returns;
        this.accepted = accepted;
        this.templates = templates;
        this.references = references;
        this.clock = clock;
    }

    public PeriodReportData data(Period period, List<RankedUnit> ranked) {
        List<Submission> submissions = returns.submissions(plan.id(), period);
        PeriodReportData data = new PeriodReportData(plan, period, ranked, assessments.earlierTotals(plan.id(), period),
                submissions, returns.findings(plan.id(), period),
                AssessmentCautions.of(plan, period, submissions, references, clock.instant()).readerLines(plan));
        java.util.Set<java.util.Map.Entry<kaohe.shared.UnitCode, kaohe.shared.ItemCode>> behind = new java.util.HashSet<>();
        for (RankedUnit unit : ranked) {
            UnitReport.trendItems(unit.assessment()).forEach(i -> behind.add(java.util.Map.entry(unit.assessment().unit().code(), i.item())));
        }
        return data.withAudit(audit.of(plan.id(), period.toString()))
                .withRectification(rectification.apply(period.previous(), issued()))
                .withSelfAssessments(accepted.selfAssessments(plan.id(), period))
                .withEvidence(evidence.apply(period))
                .withItemHistory(assessments.earlierItems(plan.id(), period, UnitReport.TREND_QUARTERS, behind));
    }

    /** Today in Beijing time: the date a 通报 or a 更正说明 is issued. */
    private java.time.LocalDate issued() {
        return java.time.LocalDate.ofInstant(clock.instant(), kaohe.plan.DeadlineRule.PLAN_TIME);
    }

    private BulletinForm form(Period period, java.time.LocalDate issued, Rectification rule) {
        return BulletinForm.of(bulletinSettings, plan, issued,
                BulletinForm.requirements(home.resolve("bulletin").resolve(period + ".txt"), planFolder.resolve(BulletinForm.PLAN_REQUIREMENTS)),
                rule.days());
    }

    /**
     * One unit's report again, as {@code data} (marked with its edition) shows it, and the 更正说明 beside it:
     * what a correction of a published version sends out, into {@code folder}.
     */
    public void writeCorrection(PeriodReportData data, kaohe.shared.UnitCode unit, String title, List<String> paragraphs, Path folder) {
        RankedUnit corrected = data.units().stream().filter(u -> u.assessment().unit().code().equals(unit)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit " + unit + " in the period's results"));
        ReportInput input = UnitReport.build(data, corrected, PeerFigures.of(data));
        String name = unit + "-" + corrected.assessment().unit().name() + ".pdf";
        AtomicFiles.write(folder.resolve("units").resolve(name), out -> PdfRenderer.render(templates.unit(), input.parameters(), input.rows(), out));
        BulletinForm form = form(data.period(), issued(), Rectification.of(planFolder));
        AtomicFiles.write(folder.resolve(CORRECTION_NOTICE), out -> BulletinDocument.writeNotice(title, paragraphs, form, data.edition(), out));
    }

    /** The 更正说明's file name in a correction's folder. */
    public static final String CORRECTION_NOTICE = "更正说明.docx";

    /** What one {@link #write} produced and how long each part took, for the log and the benchmark. */
    public record Written(int unitPdfs, long unitPdfNanos, int workbookRows, long workbookNanos) {
    }

    /** The key assess's progress is shown under: one step per unit scored, one per unit report written. */
    public static final String PROGRESS = "assess";

    /** Starts loading what the unit PDFs need on a thread of its own ({@link PdfWarmUp}); the assess job calls it as it starts. */
    public void warmUp() {
        PdfWarmUp.startFor(templates);
    }

    public Written write(PeriodReportData data, Path outbox) {
        long started = System.nanoTime();
        // A compiled report is immutable and each fill keeps its own state, so units render on every core.
        PeerFigures peers = PeerFigures.of(data);
        data.units().parallelStream().forEach(unit -> {
            ReportInput input = UnitReport.build(data, unit, peers);
            String name = unit.assessment().unit().code() + "-" + unit.assessment().unit().name() + ".pdf";
            AtomicFiles.write(outbox.resolve("units").resolve(name),
                    out -> PdfRenderer.render(templates.unit(), input.parameters(), input.rows(), out));
            progress.step(PROGRESS);
        });
        long unitPdfNanos = System.nanoTime() - started;
        java.time.LocalDate issued = issued();
        Rectification rule = Rectification.of(planFolder);
        BulletinForm form = form(data.period(), issued, rule);
        Bulletin bulletin = Bulletin.of(data, issued, rule);
        AtomicFiles.write(outbox.resolve(RectificationList.FILE), out -> kaohe.shared.InterfaceCsv.write(out, RectificationList.COLUMNS,
                RectificationList.rows(bulletin, issued, rule)));
        AtomicFiles.write(outbox.resolve("leadership.pdf"), out -> PdfRenderer.export(BulletinReport.leadership(templates, bulletin, form, data), out));
        AtomicFiles.write(outbox.resolve("bulletin.docx"), out -> BulletinDocument.write(bulletin, form, out));
        long workbookStarted = System.nanoTime();
        int[] rows = new int[1];
        AtomicFiles.write(outbox.resolve("assessment.xlsx"), out -> rows[0] = new AssessmentWorkbookWriter(data, accepted.currentByUnit(plan.id(), data.period())).write(out));
        Written written = new Written(data.units().size(), unitPdfNanos, rows[0], System.nanoTime() - workbookStarted);
        LOG.info("Wrote {} unit PDFs in {} ms and assessment.xlsx ({} rows) in {} ms", written.unitPdfs(),
                written.unitPdfNanos() / 1_000_000, written.workbookRows(), written.workbookNanos() / 1_000_000);
        return written;
    }
}
