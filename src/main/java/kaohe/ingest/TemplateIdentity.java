package kaohe.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateLayout;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;

/**
 * Whose return this is, read from the template's hidden metadata and checked against the plan and
 * the inbox folder it was dropped in. Any problem here is fatal: without a trusted unit and period
 * nothing else in the workbook can be interpreted.
 */
record TemplateIdentity(ReportingUnit unit, Period period, List<Finding> problems) {

    static TemplateIdentity of(Map<String, String> meta, Plan plan, UnitCode folderUnit) {
        List<Finding> problems = new ArrayList<>();
        String version = meta.get(TemplateLayout.META_VERSION);
        if (version == null) {
            problems.add(Finding.ofFile(FindingCode.F006));
            return new TemplateIdentity(null, null, problems);
        }
        if (!version.equals(TemplateLayout.VERSION)) {
            problems.add(Finding.ofFile(FindingCode.F007, version));
        }
        String planId = meta.getOrDefault(TemplateLayout.META_PLAN, "");
        if (!planId.equals(plan.id())) {
            problems.add(Finding.ofFile(FindingCode.F008, planId, plan.id()));
        }
        String unitText = meta.getOrDefault(TemplateLayout.META_UNIT, "");
        ReportingUnit unit = UnitCode.isValid(unitText) ? plan.unit(UnitCode.of(unitText)).orElse(null) : null;
        if (unit == null) {
            problems.add(Finding.ofFile(FindingCode.F010, unitText));
        } else if (folderUnit != null && !folderUnit.equals(unit.code())) {
            problems.add(Finding.ofFile(FindingCode.F009, unit.name() + "（" + unit.code() + "）",
                    plan.unit(folderUnit).map(u -> u.name() + "（" + u.code() + "）").orElse(folderUnit.value())));
        }
        String periodText = meta.getOrDefault(TemplateLayout.META_PERIOD, "");
        Period period = Period.isValid(periodText) ? Period.of(periodText) : null;
        if (period == null || !plan.covers(period)) {
            problems.add(Finding.ofFile(FindingCode.F011, periodText, plan.start(), plan.end()));
        }
        return new TemplateIdentity(unit, period, problems);
    }
}
