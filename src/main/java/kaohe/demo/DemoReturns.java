package kaohe.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Random;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.plan.TargetKind;
import kaohe.plan.YearTarget;
import kaohe.score.CumulativeExpectation;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Period;
import kaohe.template.TemplateLayout;
import kaohe.template.TemplateWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a unit's generated template the way its staff would: values near each target (some above,
 * some behind), statuses mostly on track. Deterministic for a seed, so the demo is the same every time.
 */
public final class DemoReturns {

    private static final String[] STATUSES = {"已完成", "按进度推进", "按进度推进", "按进度推进", "滞后"};

    private final Plan plan;
    private final kaohe.template.TemplateSeal seal;
    private final Period period;

    /** @param seal the installation's, so the returns are those its own templates would give */
    public DemoReturns(Plan plan, kaohe.template.TemplateSeal seal, Period period) {
        this.plan = plan;
        this.seal = seal;
        this.period = period;
    }

    /**
     * A filled return; with {@code mistakes}, two cells hold what gets a return rejected. The file's
     * extension picks the format: .xls for the older one, .xlsx otherwise.
     */
    public void write(ReportingUnit unit, long seed, boolean mistakes, Path file) throws IOException {
        boolean xls = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xls");
        try (Workbook workbook = new TemplateWriter(plan, seal).build(unit, period, xls ? new HSSFWorkbook() : new XSSFWorkbook())) {
            fill(workbook, unit, seed, mistakes);
            AtomicFiles.write(file, workbook::write);
        }
    }

    /**
     * A ratio's parts, drawn as its value is, over a denominator of ten times its scale (1,000 出口批次 for a rate per
     * 100), so the rate the template works out is the value drawn.
     */
    private void ratio(Sheet sheet, int itemRow, Indicator indicator, ReportingUnit unit, Random random, Random values) {
        Row numerator = sheet.getRow(itemRow + 1);
        Row denominator = sheet.getRow(itemRow + 2);
        if (indicator.allowsNotApplicable() && random.nextInt(4) == 0) {
            numerator.getCell(TemplateLayout.VALUE_COLUMN).setCellValue("无");
            denominator.getCell(TemplateLayout.VALUE_COLUMN).setCellValue("无");
            sheet.getRow(itemRow).getCell(TemplateLayout.NOTE_COLUMN).setCellValue("本地区无此类项目");
            return;
        }
        BigDecimal scale = indicator.ratio().per().multiply(BigDecimal.TEN);
        numerator.getCell(TemplateLayout.VALUE_COLUMN).setCellValue(value(indicator, unit, values).multiply(BigDecimal.TEN).doubleValue());
        denominator.getCell(TemplateLayout.VALUE_COLUMN).setCellValue(scale.doubleValue());
    }

    private void fill(Workbook workbook, ReportingUnit unit, long seed, boolean mistakes) {
        Random random = new Random(seed);
        Sheet indicators = workbook.getSheet(TemplateLayout.INDICATOR_SHEET);
        boolean firstPercent = true;
        for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= indicators.getLastRowNum(); r++) {
            Row row = indicators.getRow(r);
            String code = row.getCell(0).getStringCellValue();
            if (TemplateLayout.partOf(code) != null) {
                continue; // a ratio's part: filled with its item
            }
            Indicator indicator = plan.indicator(kaohe.shared.ItemCode.of(code)).orElseThrow();
            if (indicator.isRatio()) {
                ratio(indicators, r, indicator, unit, random, new Random(seed * 31 + indicator.code().value().hashCode()));
                continue;
            }
            if (mistakes && firstPercent && indicator.isPercent()) {
                row.getCell(TemplateLayout.VALUE_COLUMN).setCellValue("九十");
                firstPercent = false;
            } else if (indicator.allowsNotApplicable() && random.nextInt(4) == 0) {
                row.getCell(TemplateLayout.VALUE_COLUMN).setCellValue("无");
                row.getCell(TemplateLayout.NOTE_COLUMN).setCellValue("本地区无此类项目");
            } else {
                // Each indicator draws from its own sequence, so a unit's value of an item is the same share of
                // its target whatever else its return holds: running totals then never fall from one quarter
                // to the next, though annual items join the return in the fourth quarter.
                BigDecimal value = value(indicator, unit, new Random(seed * 31 + indicator.code().value().hashCode()));
                if (indicator.isPercent() && value.compareTo(BigDecimal.ONE) <= 0) {
                    // A fraction of a percent must carry its sign, or it is ambiguous (C105).
                    row.getCell(TemplateLayout.VALUE_COLUMN).setCellValue(value.toPlainString() + "%");
                } else {
                    row.getCell(TemplateLayout.VALUE_COLUMN).setCellValue(value.doubleValue());
                }
            }
        }
        Sheet tasks = workbook.getSheet(TemplateLayout.TASK_SHEET);
        for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= tasks.getLastRowNum(); r++) {
            Row row = tasks.getRow(r);
            row.getCell(TemplateLayout.STATUS_COLUMN).setCellValue(mistakes && r == TemplateLayout.FIRST_ITEM_ROW ? "进行中"
                    : STATUSES[random.nextInt(STATUSES.length)]);
            row.getCell(TemplateLayout.PROGRESS_COLUMN).setCellValue("按计划推进相关工作。");
            if (row.getCell(TemplateLayout.STATUS_COLUMN).getStringCellValue().equals("滞后") && row.getCell(TemplateLayout.TASK_SELF_COLUMN) != null) {
                row.getCell(TemplateLayout.TASK_SELF_COLUMN).setCellValue("牵头部门协调会议推迟，配套资金尚未到位");
                row.getCell(TemplateLayout.TASK_SELF_COLUMN + 1).setCellValue("本季度内召开协调会，落实配套资金，下季度赶上进度");
            }
        }
        Row first = workbook.getSheet(TemplateLayout.INDICATOR_SHEET).getRow(TemplateLayout.FIRST_ITEM_ROW);
        if (first != null && first.getCell(TemplateLayout.INDICATOR_SELF_COLUMN) != null) {
            // Every unit believes it met its first target; the report shows where the score does not bear that out.
            first.getCell(TemplateLayout.INDICATOR_SELF_COLUMN).setCellValue("达到");
        }
    }

    /**
     * A value near what governs the unit: its own target where it has one (嘉兴's 28 品字标 certifications, not the
     * province's 180), a county's share of a plan total its counties add up to, else the plan's target.
     */
    private BigDecimal value(Indicator indicator, ReportingUnit unit, Random random) {
        YearTarget target = indicator.targetFor(period.year(), plan.end().year()).orElseThrow();
        double factor = 0.82 + random.nextDouble() * 0.26;
        java.util.Optional<kaohe.plan.TargetReading> own = kaohe.plan.TargetReading.of(plan, indicator, unit.code(), period)
                .filter(r -> r.own() && !r.pending() && r.target().target() != null);
        double share = indicator.whole() == kaohe.plan.Aggregate.SUM && unit.peerGroup() == kaohe.plan.PeerGroup.COUNTY
                ? 1.0 / plan.unitsOf(kaohe.plan.PeerGroup.COUNTY).stream().filter(indicator::isReportedBy).count() : 1.0;
        double base = own.map(r -> (r.expected() != null ? r.expected() : r.target().target()).doubleValue()).orElseGet(() ->
                indicator.rule().kind() == TargetKind.CUMULATIVE ? CumulativeExpectation.expected(indicator, plan, period).doubleValue() * share
                        : target.target() == null ? 0 : target.target().doubleValue() * share);
        double v = switch (indicator.rule().kind()) {
            case AT_LEAST, RANGE -> base * factor;
            case AT_MOST -> base * (0.9 + random.nextDouble() * 0.2);
            case CUMULATIVE -> base * factor;
            case ZERO -> random.nextInt(6) == 0 ? 1 : 0;
            case RANK_WITHIN, RANK_FRONT -> 3 + random.nextInt(12);
            case VS_REFERENCE -> 0.2 + random.nextDouble() * 0.3;
            case TREND -> 20 + random.nextDouble() * 10;
            case MILESTONE -> throw new IllegalStateException("indicators are never MILESTONE");
        };
        if (indicator.isPercent()) {
            v = Math.min(100, v);
        }
        int places = indicator.isCount() || indicator.rule().kind() == TargetKind.ZERO ? 0 : indicator.isPercent() ? 1 : 2;
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
    }
}
