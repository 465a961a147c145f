package kaohe.plan;

import java.io.IOException;
import java.io.StringReader;
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
        String text;
        try {
            text = kaohe.shared.OfficeCsv.text(path);
        } catch (kaohe.shared.OfficeCsv.NotUtf8 e) {
            problems.unreadable(file, 0, e.getMessage());
            return List.of();
        } catch (IOException e) {
            problems.unreadable(file, 0, "无法读取：" + e.getMessage());
            return List.of();
        }
        try {
            return parse(file, text, requiredColumns);
        } catch (IOException | RuntimeException e) {
            problems.unreadable(file, openQuoteLine(text), "引号不成对：从这一行起的引号一直没有结束，后面的内容都被读成了一个单元格。"
                    + "请删去多余的引号；单元格里确需引号时写成两个（\"\"）");
            return List.of();
        }
    }

    /** The line where a quote opens that is never closed, 0 when every quote closes. */
    static int openQuoteLine(String text) {
        boolean quoted = false;
        int line = 1;
        int openedAt = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                    continue;
                }
                quoted = !quoted;
                openedAt = quoted ? line : openedAt;
            } else if (c == '\n') {
                line++;
            }
        }
        return quoted ? openedAt : 0;
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
                int line = lineAt(lineStarts, record.getCharacterPosition());
                if (record.stream().anyMatch(v -> v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)) {
                    // No plan cell holds a line break: a record spanning lines is a quote left open.
                    problems.unreadable(file, line, "引号不成对：第 " + line + " 行有一个没有结束的引号，把后面几行读成了一个单元格。"
                            + "请删去多余的引号；单元格里确需引号时写成两个（\"\"）");
                    return List.of();
                }
                rows.add(new CsvRow(file, line, valuesOf(record, header)));
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
