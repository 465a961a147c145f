package kaohe.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code categories.csv}: the scorecard sections and their weights. */
final class CategoryTable {

    static final String FILE = "categories.csv";
    static final List<String> COLUMNS = List.of("code", "name", "weight");

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();

    CategoryTable(CsvTableReader reader, Problems problems) {
        for (CsvRow row : reader.read(FILE, COLUMNS)) {
            Cells cells = new Cells(row, problems);
            String code = cells.required("code");
            String name = cells.required("name");
            BigDecimal weight = cells.requiredDecimal("weight");
            if (code != null && categories.containsKey(code)) {
                cells.problem("code", "分类编码 " + code + " 重复");
            } else if (code != null && name != null && weight != null) {
                categories.put(code, new Category(code, name, weight));
                lines.put(code, row.line());
            }
        }
    }

    List<Category> categories() {
        return List.copyOf(categories.values());
    }

    boolean contains(String code) {
        return categories.containsKey(code);
    }

    int lineOf(String code) {
        return lines.getOrDefault(code, 0);
    }
}
