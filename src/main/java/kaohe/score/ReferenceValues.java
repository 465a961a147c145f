package kaohe.score;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kaohe.shared.DataFileProblem;
import kaohe.shared.OfficeCsv;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;

/**
 * Values that are not a unit's own, such as a national average for 低于全国平均水平, supplied per
 * period in {@code data/reference/<plan-id>.csv} (code, period, value, source). A period is written
 * 2019Q4, or 2019 for the whole year.
 */
public final class ReferenceValues {

    public record Reference(BigDecimal value, String source) {
    }

    private final Map<String, Reference> byKey;

    private ReferenceValues(Map<String, Reference> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static ReferenceValues none() {
        return new ReferenceValues(Map.of());
    }

    /**
     * Reads the file; a missing file means no reference values yet. The file is UTF-8, with or without
     * the byte-order mark Excel's "CSV UTF-8" writes. A bad or repeated row stops with its line, in
     * Chinese, since scoring on a guess would be worse than not scoring.
     */
    public static ReferenceValues load(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Map<String, Reference> values = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        String name = "参照值文件 " + file.getFileName();
        for (OfficeCsv.Row row : OfficeCsv.rows(file, name, java.util.List.of("code", "period", "value", "source"))) {
            String where = name + " 第 " + row.line() + " 行";
            String code = row.get("code");
            String period = row.get("period");
            if (!Period.isValid(period) && !period.matches("\\d{4}")) {
                throw new DataFileProblem(where + "：考核期“" + period + "”应写作 2019Q4（季度）或 2019（全年）");
            }
            Reference reference;
            try {
                reference = new Reference(Decimals.parse(row.get("value")), row.get("source"));
            } catch (NumberFormatException e) {
                throw new DataFileProblem(where + "：参照值“" + row.get("value") + "”不是数字");
            }
            Long first = lines.putIfAbsent(key(code, period), row.line());
            if (first != null) {
                throw new DataFileProblem(where + "：" + code + " " + period + " 的参照值与第 " + first
                        + " 行重复，请删去其中一行（不会默认采用任一行）");
            }
            values.put(key(code, period), reference);
        }
        return new ReferenceValues(values);
    }

    /** The value for the period, else the value for its whole year. */
    public Optional<Reference> of(ItemCode item, Period period) {
        Reference exact = byKey.get(key(item.value(), period.toString()));
        return Optional.ofNullable(exact != null ? exact : byKey.get(key(item.value(), String.valueOf(period.year()))));
    }

    private static String key(String code, String period) {
        return code + "@" + period;
    }
}
