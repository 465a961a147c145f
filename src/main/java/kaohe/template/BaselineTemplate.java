package kaohe.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import kaohe.plan.BaselineRequest;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A unit's 基数表: one row per item the plan would score in full for want of the unit's baseline, asking for its value
 * at the end of the year before the plan. Laid out as a return (cover, 指标 sheet, sealed hidden identity), so ingest
 * reads it with the same reader and checks; its identity says {@code kind=baselines} and names that year-end as its
 * period, which no quarter's return can have.
 */
public final class BaselineTemplate {

    private final Plan plan;
    private final TemplateSeal seal;

    public BaselineTemplate(Plan plan, TemplateSeal seal) {
        this.plan = plan;
        this.seal = seal;
    }

    /** The year-end a 基数表's values stand for, as its identity names it (2016Q4). */
    public static Period period(Plan plan) {
        return new Period(BaselineRequest.year(plan), 4);
    }

    /** Writes the unit's 基数表; false, writing nothing, when the unit owes no baseline. */
    public boolean write(ReportingUnit unit, OutputStream out) throws IOException {
        Optional<Workbook> built = build(unit);
        if (built.isEmpty()) {
            return false;
        }
        try (Workbook workbook = built.get()) {
            workbook.write(out);
        }
        return true;
    }

    Optional<Workbook> build(ReportingUnit unit) {
        List<Indicator> owed = BaselineRequest.owedBy(plan, unit.code());
        if (owed.isEmpty()) {
            return Optional.empty();
        }
        int year = BaselineRequest.year(plan);
        Workbook workbook = new XSSFWorkbook();
        TemplateStyles styles = new TemplateStyles(workbook);
        Sheet notes = workbook.createSheet(TemplateLayout.INSTRUCTIONS_SHEET);
        String[] lines = {
                plan.name() + " 基数表",
                "请填写下列指标在" + year + "年底的实际值（基数）。有了基数，" + (year + 1) + "—" + plan.end().year()
                        + "年按“序时进度”（由基数按季度均匀推进到目标）考核；没有基数，则从第一年起按目标全额考核。",
                "只填写浅黄色单元格：“" + year + "年底数值”填数字，百分数填百分数的数值（95%填95）；“来源或说明”写明数据出处（如统计年鉴、部门年报）。",
                "没有数据的项目留空。填好后按考核办通知报送，文件由考核办收进计划的基数表；不要改动编码和行。"};
        for (int r = 0; r < lines.length; r++) {
            TemplateWriter.text(notes.createRow(r), 0, lines[r], r == 0 ? styles.title() : styles.cover());
        }
        notes.setColumnWidth(0, 120 * 256);
        Sheet sheet = workbook.createSheet(TemplateLayout.INDICATOR_SHEET);
        TemplateWriter.text(sheet.createRow(0), 0, plan.name() + " 基数表（" + year + "年底）", styles.title());
        TemplateWriter.text(sheet.createRow(TemplateLayout.COVER_UNIT_ROW), 0, TemplateLayout.coverUnitLine(unit.name(), unit.code().value()),
                styles.cover());
        TemplateWriter.text(sheet.createRow(2), 0, "基数：" + year + "年底的实际值", styles.cover());
        TemplateWriter.text(sheet.createRow(3), 0, "只填写浅黄色单元格", styles.cover());
        TemplateWriter.header(sheet, List.of("指标编码", "指标名称", "计量单位", "计划目标（参考）", year + "年底数值", "来源或说明"), styles);
        int r = TemplateLayout.FIRST_ITEM_ROW;
        for (Indicator indicator : owed) {
            Row row = sheet.createRow(r++);
            Period last = new Period(plan.end().year(), 4);
            String target = kaohe.plan.TargetReading.of(plan, indicator, unit.code(), last)
                    .map(reading -> last.year() + "年 " + reading.text(indicator, last, "；")).orElse("");
            // A baseline is a finished year-end figure, a ratio's too: the unit gives the rate, not its parts.
            String unitText = indicator.isPercent() ? "%（如95%填95）" : indicator.unitOfMeasure();
            TemplateWriter.text(row, 0, indicator.code().value(), styles.locked());
            TemplateWriter.text(row, 1, indicator.name(), styles.lockedWrapped());
            TemplateWriter.text(row, 2, unitText, styles.lockedWrapped());
            TemplateWriter.text(row, 3, target, styles.lockedWrapped());
            row.createCell(TemplateLayout.VALUE_COLUMN).setCellStyle(styles.input());
            ValueValidation.add(sheet, row.getRowNum(), indicator, year + "年底数值（基数）", unitText);
            row.createCell(TemplateLayout.NOTE_COLUMN).setCellStyle(styles.inputWrapped());
            PrintLayout.fitHeight(row, TemplateWriter.INDICATOR_WIDTHS);
        }
        TemplateWriter.widths(sheet, 9, 40, 16, 24, 14, 40);
        PrintLayout.landscapeFitToWidth(sheet, TemplateLayout.HEADER_ROW);
        sheet.protectSheet("");
        sheet.createFreezePane(0, TemplateLayout.FIRST_ITEM_ROW);
        String periodText = period(plan).toString();
        TemplateWriter.fillMeta(workbook.createSheet(TemplateLayout.META_SHEET), new String[][]{
                {TemplateLayout.META_VERSION, TemplateLayout.VERSION},
                {TemplateLayout.META_PLAN, plan.id()},
                {TemplateLayout.META_PLAN_VERSION, plan.version()},
                {TemplateLayout.META_UNIT, unit.code().value()},
                {TemplateLayout.META_PERIOD, periodText},
                {TemplateLayout.META_SEAL, seal.seal(TemplateLayout.sealedFields(TemplateLayout.VERSION, plan.id(), plan.version(),
                        unit.code().value(), periodText))},
                {TemplateLayout.META_SEAL_KEY, seal.fingerprint()},
                {TemplateLayout.META_KIND, TemplateLayout.KIND_BASELINES}});
        workbook.setActiveSheet(1);
        return Optional.of(workbook);
    }
}
