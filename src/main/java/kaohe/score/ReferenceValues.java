package kaohe.score;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

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

    /** Reads the file; a missing file means no reference values yet. A bad row fails with its line. */
    public static ReferenceValues load(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Map<String, Reference> values = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String where = file.getFileName() + ":" + (row.getRecordNumber() + 1);
                String period = row.get("period").trim();
                if (!Period.isValid(period) && !period.matches("\\d{4}")) {
                    throw new IllegalArgumentException(where + ": period must look like 2019Q4 or 2019: " + period);
                }
                try {
                    values.put(key(row.get("code").trim(), period), new Reference(Decimals.parse(row.get("value")), row.get("source").trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": value is not a number: " + row.get("value"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
