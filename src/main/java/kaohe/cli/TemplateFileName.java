package kaohe.cli;

import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;

/** "330402-南湖区-2019Q2.xlsx": code first so files sort by unit, the name so staff recognise them. */
final class TemplateFileName {

    private TemplateFileName() {
    }

    static String of(ReportingUnit unit, Period period) {
        return unit.code() + "-" + unit.name() + "-" + period + ".xlsx";
    }
}
