package kaohe.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.OfficeCsv;
import kaohe.shared.UnitCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes baselines a unit reported into its plan's {@code baselines.csv}: a value for an item, unit and year replaces
 * the one there (a corrected 基数表), every other row stays as it was. The plan is loaded again before the file is
 * kept, so a plan never ends up one that {@code plan check} refuses; its version changes, as with any edit.
 */
public final class BaselinesFile {

    /** One row to write: the plan's columns. */
    public record Entry(ItemCode code, UnitCode unit, int year, BigDecimal value, String source) {
    }

    private BaselinesFile() {
    }

    /** Merges {@code entries} into the folder's baselines.csv; returns the plan as it now loads. */
    public static Plan merge(Path planFolder, List<Entry> entries) {
        Path file = planFolder.resolve(BaselineTable.FILE);
        byte[] before;
        List<List<String>> rows = new ArrayList<>();
        try {
            before = Files.exists(file) ? Files.readAllBytes(file) : null;
            if (before != null) {
                for (OfficeCsv.Row row : OfficeCsv.rows(file, BaselineTable.FILE, BaselineTable.COLUMNS)) {
                    boolean replaced = entries.stream().anyMatch(e -> e.code().value().equals(row.get("code")) && e.unit().value().equals(row.get("unit"))
                            && String.valueOf(e.year()).equals(row.get("year")));
                    if (!replaced) {
                        rows.add(BaselineTable.COLUMNS.stream().map(row::get).toList());
                    }
                }
            }
            for (Entry e : entries) {
                rows.add(List.of(e.code().value(), e.unit().value(), String.valueOf(e.year()), Decimals.plain(e.value()), e.source()));
            }
            StringWriter text = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                printer.printRecord(BaselineTable.COLUMNS);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
            AtomicFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlanLoad load = new PlanLoader().load(planFolder);
        if (!load.isValid()) {
            try {
                if (before == null) {
                    Files.deleteIfExists(file);
                } else {
                    AtomicFiles.write(file, out -> out.write(before));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("baselines.csv would not pass plan check: " + load.problems().stream().limit(3).toList());
        }
        return load.plan();
    }
}
