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
            fill(workbook, seed, mistakes);
            AtomicFiles.write(file, workbook::write);
        }
    }

    private void fill(Workbook workbook, long seed, boolean mistakes) {
        Random random = new Random(seed);
        Sheet indicators = workbook.getSheet(TemplateLayout.INDICATOR_SHEET);
        boolean firstPercent = true;
        for (int r = TemplateLayout.FIRST_ITEM_ROW; r <= indicators.getLastRowNum(); r++) {
            Row row = indicators.getRow(r);
            Indicator indicator = plan.indicator(kaohe.shared.ItemCode.of(row.getCell(0).getStringCellValue())).orElseThrow();
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
                BigDecimal value = value(indicator, new Random(seed * 31 + indicator.code().value().hashCode()));
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
        }
    }

    private BigDecimal value(Indicator indicator, Random random) {
        YearTarget target = indicator.targetFor(period.year(), plan.end().year()).orElseThrow();
        double factor = 0.82 + random.nextDouble() * 0.26;
        double v = switch (indicator.rule().kind()) {
            case AT_LEAST, RANGE -> target.target().doubleValue() * factor;
            case AT_MOST -> target.target().doubleValue() * (0.9 + random.nextDouble() * 0.2);
            case CUMULATIVE -> CumulativeExpectation.expected(indicator, plan, period).doubleValue() * factor;
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
