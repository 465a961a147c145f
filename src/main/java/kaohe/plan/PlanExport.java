package kaohe.plan;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kaohe.shared.Decimals;
import kaohe.shared.InterfaceCsv;
import kaohe.shared.UnitCode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan as data for other systems: one row per indicator and year, one per task (kind MILESTONE,
 * no year). CSV columns are fixed by INTERFACE.md; JSON carries the same keys plus the kind's
 * parameters, which the fixed CSV columns have no room for.
 */
public final class PlanExport {

    public static final List<String> COLUMNS = List.of("code", "name", "category", "kind", "year", "target",
            "target_max", "unit_of_measure", "baseline", "lead_unit", "reported_by", "weight", "source");

    private final Plan plan;

    public PlanExport(Plan plan) {
        this.plan = plan;
    }

    public void writeCsv(OutputStream out) {
        List<List<String>> rows = rows().stream()
                .map(row -> COLUMNS.stream().map(c -> text(row.get(c))).toList())
                .toList();
        InterfaceCsv.write(out, COLUMNS, rows);
    }

    public void writeJson(OutputStream out) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("plan", plan.id());
        document.put("version", plan.version());
        document.put("name", plan.name());
        document.put("start", plan.start().toString());
        document.put("end", plan.end().toString());
        document.put("items", rows());
        document.put("unit_baselines", plan.unitBaselines().stream().map(b -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", b.indicator().value());
            row.put("unit", b.unit().value());
            row.put("year", b.baseline().year());
            row.put("value", b.baseline().value());
            row.put("source", b.source());
            return row;
        }).toList());
        document.put("unit_targets", plan.unitTargets().stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", t.indicator().value());
            row.put("unit", t.unit().value());
            row.put("year", t.target().year());
            row.put("target", t.target().target());
            row.put("target_max", t.target().targetMax());
            row.put("wording", t.target().wording().word());
            row.put("tolerance", t.target().tolerance());
            row.put("pending", t.target().pending());
            row.put("source", t.target().source().text());
            return row;
        }).toList());
        mapper.writeValue(out, document);
    }

    /** Every row as an ordered map: the CSV columns first, then the extra JSON keys. */
    List<Map<String, Object>> rows() {
        Map<String, String> categoryNames = plan.categories().stream()
                .collect(Collectors.toMap(Category::code, Category::name));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            for (YearTarget target : indicator.targets()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", indicator.code().value());
                row.put("name", indicator.name());
                row.put("category", categoryNames.get(indicator.category()));
                row.put("kind", indicator.rule().kind().name());
                row.put("year", target.year());
                row.put("target", target.target());
                row.put("target_max", target.targetMax());
                row.put("unit_of_measure", indicator.unitOfMeasure());
                row.put("baseline", indicator.baseline() == null ? null : indicator.baseline().value());
                row.put("lead_unit", indicator.leadUnit().value());
                row.put("reported_by", codes(indicator.reportedBy()));
                row.put("weight", indicator.weight());
                row.put("source", target.source().text());
                row.put("item_type", "indicator");
                row.put("category_code", indicator.category());
                row.put("direction", indicator.rule().direction() == null ? null : indicator.rule().direction().text());
                row.put("span", indicator.rule().span() == 0 ? null : indicator.rule().span());
                row.put("baseline_year", indicator.baseline() == null ? null : indicator.baseline().year());
                row.put("due", indicator.due().text());
                row.put("outlook", plan.outlookYears().contains(target.year()));
                row.put("either_of", indicator.eitherOf());
                row.put("checklist", plan.isChecklist(indicator.category()));
                row.put("wording", target.wording().word());
                row.put("tolerance", target.tolerance());
                row.put("whole", indicator.whole() == null ? null : indicator.whole().code());
                row.put("all_of", indicator.allOf());
                row.put("yearly", indicator.yearly());
                row.put("ratio", indicator.ratio() == null ? null : indicator.ratio().text());
                row.put("per", indicator.ratio() == null ? null : indicator.ratio().per());
                rows.add(row);
            }
        }
        for (Task task : plan.tasks()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", task.code().value());
            row.put("name", task.name());
            row.put("category", categoryNames.get(task.category()));
            row.put("kind", TargetKind.MILESTONE.name());
            row.put("year", null);
            row.put("target", null);
            row.put("target_max", null);
            row.put("unit_of_measure", "");
            row.put("baseline", null);
            row.put("lead_unit", task.leadUnit().value());
            row.put("reported_by", codes(task.units()));
            row.put("weight", task.weight());
            row.put("source", task.source().text());
            row.put("item_type", "task");
            row.put("category_code", task.category());
            row.put("group", task.group());
            rows.add(row);
        }
        return rows;
    }

    private static String codes(List<UnitCode> units) {
        return units.stream().map(UnitCode::value).collect(Collectors.joining(" "));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? Decimals.plain(d) : value.toString();
    }
}
