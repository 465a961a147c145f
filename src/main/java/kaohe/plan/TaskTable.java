package kaohe.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/** {@code tasks.csv}: one row per task, responsible units with the lead first. */
final class TaskTable {

    static final String FILE = "tasks.csv";
    static final List<String> COLUMNS = List.of("code", "name", "category", "group", "units", "weight", "source");

    record Row(Task task, int line) {
    }

    private final List<Row> rows = new ArrayList<>();

    TaskTable(CsvTableReader reader, Problems problems, UnitTable units, CategoryTable categories) {
        for (CsvRow csv : reader.read(FILE, COLUMNS)) {
            Cells cells = new Cells(csv, problems);
            ItemCode code = cells.itemCode("code");
            String name = cells.required("name");
            String category = IndicatorTable.category(cells, categories);
            String unitsText = cells.required("units");
            List<UnitCode> responsible = unitsText == null ? List.of() : units.resolve(unitsText, null, cells, "units");
            BigDecimal weight = cells.requiredDecimal("weight");
            Citation source = cells.citation("source");
            if (code != null && name != null && category != null && !responsible.isEmpty() && weight != null
                    && source != null) {
                rows.add(new Row(new Task(code, name, category, cells.text("group"), responsible, weight, source),
                        csv.line()));
            }
        }
    }

    List<Row> rows() {
        return rows;
    }
}
