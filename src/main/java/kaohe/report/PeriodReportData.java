package kaohe.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kaohe.ingest.ReturnStore.PeriodFinding;
import kaohe.ingest.ReturnStore.Submission;
import kaohe.plan.Plan;
import kaohe.score.RankedUnit;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/** Everything the reports of one period are made from, gathered once per run. */
public record PeriodReportData(Plan plan, Period period, List<RankedUnit> units,
                               Map<Period, Map<UnitCode, BigDecimal>> earlierTotals,
                               List<Submission> submissions, List<PeriodFinding> findings, List<String> cautions,
                               String edition, List<kaohe.audit.AuditEntry> audit) {

    /** Reports of an assessment not yet published are drafts for comment. */
    public static final String DRAFT = "征求意见稿";

    public PeriodReportData(Plan plan, Period period, List<RankedUnit> units, Map<Period, Map<UnitCode, BigDecimal>> earlierTotals,
                            List<Submission> submissions, List<PeriodFinding> findings, List<String> cautions) {
        this(plan, period, units, earlierTotals, submissions, findings, cautions, DRAFT, List.of());
    }

    public PeriodReportData withEdition(String edition) {
        return new PeriodReportData(plan, period, units, earlierTotals, submissions, findings, cautions, edition, audit);
    }

    /** The same data with the period's audit trail, for the staff workbook's 审计记录 sheet. */
    public PeriodReportData withAudit(List<kaohe.audit.AuditEntry> audit) {
        return new PeriodReportData(plan, period, units, earlierTotals, submissions, findings, cautions, edition, audit);
    }

    public PeriodReportData {
        audit = List.copyOf(audit);
        cautions = List.copyOf(cautions);
        units = List.copyOf(units);
        earlierTotals = Map.copyOf(earlierTotals);
        submissions = List.copyOf(submissions);
        findings = List.copyOf(findings);
    }

    public long peers(RankedUnit unit) {
        return units.stream().filter(u -> u.assessment().unit().peerGroup() == unit.assessment().unit().peerGroup()).count();
    }

    public String periodText() {
        return period.year() + "年第" + period.quarter() + "季度" + (period.isAnnual() ? "（年度考核）" : "");
    }
}
