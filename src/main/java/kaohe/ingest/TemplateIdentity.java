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
 * Whose return this is, read from the template's hidden metadata and trusted only once it is proved:
 * the seal must be a check of exactly those entries by the installation's key the template names, and the unit named on the
 * sheets' visible covers must be the same one, as must the inbox folder it was dropped in. Any
 * problem here is fatal: without a trusted unit and period nothing else in the workbook can be
 * interpreted, and a forged identity would file one unit's figures as another's.
 */
record TemplateIdentity(ReportingUnit unit, Period period, List<Finding> problems) {

    static TemplateIdentity of(RawReturn raw, Plan plan, UnitCode folderUnit, TemplateTrust trust) {
        Map<String, String> meta = raw.meta();
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
        String periodText = meta.getOrDefault(TemplateLayout.META_PERIOD, "");
        List<Finding> warnings = new ArrayList<>();
        String seal = meta.get(TemplateLayout.META_SEAL);
        List<String> sealed = TemplateLayout.sealedFields(version, planId, meta.getOrDefault(TemplateLayout.META_PLAN_VERSION, ""),
                unitText, periodText);
        if (seal == null || seal.isBlank()) {
            if (trust.acceptUnsealed()) {
                warnings.add(Finding.ofFile(FindingCode.F016));
            } else {
                problems.add(Finding.ofFile(FindingCode.F014, unitText, periodText));
            }
        } else if (!trust.keys().verifies(sealed, meta.get(TemplateLayout.META_SEAL_KEY), seal)) {
            problems.add(Finding.ofFile(FindingCode.F014, unitText, periodText));
        }
        ReportingUnit unit = UnitCode.isValid(unitText) ? plan.unit(UnitCode.of(unitText)).orElse(null) : null;
        if (unit == null) {
            problems.add(Finding.ofFile(FindingCode.F010, unitText));
        } else {
            String expected = TemplateLayout.coverUnitLine(unit.name(), unit.code().value());
            raw.covers().forEach((sheet, shown) -> {
                if (!shown.equals(expected)) {
                    problems.add(Finding.at(FindingCode.F015, sheet, "A" + (TemplateLayout.COVER_UNIT_ROW + 1), null,
                            sheet, shown.isEmpty() ? "（空）" : shown, unit.name() + "（" + unit.code() + "）"));
                }
            });
            if (folderUnit != null && !folderUnit.equals(unit.code())) {
                problems.add(Finding.ofFile(FindingCode.F009, unit.name() + "（" + unit.code() + "）",
                        plan.unit(folderUnit).map(u -> u.name() + "（" + u.code() + "）").orElse(folderUnit.value())));
            }
        }
        Period period = Period.isValid(periodText) ? Period.of(periodText) : null;
        if (period == null || !plan.covers(period)) {
            problems.add(Finding.ofFile(FindingCode.F011, periodText, plan.start(), plan.end()));
        }
        if (!problems.isEmpty()) {
            return new TemplateIdentity(unit, period, problems);
        }
        return new TemplateIdentity(unit, period, warnings);
    }

    /** Whether the identity can be used: the only findings are warnings. */
    boolean isTrusted() {
        return problems.stream().noneMatch(Finding::isError);
    }
}
