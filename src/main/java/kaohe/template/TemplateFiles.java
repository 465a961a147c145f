package kaohe.template;

import java.nio.file.Path;
import java.util.List;
import kaohe.plan.DueItems;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Period;

/** Writes the blank returns of a period into a folder, one per unit that owes something. */
public final class TemplateFiles {

    private TemplateFiles() {
    }

    /** "330402-南湖区-2019Q2.xlsx": code first so files sort by unit, the name so staff recognise them. */
    public static String name(ReportingUnit unit, Period period) {
        return unit.code() + "-" + unit.name() + "-" + period + ".xlsx";
    }

    /** Returns how many templates were written. */
    public static int writeAll(Plan plan, TemplateSeal seal, Period period, List<ReportingUnit> units, Path folder) {
        return writeAll(plan, seal, kaohe.validate.PreviousReturns.NONE, period, units, folder);
    }

    /** As above, each template showing the unit's last accepted values from {@code previous}. */
    public static int writeAll(Plan plan, TemplateSeal seal, kaohe.validate.PreviousReturns previous, Period period,
                               List<ReportingUnit> units, Path folder) {
        return writeAll(plan, seal, previous, period, units, folder, kaohe.shared.Progress.NONE);
    }

    /** As above, stepping {@code progress} once per unit. */
    public static int writeAll(Plan plan, TemplateSeal seal, kaohe.validate.PreviousReturns previous, Period period,
                               List<ReportingUnit> units, Path folder, kaohe.shared.Progress progress) {
        TemplateWriter writer = new TemplateWriter(plan, seal, previous);
        int written = 0;
        for (ReportingUnit unit : units) {
            if (!DueItems.of(plan, unit.code(), period).isEmpty()) {
                AtomicFiles.write(folder.resolve(name(unit, period)), out -> writer.write(unit, period, out));
                written++;
            }
            progress.step();
        }
        return written;
    }
}
