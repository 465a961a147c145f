package kaohe.reportup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.StoredReturn;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import kaohe.template.TemplateLayout;
import kaohe.template.TemplateSeal;
import kaohe.template.TemplateWriter;
import kaohe.validate.ReturnValue;
import kaohe.validate.ValueState;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills the parent plan's return for the city from the city's accepted figures: each mapped indicator
 * gets the city value its lead bureau reported, with the source (file, sheet, cell, reason) in a comment on
 * the cell; what has no mapping or no accepted figure is left blank, with a comment saying so, for the
 * clerk. The province's own blank template, when given, is filled as it is, so its seal holds; without
 * it the parent plan's layout is written unsealed (the province accepts it with F016 while it accepts
 * unsealed templates).
 */
public final class UpwardReturn {

    /** What was written: how many cells were filled and which items are left for the clerk, with why. */
    public record Written(Path file, int filled, List<String> leftForClerk) {

        public Written {
            leftForClerk = List.copyOf(leftForClerk);
        }
    }

    /** Refused: the template given is not the parent's return for this unit and period. */
    public static final class WrongTemplate extends Refusal {
        WrongTemplate(String message) {
            super(message);
        }
    }

    private static final String AUTHOR = "考核系统";

    private final Plan city;
    private final Plan parent;
    private final UpwardMapping mapping;
    private final AcceptedReturns returns;

    public UpwardReturn(Plan city, Plan parent, UpwardMapping mapping, AcceptedReturns returns) {
        this.city = city;
        this.parent = parent;
        this.mapping = mapping;
        this.returns = returns;
    }

    public Written write(Period period, Path template, Path out) throws IOException {
        ReportingUnit unit = parent.unit(mapping.unit()).orElseThrow();
        try (Workbook workbook = template == null ? unsealed(unit, period) : open(template, unit, period)) {
            Sheet indicators = workbook.getSheet(TemplateLayout.INDICATOR_SHEET);
            Drawing<?> drawing = indicators.createDrawingPatriarch();
            int filled = 0;
            List<String> left = new ArrayList<>();
            Map<kaohe.shared.UnitCode, Optional<StoredReturn>> read = new HashMap<>();
            for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= indicators.getLastRowNum(); r++) {
                Row row = indicators.getRow(r);
                if (row == null || row.getCell(TemplateLayout.CODE_COLUMN) == null) {
                    continue;
                }
                String text = row.getCell(TemplateLayout.CODE_COLUMN).getStringCellValue().trim();
                if (TemplateLayout.partOf(text) != null) {
                    continue; // a ratio's part, filled with its item
                }
                ItemCode code = ItemCode.of(text);
                boolean ratio = parent.indicator(code).map(Indicator::isRatio).orElse(false);
                // A ratio's own cell is the template's formula; what goes up are its parts, in the two rows under it.
                Cell cell = (ratio ? indicators.getRow(r + 1) : row).getCell(TemplateLayout.VALUE_COLUMN, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                Optional<UpwardMapping.Pair> pair = mapping.pairFor(code);
                if (pair.isEmpty()) {
                    left.add(code + " 未对应到" + city.name() + "的指标");
                    kaohe.template.CellComments.add(drawing, cell, "未对应到本市计划的指标，请填报人填写。", AUTHOR);
                    continue;
                }
                Indicator from = city.indicator(pair.get().from()).orElseThrow();
                Taken taken = pair.get().how() == UpwardMapping.How.COUNTIES_SUM
                        ? countiesSum(from, pair.get(), read, period) : lead(from, read, period);
                if (taken.figure() != null && pair.get().stockAt() != null) {
                    taken = lessStock(from, pair.get(), taken.figure());
                }
                if (ratio && taken.figure() != null && !taken.figure().hasParts()) {
                    taken = Taken.none("上级按分子、分母报送，而本市 " + from.code() + " 报的是比值，无法拆出分子、分母");
                }
                if (taken.figure() == null) {
                    left.add(code + " " + taken.why());
                    kaohe.template.CellComments.add(drawing, cell, "对应本市 " + from.code() + " " + from.name() + "，但" + taken.why() + "，请填报人填写。", AUTHOR);
                    continue;
                }
                if (ratio) {
                    cell.setCellValue(taken.figure().numerator().doubleValue());
                    indicators.getRow(r + 2).getCell(TemplateLayout.VALUE_COLUMN, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                            .setCellValue(taken.figure().denominator().doubleValue());
                } else {
                    cell.setCellValue(taken.figure().value().doubleValue());
                }
                kaohe.template.CellComments.add(drawing, cell, "来源：" + city.name() + " " + from.code() + " " + from.name() + "，"
                        + taken.figure().source() + "。口径：" + pair.get().reason(), AUTHOR);
                filled++;
            }
            AtomicFiles.write(out, workbook::write);
            return new Written(out, filled, left);
        }
    }

    /**
     * A figure for the parent's cell and where it came from, as the cell's comment says it; for a ratio, the numerator
     * and denominator it is worked out from (null for a finished number).
     */
    private record Figure(java.math.BigDecimal value, String source, java.math.BigDecimal numerator, java.math.BigDecimal denominator) {

        Figure(java.math.BigDecimal value, String source) {
            this(value, source, null, null);
        }

        boolean hasParts() {
            return numerator != null && denominator != null;
        }
    }

    /** The figure taken, or why none could be: what the clerk is told. */
    private record Taken(Figure figure, String why) {

        static Taken of(java.math.BigDecimal value, String source) {
            return new Taken(new Figure(value, source), null);
        }

        static Taken of(Figure figure) {
            return new Taken(figure, null);
        }

        static Taken none(String why) {
            return new Taken(null, why);
        }
    }

    /** The city value the city indicator's lead bureau reported in its accepted return. */
    private Taken lead(Indicator from, Map<kaohe.shared.UnitCode, Optional<StoredReturn>> read, Period period) {
        String lead = city.unit(from.leadUnit()).map(ReportingUnit::name).orElse(from.leadUnit().value());
        Optional<StoredReturn> stored = read.computeIfAbsent(from.leadUnit(), u -> returns.current(city.id(), u, period));
        Optional<ReturnValue> value = valueOf(stored, from);
        if (value.isEmpty()) {
            return Taken.none(stored.isEmpty() ? "本期没有" + lead + "的合格报表" : lead + "的报表中 " + from.code() + " 没有数值");
        }
        ReturnValue v = value.get();
        String shown = v.hasParts() ? Decimals.plain(v.numerator()) + "/" + Decimals.plain(v.denominator()) : Decimals.plain(v.value());
        return Taken.of(new Figure(v.value(), UpwardMapping.How.LEAD.text() + "（" + lead + "，" + stored.get().originalName() + " "
                + v.sheet() + "!" + v.cell() + "，" + shown + "）", v.numerator(), v.denominator()));
    }

    /**
     * The sum of the city's county-level values of {@code from} (only the counties of the row's scope, when it names
     * them), each county's figure and file in the source; none, naming who is missing, unless every county asked has
     * a value: a sum short of a county would understate the city.
     */
    private Taken countiesSum(Indicator from, UpwardMapping.Pair pair, Map<kaohe.shared.UnitCode, Optional<StoredReturn>> read, Period period) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        java.math.BigDecimal numerators = java.math.BigDecimal.ZERO;
        java.math.BigDecimal denominators = java.math.BigDecimal.ZERO;
        boolean allParts = true;
        List<String> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (kaohe.shared.UnitCode county : city.unitsOf(kaohe.plan.PeerGroup.COUNTY)) {
            if (!from.isReportedBy(county) || (!pair.scope().isEmpty() && !pair.scope().contains(county))) {
                continue;
            }
            String name = nameOf(county);
            Optional<StoredReturn> stored = read.computeIfAbsent(county, u -> returns.current(city.id(), u, period));
            Optional<ReturnValue> value = valueOf(stored, from);
            if (value.isEmpty()) {
                missing.add(name);
                continue;
            }
            sum = sum.add(value.get().value());
            if (value.get().hasParts()) {
                numerators = numerators.add(value.get().numerator());
                denominators = denominators.add(value.get().denominator());
            } else {
                allParts = false;
            }
            parts.add(name + " " + (value.get().hasParts() ? Decimals.plain(value.get().numerator()) + "/" + Decimals.plain(value.get().denominator())
                    : Decimals.plain(value.get().value())) + "（" + stored.get().originalName() + " " + value.get().sheet() + "!"
                    + value.get().cell() + "）");
        }
        String scope = pair.scope().isEmpty() ? ""
                : "（上级口径仅计 " + String.join("、", pair.scope().stream().map(this::nameOf).toList()) + "）";
        if (!missing.isEmpty() || parts.isEmpty()) {
            return Taken.none((scope.isEmpty() ? "" : pair.how().text() + scope + "，")
                    + (missing.isEmpty() ? "没有县（市、区）报送" : String.join("、", missing) + "本期没有数值"));
        }
        if (allParts && from.isRatio() && denominators.signum() == 0) {
            return Taken.none("各县（市、区）的" + from.ratio().denominator() + "合计为 0");
        }
        if (allParts && from.isRatio()) {
            // A ratio goes up as the sums of its parts: the parent's rate is theirs, not a sum of rates.
            return Taken.of(new Figure(from.ratio().of(numerators, denominators), "分子、分母各为" + pair.how().text() + scope + " "
                    + Decimals.plain(numerators) + "/" + Decimals.plain(denominators) + "：" + String.join("、", parts), numerators, denominators));
        }
        return Taken.of(sum, pair.how().text() + scope + " " + Decimals.plain(sum) + "：" + String.join("、", parts));
    }

    /**
     * A running total less the city's stock at the end of the row's year: the parent counts from a later start. The
     * stock is the row's own figure or the city plan's value for the city at that year's end; without either the
     * cell is left, saying where the figure belongs, since the total alone would overstate what the parent counts.
     */
    private Taken lessStock(Indicator from, UpwardMapping.Pair pair, Figure total) {
        int year = pair.stockAt();
        Optional<java.math.BigDecimal> stock = Optional.ofNullable(pair.stock())
                .or(() -> city.valueBefore(from, from.leadUnit(), year));
        if (stock.isEmpty()) {
            return Taken.none("上级只计" + year + "年以后的部分，须扣除本市" + year + "年底存量，而本市计划没有该存量（请在本市计划的 baselines.csv 补填 "
                    + from.code() + " " + year + " 年底数值，或在上报对应表的 stock 列写明）");
        }
        java.math.BigDecimal net = total.value().subtract(stock.get());
        return Taken.of(net, total.source() + "；" + Decimals.plain(total.value()) + " − " + year + "年底存量 " + Decimals.plain(stock.get())
                + " = " + Decimals.plain(net));
    }

    private Optional<ReturnValue> valueOf(Optional<StoredReturn> stored, Indicator from) {
        return stored.flatMap(s -> s.values().stream().filter(v -> v.item().equals(from.code()) && v.state() == ValueState.VALUE).findFirst());
    }

    private String nameOf(kaohe.shared.UnitCode unit) {
        return city.unit(unit).map(ReportingUnit::name).orElse(unit.value());
    }

    /** The parent plan's layout for the unit, with its seal cell left empty: this city holds no province key. */
    private Workbook unsealed(ReportingUnit unit, Period period) {
        Workbook workbook = new TemplateWriter(parent, TemplateSeal.of("unsealed")).build(unit, period, new XSSFWorkbook());
        Sheet meta = workbook.getSheet(TemplateLayout.META_SHEET);
        for (Row row : meta) {
            if (TemplateLayout.META_SEAL.equals(row.getCell(0).getStringCellValue())) {
                row.getCell(1).setCellValue("");
            }
        }
        return workbook;
    }

    private Workbook open(Path template, ReportingUnit unit, Period period) throws IOException {
        if (!Files.isRegularFile(template)) {
            throw new WrongTemplate("找不到 --template 指定的模板文件 " + template);
        }
        Workbook workbook;
        try (InputStream in = Files.newInputStream(template)) {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            // POI's own words (an IOException in English, or a format exception) are not for the office.
            throw new WrongTemplate(template.getFileName() + " 不是 Excel 工作簿（或已损坏、加了密码），无法作为 " + parent.id()
                    + " 的报表模板打开：请使用上级下发的原模板（.xlsx 或 .xls），或不带 --template 生成");
        }
        Sheet meta = workbook.getSheet(TemplateLayout.META_SHEET);
        Map<String, String> entries = new HashMap<>();
        if (meta != null) {
            for (Row row : meta) {
                if (row.getCell(0) != null && row.getCell(1) != null) {
                    entries.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                }
            }
        }
        if (!parent.id().equals(entries.get(TemplateLayout.META_PLAN)) || !unit.code().value().equals(entries.get(TemplateLayout.META_UNIT))
                || !period.toString().equals(entries.get(TemplateLayout.META_PERIOD))) {
            workbook.close();
            throw new WrongTemplate(template.getFileName() + " 不是 " + parent.id() + " 下发给" + unit.name() + "（" + unit.code() + "）" + period
                    + " 的报表模板（模板标识：计划“" + entries.getOrDefault(TemplateLayout.META_PLAN, "") + "”，单位“"
                    + entries.getOrDefault(TemplateLayout.META_UNIT, "") + "”，考核期“" + entries.getOrDefault(TemplateLayout.META_PERIOD, "") + "”）");
        }
        return workbook;
    }
}
