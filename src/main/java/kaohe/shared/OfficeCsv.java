package kaohe.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV files the office keeps in Excel or WPS (plans, reference values, adjustments): UTF-8 with or
 * without the byte-order mark Excel's "CSV UTF-8" writes. Chinese Excel's plain "CSV" saves GBK instead;
 * that is recognised and named, so the office knows which Save As choice to make.
 */
public final class OfficeCsv {

    /** A data row and its 1-based line in the file (the header is line 1). */
    public record Row(long line, Map<String, String> cells) {

        /** The trimmed cell, "" when the column is absent or blank. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }
    }

    private OfficeCsv() {
    }

    /**
     * The file's text as UTF-8, without a byte-order mark.
     *
     * @throws NotUtf8 when it is not UTF-8; the message says what it looks like and how to save it right
     */
    public static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = decode(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            boolean gbk;
            try {
                decode(bytes, Charset.forName("GB18030"));
                gbk = true;
            } catch (CharacterCodingException neither) {
                gbk = false;
            }
            throw new NotUtf8(gbk
                    ? "文件是 GBK（GB18030）编码，不是 UTF-8：这是中文版 Excel“另存为 CSV（逗号分隔）”的结果。"
                    + "请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”，或在 WPS 中选 UTF-8 编码后保存"
                    : "文件不是 UTF-8 编码的文本：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后保存");
        }
    }

    /**
     * Every data row of a file the office keeps, checked for {@code columns}; whatever cannot be read stops
     * with a {@link DataFileProblem} that starts with {@code name} (e.g. "参照值文件 x.csv").
     */
    public static List<Row> rows(Path file, String name, List<String> columns) {
        String text;
        try {
            text = text(file);
        } catch (NotUtf8 e) {
            throw new DataFileProblem(name + "：" + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            List<String> missing = columns.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new DataFileProblem(name + " 第 1 行：表头缺少列 " + String.join("、", missing) + "（应为 " + String.join(",", columns) + "）");
            }
            for (CSVRecord record : parser) {
                rows.add(new Row(record.getRecordNumber() + 1, record.toMap()));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new DataFileProblem(name + " 格式有误（" + e.getMessage() + "）：请检查引号是否成对");
        }
        return rows;
    }

    /** The file is not UTF-8. */
    public static final class NotUtf8 extends IOException {
        NotUtf8(String message) {
            super(message);
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
