package kaohe.plan;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a plan CSV file (UTF-8, optional byte-order mark as Excel writes it, header row) into rows
 * that know their line. A missing file or missing column becomes a problem, not an exception.
 */
final class CsvTableReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private final Path dir;
    private final Problems problems;

    CsvTableReader(Path dir, Problems problems) {
        this.dir = dir;
        this.problems = problems;
    }

    List<CsvRow> read(String file, List<String> requiredColumns) {
        if (!Files.isRegularFile(dir.resolve(file))) {
            problems.add(file, 0, "", "文件不存在");
            return List.of();
        }
        return readOptional(file, requiredColumns);
    }

    /** Like {@link #read}, but a file the plan does not have is simply no rows. */
    List<CsvRow> readOptional(String file, List<String> requiredColumns) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return parse(file, text, requiredColumns);
        } catch (IOException | RuntimeException e) {
            problems.add(file, 0, "", "无法读取（需为 UTF-8 编码的 CSV）：" + e.getMessage());
            return List.of();
        }
    }

    private List<CsvRow> parse(String file, String text, List<String> requiredColumns) throws IOException {
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(file, 1, "", "表头缺少列：" + String.join(", ", missing));
                return List.of();
            }
            List<CsvRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new CsvRow(file, lineAt(lineStarts, record.getCharacterPosition()), valuesOf(record, header)));
            }
            return rows;
        }
    }

    /** Offsets where each line starts, found once per file. */
    private static int[] lineStarts(String text) {
        java.util.List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of a character position (the header is line 1), by binary search over the line starts. */
    private static int lineAt(int[] lineStarts, long position) {
        int found = java.util.Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static Map<String, String> valuesOf(CSVRecord record, List<String> header) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        return values;
    }
}
