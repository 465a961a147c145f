package kaohe.report;

import java.nio.file.Path;
import java.util.List;
import kaohe.ingest.ReturnStore;
import kaohe.plan.Plan;
import kaohe.score.AssessmentStore;
import kaohe.score.RankedUnit;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Period;

/**
 * Writes a period's reports to {@code <home>/outbox/P/}: a PDF per unit under units/, the leadership PDF
 * and the staff workbook. Templates are compiled once, when this is created.
 */
public final class AssessmentReports {

    private final Plan plan;
    private final AssessmentStore assessments;
    private final ReturnStore returns;
    private final ReportTemplates templates;

    public AssessmentReports(Plan plan, AssessmentStore assessments, ReturnStore returns, ReportTemplates templates) {
        this.plan = plan;
        this.assessments = assessments;
        this.returns = returns;
        this.templates = templates;
    }

    public PeriodReportData data(Period period, List<RankedUnit> ranked) {
        return new PeriodReportData(plan, period, ranked, assessments.earlierTotals(plan.id(), period),
                returns.submissions(plan.id(), period), returns.findings(plan.id(), period));
    }

    public void write(PeriodReportData data, Path outbox) {
        for (RankedUnit unit : data.units()) {
            ReportInput input = UnitReport.build(data, unit);
            String name = unit.assessment().unit().code() + "-" + unit.assessment().unit().name() + ".pdf";
            AtomicFiles.write(outbox.resolve("units").resolve(name),
                    out -> PdfRenderer.render(templates.unit(), input.parameters(), input.rows(), out));
        }
        ReportInput leadership = LeadershipReport.build(data);
        AtomicFiles.write(outbox.resolve("leadership.pdf"),
                out -> PdfRenderer.render(templates.leadership(), leadership.parameters(), leadership.rows(), out));
        AtomicFiles.write(outbox.resolve("assessment.xlsx"), out -> new AssessmentWorkbookWriter(data, returns).write(out));
    }
}
