package kaohe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kaohe.demo.DemoReturns;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;

/**
 * One quarter's returns for every unit of a plan, filled in the product's own templates the way staff
 * fill them, with the mix an office sees on deadline day: about one in five saved in the older .xls
 * format, one in twenty with mistakes that get it rejected, and one in a hundred cut off in transit.
 * Deterministic, so two runs measure the same bytes.
 */
final class SyntheticReturns {

    public enum Kind { XLSX, XLS }

    /** A generated file, waiting in {@code staging/<unit>/} to be dropped into an inbox. */
    public record Generated(Path file, String unit, Kind kind, boolean bad) {
    }

    private final Plan plan;
    private final kaohe.template.TemplateSeal seal;
    private final Period period;

    public SyntheticReturns(Plan plan, kaohe.template.TemplateSeal seal, Period period) {
        this.plan = plan;
        this.seal = seal;
        this.period = period;
    }

    public List<Generated> write(Path staging) throws IOException {
        DemoReturns filler = new DemoReturns(plan, seal, period);
        List<Generated> written = new ArrayList<>();
        int index = 0;
        for (ReportingUnit unit : plan.units()) {
            index++;
            Kind kind = index % 5 == 0 ? Kind.XLS : Kind.XLSX;
            boolean mistakes = index % 20 == 7;
            boolean truncated = index % 100 == 13;
            String code = unit.code().value();
            Path file = staging.resolve(code).resolve(unit.name() + " " + period + " 报表" + (kind == Kind.XLS ? ".xls" : ".xlsx"));
            filler.write(unit, code.hashCode() * 31L + index, mistakes, file);
            if (truncated) {
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
            written.add(new Generated(file, code, kind, mistakes || truncated));
        }
        return written;
    }
}
