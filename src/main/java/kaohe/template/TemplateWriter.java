package kaohe.template;

import java.io.IOException;
import java.io.OutputStream;
import kaohe.plan.DueItems;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.plan.TargetReading;
import kaohe.validate.PreviousReturn;
import kaohe.validate.PreviousReturns;
import java.util.Optional;
import kaohe.plan.Task;
import kaohe.shared.Period;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank return of one unit for one period: instructions, one indicator row per due
 * indicator, one task row per task, input cells unlocked and the rest locked, a status drop-down and
 * the hidden metadata that tells ingest which unit, period and plan version it belongs to.
 */
public final class TemplateWriter {

    private final Plan plan;
    private final TemplateSeal seal;
    private final PreviousReturns previous;

    public TemplateWriter(Plan plan, TemplateSeal seal) {
        this(plan, seal, PreviousReturns.NONE);
    }

    /** With {@code previous}, each indicator row shows the unit's last accepted value beside the input cell. */
    public TemplateWriter(Plan plan, TemplateSeal seal, PreviousReturns previous) {
        this.plan = plan;
        this.seal = seal;
        this.previous = previous;
    }

    public void write(ReportingUnit unit, Period period, OutputStream out) throws IOException {
        try (Workbook workbook = build(unit, period, new XSSFWorkbook())) {
            workbook.write(out);
        }
    }

    /**
     * Lays the template out in {@code workbook} (an empty .xlsx or .xls one) and returns it unwritten,
     * for callers that fill returns in code, as the benchmark's generator does.
     */
    public Workbook build(ReportingUnit unit, Period period, Workbook workbook) {
        DueItems items = DueItems.of(plan, unit.code(), period);
        TemplateStyles styles = new TemplateStyles(workbook);
        new InstructionsSheet(plan, unit, period, styles).write(workbook.createSheet(TemplateLayout.INSTRUCTIONS_SHEET));
        Sheet indicators = workbook.createSheet(TemplateLayout.INDICATOR_SHEET);
        cover(indicators, unit, period, styles);
        header(indicators, TemplateLayout.INDICATOR_HEADERS, styles);
        text(indicators.getRow(TemplateLayout.HEADER_ROW), TemplateLayout.PREVIOUS_COLUMN, TemplateLayout.PREVIOUS_HEADER, styles.header());
        selfHeaders(indicators, TemplateLayout.INDICATOR_SELF_COLUMN, TemplateLayout.INDICATOR_SELF_HEADERS, styles);
        Optional<PreviousReturn> last = previous.latestBefore(plan.id(), unit.code(), period);
        int r = TemplateLayout.FIRST_ITEM_ROW;
        for (Indicator indicator : items.indicators()) {
            Row row = indicators.createRow(r++);
            indicatorRow(row, indicator, unit, period, styles);
            text(row, TemplateLayout.PREVIOUS_COLUMN, last.map(p -> previousText(p, indicator)).orElse("—"), styles.locked());
            selfInputs(row, TemplateLayout.INDICATOR_SELF_COLUMN, TemplateLayout.INDICATOR_SELF_HEADERS.size(), styles);
            PrintLayout.fitHeight(row, INDICATOR_WIDTHS);
            if (indicator.isRatio()) {
                r = ratioRows(indicators, r, row, indicator, styles);
            }
        }
        if (r > TemplateLayout.FIRST_ITEM_ROW) {
            selfDropDown(indicators, TemplateLayout.FIRST_ITEM_ROW, r - 1);
        }
        widths(indicators, INDICATOR_WIDTHS);
        // With the 自评 columns the sheet is wider than a page at 8 pt: it then prints on two, the codes repeated.
        PrintLayout.readable(indicators, TemplateLayout.HEADER_ROW, INDICATOR_WIDTHS.length, 2);
        indicators.protectSheet("");
        indicators.createFreezePane(0, TemplateLayout.FIRST_ITEM_ROW);

        Sheet tasks = workbook.createSheet(TemplateLayout.TASK_SHEET);
        cover(tasks, unit, period, styles);
        header(tasks, TemplateLayout.TASK_HEADERS, styles);
        selfHeaders(tasks, TemplateLayout.TASK_SELF_COLUMN, TemplateLayout.TASK_SELF_HEADERS, styles);
        r = TemplateLayout.FIRST_ITEM_ROW;
        for (Task task : items.tasks()) {
            taskRow(tasks.createRow(r++), task, unit, styles);
        }
        if (!items.tasks().isEmpty()) {
            statusDropDown(tasks, TemplateLayout.FIRST_ITEM_ROW, r - 1);
        }
        widths(tasks, TASK_WIDTHS);
        PrintLayout.readable(tasks, TemplateLayout.HEADER_ROW, TASK_WIDTHS.length, 2);
        tasks.protectSheet("");
        tasks.createFreezePane(0, TemplateLayout.FIRST_ITEM_ROW);

        meta(workbook, unit, period);
        workbook.setActiveSheet(1);
        return workbook;
    }

    private void cover(Sheet sheet, ReportingUnit unit, Period period, TemplateStyles styles) {
        text(sheet.createRow(0), 0, plan.name() + " " + period + " 考核报表", styles.title());
        text(sheet.createRow(TemplateLayout.COVER_UNIT_ROW), 0, TemplateLayout.coverUnitLine(unit.name(), unit.code().value()), styles.cover());
        text(sheet.createRow(2), 0, "考核期：" + period.year() + "年第" + period.quarter() + "季度"
                + (period.isAnnual() ? "（年度考核）" : ""), styles.cover());
        text(sheet.createRow(3), 0, "报送截止：" + plan.deadline().deadline(period) + "　只填写浅黄色单元格", styles.cover());
    }

    static void header(Sheet sheet, java.util.List<String> headers, TemplateStyles styles) {
        Row row = sheet.createRow(TemplateLayout.HEADER_ROW);
        for (int c = 0; c < headers.size(); c++) {
            text(row, c, headers.get(c), styles.header());
        }
    }

    private static String previousText(PreviousReturn last, Indicator indicator) {
        java.math.BigDecimal value = last.values().get(indicator.code());
        return value == null ? "—" : kaohe.shared.Decimals.plain(value) + "（" + last.period() + "）";
    }

    private void indicatorRow(Row row, Indicator indicator, ReportingUnit unit, Period period, TemplateStyles styles) {
        text(row, 0, indicator.code().value(), styles.locked());
        text(row, 1, indicator.name(), styles.lockedWrapped());
        String unitText = unitText(indicator, plan.start());
        String target = TargetReading.of(plan, indicator, unit.code(), period).orElseThrow().text(indicator, period, "\n");
        text(row, 2, unitText, styles.lockedWrapped());
        text(row, 3, target, styles.lockedWrapped());
        row.createCell(TemplateLayout.VALUE_COLUMN).setCellStyle(styles.input());
        ValueValidation.add(row.getSheet(), row.getRowNum(), indicator, target, unitText);
        row.createCell(TemplateLayout.NOTE_COLUMN).setCellStyle(styles.inputWrapped());
    }

    /**
     * A ratio's numerator and denominator rows under its own row, which then shows the quotient as a locked formula:
     * the clerk types the two counts the office can check (通报次数, 出口批次), never a finished rate.
     * Returns the next free row.
     */
    private int ratioRows(Sheet sheet, int next, Row itemRow, Indicator indicator, TemplateStyles styles) {
        String code = indicator.code().value();
        int numeratorRow = next;
        for (String part : java.util.List.of(TemplateLayout.NUMERATOR, TemplateLayout.DENOMINATOR)) {
            Row row = sheet.createRow(next++);
            boolean numerator = part.equals(TemplateLayout.NUMERATOR);
            text(row, 0, TemplateLayout.partCode(code, part), styles.locked());
            text(row, 1, "　其中" + part + "：" + (numerator ? indicator.ratio().numerator() : indicator.ratio().denominator()), styles.lockedWrapped());
            text(row, 2, "实数" + (numerator ? "" : "（不能为 0）"), styles.lockedWrapped());
            text(row, 3, "—", styles.locked());
            row.createCell(TemplateLayout.VALUE_COLUMN).setCellStyle(styles.input());
            text(row, TemplateLayout.NOTE_COLUMN, "", styles.locked());
            text(row, TemplateLayout.PREVIOUS_COLUMN, "", styles.locked());
            for (int c = 0; c < TemplateLayout.INDICATOR_SELF_HEADERS.size(); c++) {
                text(row, TemplateLayout.INDICATOR_SELF_COLUMN + c, "", styles.locked());
            }
            partValidation(sheet, row.getRowNum(), indicator, part);
        }
        String n = new org.apache.poi.ss.util.CellReference(numeratorRow, TemplateLayout.VALUE_COLUMN).formatAsString(false);
        String d = new org.apache.poi.ss.util.CellReference(numeratorRow + 1, TemplateLayout.VALUE_COLUMN).formatAsString(false);
        Cell value = itemRow.getCell(TemplateLayout.VALUE_COLUMN);
        value.setCellFormula("IF(AND(ISNUMBER(" + n + "),ISNUMBER(" + d + ")," + d + "<>0)," + n + "/" + d
                + (indicator.ratio().per().compareTo(java.math.BigDecimal.ONE) == 0 ? "" : "*" + kaohe.shared.Decimals.plain(indicator.ratio().per()))
                + ",\"\")");
        value.setCellStyle(styles.locked());
        sheet.getWorkbook().setForceFormulaRecalculation(true);
        return next;
    }

    /** A part takes a number not below 0, or “无” where the item allows 不适用; ingest checks the parts either way. */
    private static void partValidation(Sheet sheet, int row, Indicator indicator, String part) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String cell = new org.apache.poi.ss.util.CellReference(row, TemplateLayout.VALUE_COLUMN).formatAsString(false);
        DataValidation validation = helper.createValidation(indicator.allowsNotApplicable()
                        ? helper.createCustomConstraint("OR(AND(ISNUMBER(" + cell + ")," + cell + ">=0)," + cell + "=\"无\"," + cell + "=\"/\","
                        + cell + "=\"—\")")
                        : helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000000000"),
                new CellRangeAddressList(row, row, TemplateLayout.VALUE_COLUMN, TemplateLayout.VALUE_COLUMN));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.createErrorBox(indicator.code() + " " + part + "填写有误", "请填写实数（不小于 0），不要带单位或文字"
                + (indicator.allowsNotApplicable() ? "；本项不适用时分子、分母都填“无”" : ""));
        validation.setShowPromptBox(true);
        validation.createPromptBox(indicator.code() + " " + part, (part.equals(TemplateLayout.NUMERATOR) ? indicator.ratio().numerator()
                : indicator.ratio().denominator()) + "；本期值由分子、分母自动算出");
        sheet.addValidationData(validation);
    }

    /** Percent items say how to write them, so nobody has to guess between 95 and 0.95. */
    static String unitText(Indicator indicator, Period start) {
        String unit = indicator.unitOfMeasure();
        if (indicator.isRatio()) {
            // Nobody types a ratio's rate, so the 95-for-95% hint would mislead: the two rows below make it.
            return unit + "（由下两行的分子、分母算出）" + (indicator.allowsNotApplicable() ? "；不适用时分子、分母填“无”" : "");
        }
        String text = indicator.isPercent() ? "%（如95%填95）" : switch (indicator.rule().kind()) {
            case CUMULATIVE -> unit + "（" + start.year() + "年起累计）";
            case RANK_WITHIN, RANK_FRONT -> "名次";
            default -> unit;
        };
        return text + (indicator.allowsNotApplicable() ? "；不适用填“无”" : "");
    }

    private void taskRow(Row row, Task task, ReportingUnit unit, TemplateStyles styles) {
        text(row, 0, task.code().value(), styles.locked());
        text(row, 1, task.name() + "（" + task.group() + "）", styles.lockedWrapped());
        text(row, 2, task.isLead(unit.code()) ? "牵头" : "配合", styles.locked());
        row.createCell(TemplateLayout.STATUS_COLUMN).setCellStyle(styles.input());
        row.createCell(TemplateLayout.PROGRESS_COLUMN).setCellStyle(styles.inputWrapped());
        selfInputs(row, TemplateLayout.TASK_SELF_COLUMN, TemplateLayout.TASK_SELF_HEADERS.size(), styles);
    }

    private static void selfHeaders(Sheet sheet, int first, java.util.List<String> headers, TemplateStyles styles) {
        for (int c = 0; c < headers.size(); c++) {
            text(sheet.getRow(TemplateLayout.HEADER_ROW), first + c, headers.get(c), styles.header());
        }
    }

    private static void selfInputs(Row row, int first, int count, TemplateStyles styles) {
        for (int c = 0; c < count; c++) {
            row.createCell(first + c).setCellStyle(styles.inputWrapped());
        }
    }

    /** 自评 of an indicator is 达到 or 未达到; a ratio's part rows have their 自评 cells locked, so one list covers the column. */
    private static void selfDropDown(Sheet sheet, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(TemplateLayout.SELF_STATUSES.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, TemplateLayout.INDICATOR_SELF_COLUMN, TemplateLayout.INDICATOR_SELF_COLUMN));
        validation.setShowErrorBox(true);
        validation.createErrorBox("自评", "请从下拉列表中选择：" + String.join("、", TemplateLayout.SELF_STATUSES) + "，或留空");
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void statusDropDown(Sheet sheet, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(TemplateLayout.STATUSES.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, TemplateLayout.STATUS_COLUMN, TemplateLayout.STATUS_COLUMN));
        validation.setShowErrorBox(true);
        validation.createErrorBox("进展状态", "请从下拉列表中选择：" + String.join("、", TemplateLayout.STATUSES));
        sheet.addValidationData(validation);
    }

    private void meta(Workbook workbook, ReportingUnit unit, Period period) {
        Sheet meta = workbook.createSheet(TemplateLayout.META_SHEET);
        String[][] entries = {
                {TemplateLayout.META_VERSION, TemplateLayout.VERSION},
                {TemplateLayout.META_PLAN, plan.id()},
                {TemplateLayout.META_PLAN_VERSION, plan.version()},
                {TemplateLayout.META_UNIT, unit.code().value()},
                {TemplateLayout.META_PERIOD, period.toString()},
                {TemplateLayout.META_SEAL, seal.seal(TemplateLayout.sealedFields(TemplateLayout.VERSION, plan.id(), plan.version(),
                        unit.code().value(), period.toString()))},
                {TemplateLayout.META_SEAL_KEY, seal.fingerprint()}};
        fillMeta(meta, entries);
    }

    /** Key/value rows on the very hidden, protected sheet ingest reads a workbook's identity from. */
    static void fillMeta(Sheet meta, String[][] entries) {
        for (int r = 0; r < entries.length; r++) {
            Row row = meta.createRow(r);
            row.createCell(0).setCellValue(entries[r][0]);
            row.createCell(1).setCellValue(entries[r][1]);
        }
        meta.protectSheet("");
        meta.getWorkbook().setSheetVisibility(meta.getWorkbook().getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    }

    static final int[] INDICATOR_WIDTHS = {9, 58, 24, 30, 12, 30, 18, 20, 24, 24};
    static final int[] TASK_WIDTHS = {9, 52, 10, 14, 60, 30, 30};


    static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
