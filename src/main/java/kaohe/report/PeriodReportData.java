package kaohe.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kaohe.ingest.PeriodFinding;
import kaohe.ingest.Submission;
import kaohe.plan.Plan;
import kaohe.score.RankedUnit;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/** Everything the reports of one period are made from, gathered once per run. */
record PeriodReportData(Plan plan, Period period, List<RankedUnit> units,
                               Map<Period, Map<UnitCode, BigDecimal>> earlierTotals,
                               List<Submission> submissions, List<PeriodFinding> findings, List<String> cautions,
                               String edition, List<kaohe.audit.AuditEntry> audit,
                               Map<UnitCode, Map<kaohe.shared.ItemCode, List<kaohe.score.ItemPoint>>> itemHistory,
                               kaohe.rectify.RectificationFollowUp rectification,
                               Map<UnitCode, List<kaohe.validate.SelfAssessment>> selfAssessments,
                               Map<UnitCode, List<kaohe.ingest.EvidenceFiles.Evidence>> evidence) {

    /** Reports of an assessment not yet published are drafts for comment. */
    public static final String DRAFT = "征求意见稿";

    public PeriodReportData(Plan plan, Period period, List<RankedUnit> units, Map<Period, Map<UnitCode, BigDecimal>> earlierTotals,
                            List<Submission> submissions, List<PeriodFinding> findings, List<String> cautions) {
        this(plan, period, units, earlierTotals, submissions, findings, cautions, DRAFT, List.of(), Map.of(),
                kaohe.rectify.RectificationFollowUp.NONE, Map.of(), Map.of());
    }

    public PeriodReportData withEdition(String edition) {
        return new PeriodReportData(plan, period, units, earlierTotals, submissions, findings, cautions, edition, audit, itemHistory, rectification, selfAssessments, evidence);
    }

    /** The same data with the earlier quarters of the unit items now behind target, for the unit reports' item trends. */
    public PeriodReportData withItemHistory(Map<UnitCode, Map<kaohe.shared.ItemCode, List<kaohe.score.ItemPoint>>> itemHistory) {
        return new PeriodReportData(plan, period, units, earlierTotals, submissions, findings, cautions, edition, audit, itemHistory, rectification, selfAssessments, evidence);
    }

    /** The earlier quarters of one unit's item, oldest first; empty when none were assessed. */
    public List<kaohe.score.ItemPoint> history(UnitCode unit, kaohe.shared.ItemCode item) {
        return itemHistory.getOrDefault(unit, Map.of()).getOrDefault(item, List.of());
    }

    /** The same data with the 整改情况 of the quarter before, as the next 通报 and unit reports show it. */
    public PeriodReportData withRectification(kaohe.rectify.RectificationFollowUp rectification) {
        return new PeriodReportData(plan, period, units, earlierTotals, submissions, findings, cautions, edition, audit, itemHistory,
                rectification, selfAssessments, evidence);
    }

    /** The same data with each unit's 自评 from its current return, for the unit reports. */
    public PeriodReportData withSelfAssessments(Map<UnitCode, List<kaohe.validate.SelfAssessment>> selfAssessments) {
        return new PeriodReportData(plan, period, units, earlierTotals, submissions, findings, cautions, edition, audit, itemHistory,
                rectification, selfAssessments, evidence);
    }

    /** The same data with the 佐证材料 of the period's current returns, by unit, for the unit reports' 佐证清单. */
    public PeriodReportData withEvidence(List<kaohe.ingest.EvidenceFiles.Evidence> evidence) {
        Map<UnitCode, List<kaohe.ingest.EvidenceFiles.Evidence>> byUnit = evidence.stream()
                .collect(java.util.stream.Collectors.groupingBy(kaohe.ingest.EvidenceFiles.Evidence::unit));
        return new PeriodReportData(plan, period, units, earlierTotals, submissions, findings, cautions, edition, audit, itemHistory,
                rectification, selfAssessments, byUnit);
    }

    /** The same data with the period's audit trail, for the staff workbook's 审计记录 sheet. */
    public PeriodReportData withAudit(List<kaohe.audit.AuditEntry> audit) {
        return new PeriodReportData(plan, period, units, earlierTotals, submissions, findings, cautions, edition, audit, itemHistory, rectification, selfAssessments, evidence);
    }

    public PeriodReportData {
        evidence = Map.copyOf(evidence);
        selfAssessments = Map.copyOf(selfAssessments);
        itemHistory = Map.copyOf(itemHistory);
        audit = List.copyOf(audit);
        cautions = List.copyOf(cautions);
        units = List.copyOf(units);
        earlierTotals = Map.copyOf(earlierTotals);
        submissions = List.copyOf(submissions);
        findings = List.copyOf(findings);
    }

    public String periodText() {
        // One way of writing a quarter for people throughout the reports: 2019年第四季度.
        return period.label() + (period.isAnnual() ? "（年度考核）" : "");
    }
}
