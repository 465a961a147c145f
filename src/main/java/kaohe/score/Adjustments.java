package kaohe.score;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kaohe.plan.Plan;
import kaohe.shared.DataFileProblem;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The office's 加减分 and 一票否决 for one period, from {@code <home>/adjustments/<P>.csv} (columns
 * unit_code, applies_to, points, reason, document; UTF-8, Excel's byte-order mark allowed). applies_to is
 * an item code, 总分 (or total) or 一票否决 (or veto). A bad line stops the assessment with its line, in
 * Chinese: an adjustment read wrongly is worse than one not applied.
 */
public final class Adjustments {

    static final List<String> COLUMNS = List.of("unit_code", "applies_to", "points", "reason", "document");
    private static final Set<String> TOTAL = Set.of("总分", "total");
    private static final Set<String> VETO = Set.of("一票否决", "veto");

    private final List<Adjustment> all;

    private Adjustments(List<Adjustment> all) {
        this.all = List.copyOf(all);
    }

    public static Adjustments none() {
        return new Adjustments(List.of());
    }

    public List<Adjustment> all() {
        return all;
    }

    public List<Adjustment> of(UnitCode unit) {
        return all.stream().filter(a -> a.unit().equals(unit)).toList();
    }

    /** Reads the file; no file means no adjustments. */
    public static Adjustments load(Path file, Plan plan) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        String name = "加减分文件 " + file.getFileName();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new DataFileProblem(name + " 不是 UTF-8 编码：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Adjustment> adjustments = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new DataFileProblem(name + " 第 1 行：表头缺少列 " + String.join("、", missing)
                        + "（应为 " + String.join(",", COLUMNS) + "）");
            }
            for (CSVRecord row : parser) {
                adjustments.add(parse(row, name + " 第 " + (row.getRecordNumber() + 1) + " 行", plan));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new DataFileProblem(name + " 格式有误（" + e.getMessage() + "）：请检查引号是否成对");
        }
        return new Adjustments(adjustments);
    }

    private static Adjustment parse(CSVRecord row, String where, Plan plan) {
        String unitText = row.get("unit_code").trim();
        if (!UnitCode.isValid(unitText) || plan.unit(UnitCode.of(unitText)).isEmpty()) {
            throw new DataFileProblem(where + "：单位“" + unitText + "”不在计划的单位中");
        }
        UnitCode unit = UnitCode.of(unitText);
        String appliesTo = row.get("applies_to").trim();
        String reason = row.get("reason").trim();
        String document = row.get("document").trim();
        if (reason.isEmpty()) {
            throw new DataFileProblem(where + "：请写明理由（reason）");
        }
        String pointsText = row.get("points").trim();
        if (VETO.contains(appliesTo)) {
            if (!pointsText.isEmpty()) {
                throw new DataFileProblem(where + "：一票否决不填分值（points 应留空）");
            }
            return new Adjustment(unit, null, null, true, reason, document);
        }
        BigDecimal points;
        try {
            points = Decimals.parse(pointsText.replace('−', '-'));
        } catch (NumberFormatException e) {
            throw new DataFileProblem(where + "：分值“" + pointsText + "”不是数字（加分写 2，减分写 -2）");
        }
        if (TOTAL.contains(appliesTo)) {
            return new Adjustment(unit, null, points, false, reason, document);
        }
        boolean reports = ItemCode.isValid(appliesTo) && (plan.indicatorsReportedBy(unit).anyMatch(i -> i.code().value().equals(appliesTo))
                || plan.tasksReportedBy(unit).anyMatch(t -> t.code().value().equals(appliesTo)));
        if (!reports) {
            throw new DataFileProblem(where + "：applies_to“" + appliesTo + "”应为该单位考核的指标或任务编码、“总分”或“一票否决”");
        }
        return new Adjustment(unit, ItemCode.of(appliesTo), points, false, reason, document);
    }
}
