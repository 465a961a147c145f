package kaohe.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kaohe.ingest.PeriodFinding;
import kaohe.ingest.Submission;
import kaohe.ingest.StoredReturn;
import kaohe.plan.DeadlineRule;
import kaohe.score.Exact;
import kaohe.shared.UnitCode;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.score.UnitAssessment;
import kaohe.validate.ReturnValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes assessment.xlsx with POI's streaming writer, so memory stays flat however many rows: 总分, 排名,
 * 得分明细, 报送值, 审核问题, 报送情况, 逾期名单, 报送记录, 审计记录, in Chinese words, each with a frozen
 * header, a filter, number formats and a print setup (A4 landscape, fit to width, header row repeated).
 */
final class AssessmentWorkbookWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DeadlineRule.PLAN_TIME);

    private final PeriodReportData data;
    private final Map<UnitCode, StoredReturn> currentReturns;
    private SXSSFWorkbook workbook;
    private CellStyle header;
    private CellStyle twoPlaces;
    private CellStyle percent;

    AssessmentWorkbookWriter(PeriodReportData data, Map<UnitCode, StoredReturn> currentReturns) {
        this.data = data;
        this.currentReturns = currentReturns;
    }

    /** Writes the workbook and returns how many rows it holds, headers included. */
    int write(OutputStream out) throws IOException {
        workbook = new SXSSFWorkbook(200);
        try {
            styles();
            java.util.Map<kaohe.plan.ReportingUnit, SubmissionState> byUnit = SubmissionState.of(data.plan(), data.period(), data.submissions());
            totals(byUnit);
            ranking();
            scores();
            values();
            findings();
            java.util.Collection<SubmissionState> states = byUnit.values();
            submissionStates(states);
            overdue(states);
            submissions();
            audit();
            fitColumns();
            int rows = 0;
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                rows += workbook.getSheetAt(s).getLastRowNum() + 1;
            }
            workbook.write(out);
            return rows;
        } finally {
            workbook.close();
        }
    }

    private void styles() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        twoPlaces = workbook.createCellStyle();
        twoPlaces.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    }

    private void totals(java.util.Map<kaohe.plan.ReportingUnit, SubmissionState> states) {
        java.time.LocalDate deadline = data.plan().deadline().deadline(data.period());
        SXSSFSheet sheet = sheet("总分", new String[]{"单位编码", "单位", "类别", "总分", "等级", "名次", "计分项目", "已报", "缺报", "迟报",
                        "迟报天数", "调整前总分", "加减分", "一票否决"},
                new int[]{10, 14, 12, 9, 8, 6, 9, 7, 7, 6, 9, 11, 8, 30});
        int r = 1;
        for (RankedUnit u : data.units()) {
            UnitAssessment a = u.assessment();
            Row row = sheet.createRow(r++);
            text(row, 0, a.unit().code().value());
            text(row, 1, a.unit().name());
            text(row, 2, data.plan().reporting().label(a.unit().peerGroup()));
            number(row, 3, u.shownTotal(), twoPlaces);
            text(row, 4, u.rating() == null ? "" : u.rating().name());
            if (u.tooFewItemsToRank()) {
                text(row, 5, "不参与排名");
            } else {
                number(row, 5, u.rank() == 0 ? null : BigDecimal.valueOf(u.rank()), null);
            }
            number(row, 6, BigDecimal.valueOf(a.counted()), null);
            number(row, 7, BigDecimal.valueOf(a.reported()), null);
            number(row, 8, BigDecimal.valueOf(a.missing()), null);
            // 迟报 is the unit's return, not a count of its items: 是 with the days past the deadline, or 否.
            SubmissionState state = states.get(a.unit());
            boolean late = state != null && state.state() == SubmissionState.State.LATE;
            text(row, 9, late ? "是" : "否");
            if (late) {
                number(row, 10, BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(deadline,
                        state.current().orElseThrow().receivedAt().atZone(DeadlineRule.PLAN_TIME).toLocalDate())), null);
            }
            number(row, 11, a.baseTotal() == null ? null : Exact.rounded(a.baseTotal(), 2), twoPlaces);
            number(row, 12, a.totalAdjustment().signum() == 0 ? null : a.totalAdjustment(), twoPlaces);
            text(row, 13, a.veto().map(kaohe.score.Adjustment::text).orElse(""));
        }
        colour(sheet, "D2:D" + Math.max(2, r), "60", "90");
    }

    private void scores() {
        SXSSFSheet sheet = sheet("得分明细", new String[]{"单位编码", "单位", "编码", "指标 / 任务", "类别", "目标类型", "本期值", "目标", "序时进度",
                "完成度", "权重", "得分", "灯", "标记", "差距", "来源文件", "单元格", "计算"},
                new int[]{10, 12, 7, 36, 6, 10, 10, 16, 10, 9, 7, 8, 7, 12, 18, 28, 10, 50});
        int r = 1;
        for (RankedUnit u : data.units()) {
            for (ItemScore item : u.assessment().items()) {
                Row row = sheet.createRow(r++);
                text(row, 0, u.assessment().unit().code().value());
                text(row, 1, u.assessment().unit().name());
                text(row, 2, item.item().value());
                // As the unit report: a task's target is its progress, the unit's part (牵头, 配合) goes with its name.
                boolean task = item.type() == kaohe.validate.ItemType.TASK;
                text(row, 3, item.name() + (task ? "（" + item.targetText() + "）" : ""));
                text(row, 4, WorkbookLabels.type(item.type()));
                text(row, 5, WorkbookLabels.kind(item.kind()));
                // A number as a number, so the office can sort and sum it; a progress status as text.
                if (item.value() != null) {
                    number(row, 6, item.value(), null);
                } else {
                    text(row, 6, item.valueText());
                }
                text(row, 7, Bulletin.target(item));
                number(row, 8, item.expected() == null ? null : Exact.rounded(item.expected(), 4), twoPlaces);
                // The completion as shown (4 places) is what the light and its colour rule are judged on.
                number(row, 9, item.completion() == null ? null : Exact.rounded(item.completion(), 4), percent);
                number(row, 10, item.weight(), null);
                number(row, 11, item.score() == null ? null : Exact.rounded(item.score(), 4), twoPlaces);
                text(row, 12, item.light() == null ? "" : item.light().label());
                text(row, 13, item.flag().label());
                text(row, 14, ItemGap.whereShort(data.plan(), item).orElse(""));
                text(row, 15, item.sourceFile());
                text(row, 16, item.sourceCell());
                text(row, 17, item.rule());
            }
        }
        colour(sheet, "J2:J" + Math.max(2, r), "0.8", "1");
    }

    private void values() {
        SXSSFSheet sheet = sheet("报送值", new String[]{"单位编码", "单位", "编码", "状态", "数值", "进展状态", "原始内容", "说明", "来源文件",
                "工作表", "单元格"}, new int[]{10, 12, 7, 14, 10, 10, 14, 30, 28, 8, 8});
        int r = 1;
        for (RankedUnit u : data.units()) {
            StoredReturn current = currentReturns.get(u.assessment().unit().code());
            if (current == null) {
                continue;
            }
            for (ReturnValue v : current.values()) {
                Row row = sheet.createRow(r++);
                text(row, 0, u.assessment().unit().code().value());
                text(row, 1, u.assessment().unit().name());
                text(row, 2, v.item().value());
                text(row, 3, WorkbookLabels.state(v.state()));
                number(row, 4, v.value(), null);
                text(row, 5, v.status() == null ? "" : v.status());
                text(row, 6, v.rawText());
                text(row, 7, v.note());
                text(row, 8, current.originalName());
                text(row, 9, v.sheet());
                text(row, 10, v.cell());
            }
        }
    }

    private void findings() {
        SXSSFSheet sheet = sheet("审核问题", new String[]{"单位编码", "单位", "文件", "报表状态", "代码", "级别", "工作表", "单元格", "项目", "问题"},
                new int[]{10, 14, 28, 11, 7, 8, 8, 8, 7, 60});
        int r = 1;
        for (PeriodFinding f : data.findings()) {
            Row row = sheet.createRow(r++);
            String[] values = {nz(f.unitCode()), unitName(f.unitCode()), f.originalName(), WorkbookLabels.status(f.status()), f.code(),
                    WorkbookLabels.severity(f.severity()), nz(f.sheet()), nz(f.cell()), nz(f.itemCode()), f.message()};
            for (int c = 0; c < values.length; c++) {
                text(row, c, values[c]);
            }
        }
    }

    private void submissions() {
        SXSSFSheet sheet = sheet("报送记录", new String[]{"单位编码", "单位", "文件", "收到时间（北京时间）", "状态", "错误", "提示"},
                new int[]{10, 14, 36, 20, 12, 6, 6});
        int r = 1;
        for (Submission s : data.submissions()) {
            Row row = sheet.createRow(r++);
            text(row, 0, nz(s.unitCode()));
            text(row, 1, unitName(s.unitCode()));
            text(row, 2, s.originalName());
            text(row, 3, WHEN.format(s.receivedAt()));
            text(row, 4, WorkbookLabels.status(s.status()));
            number(row, 5, BigDecimal.valueOf(s.errors()), null);
            number(row, 6, BigDecimal.valueOf(s.warnings()), null);
        }
    }

    /** Each peer group in rank order, the unranked after: what the leadership's tables show, to sort and print. */
    private void ranking() {
        SXSSFSheet sheet = sheet("排名", new String[]{"类别", "名次", "单位编码", "单位", "总分", "等级", "计分项目", "说明"},
                new int[]{12, 6, 10, 16, 9, 14, 9, 40});
        int r = 1;
        for (kaohe.plan.PeerGroup group : kaohe.plan.PeerGroup.values()) {
            List<RankedUnit> units = data.units().stream().filter(u -> u.assessment().unit().peerGroup() == group)
                    .sorted(java.util.Comparator.comparingInt((RankedUnit u) -> u.rank() == 0 ? Integer.MAX_VALUE : u.rank())
                            .thenComparing(u -> u.assessment().unit().code()))
                    .toList();
            for (RankedUnit u : units) {
                Row row = sheet.createRow(r++);
                text(row, 0, data.plan().reporting().label(group));
                number(row, 1, u.rank() == 0 ? null : BigDecimal.valueOf(u.rank()), null);
                text(row, 2, u.assessment().unit().code().value());
                text(row, 3, u.assessment().unit().name());
                number(row, 4, u.shownTotal(), twoPlaces);
                text(row, 5, ReportText.rating(u));
                number(row, 6, BigDecimal.valueOf(u.assessment().counted()), null);
                text(row, 7, u.tooFewItemsToRank() ? u.notRanked() : u.rank() == 0 ? "本期没有计分项目" : "");
            }
        }
    }

    /** Where each unit stands for the period: on time, late, returned unchanged or missing, with the file used. */
    private void submissionStates(java.util.Collection<SubmissionState> states) {
        SXSSFSheet sheet = sheet("报送情况", new String[]{"单位编码", "单位", "类别", "报送状态", "收到时间（北京时间）", "采用的报表", "退回次数"},
                new int[]{10, 16, 12, 10, 20, 40, 8});
        int r = 1;
        for (SubmissionState s : states) {
            Row row = sheet.createRow(r++);
            text(row, 0, s.unit().code().value());
            text(row, 1, s.unit().name());
            text(row, 2, data.plan().reporting().label(s.unit().peerGroup()));
            text(row, 3, s.state().label());
            text(row, 4, s.current().map(c -> WHEN.format(c.receivedAt())).orElse(""));
            text(row, 5, s.current().map(Submission::originalName).orElse(""));
            number(row, 6, BigDecimal.valueOf(s.rejected()), null);
        }
    }

    /** The units past the deadline: late, sent back and not corrected, or silent; with how many days past. */
    private void overdue(java.util.Collection<SubmissionState> states) {
        java.time.LocalDate deadline = data.plan().deadline().deadline(data.period());
        SXSSFSheet sheet = sheet("逾期名单", new String[]{"单位编码", "单位", "类别", "情况", "报送截止", "收到时间（北京时间）", "逾期天数"},
                new int[]{10, 16, 12, 10, 12, 20, 8});
        int r = 1;
        for (SubmissionState s : states) {
            if (s.state() == SubmissionState.State.ON_TIME) {
                continue;
            }
            Row row = sheet.createRow(r++);
            text(row, 0, s.unit().code().value());
            text(row, 1, s.unit().name());
            text(row, 2, data.plan().reporting().label(s.unit().peerGroup()));
            text(row, 3, s.state().label());
            text(row, 4, deadline.toString());
            text(row, 5, s.current().map(c -> WHEN.format(c.receivedAt())).orElse("未收到合格报表"));
            s.current().ifPresent(c -> number(row, 6, BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(deadline,
                    c.receivedAt().atZone(DeadlineRule.PLAN_TIME).toLocalDate())), null));
        }
    }

    private String unitName(String code) {
        return code == null || code.isEmpty() ? "" : data.plan().unit(kaohe.shared.UnitCode.of(code)).map(u -> u.name()).orElse("");
    }

    /** Every change of state of the period so far: who did what, when and why. */
    private void audit() {
        SXSSFSheet sheet = sheet("审计记录", new String[]{"时间（北京时间）", "单位编码", "事件", "报表编号", "操作人", "说明"},
                new int[]{20, 10, 14, 9, 14, 80});
        int r = 1;
        for (kaohe.audit.AuditEntry e : data.audit()) {
            Row row = sheet.createRow(r++);
            text(row, 0, WHEN.format(e.at()));
            text(row, 1, e.unit());
            text(row, 2, e.event().label());
            number(row, 3, e.returnId() == 0 ? null : BigDecimal.valueOf(e.returnId()), null);
            text(row, 4, e.actor());
            text(row, 5, e.reason());
        }
    }

    private SXSSFSheet sheet(String name, String[] headers, int[] widths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, widths[c] * 256 + 512);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.length - 1));
        longestText.put(sheet, new int[headers.length]);
        sheet.getFooter().setCenter(sheet.getSheetName() + "　第 &P 页，共 &N 页");
        return sheet;
    }

    /**
     * Numbers red below {@code low}, amber from {@code low} to below {@code high}, green from {@code high}: a
     * completion of exactly 1 and a total of exactly 90.00 are green. Where rules overlap, Excel and WPS
     * fill with the first in priority, so green is listed first and amber is simply "from low".
     */
    static void colour(Sheet sheet, String range, String low, String high) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        // Only numbers are judged: a blank (不适用, not assessed this period) compares as 0 in a plain "less than"
        // rule and would be painted as behind.
        String cell = range.substring(0, range.indexOf(':'));
        ConditionalFormattingRule green = formatting.createConditionalFormattingRule("AND(ISNUMBER(" + cell + ")," + cell + ">=" + high + ")");
        green.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        ConditionalFormattingRule red = formatting.createConditionalFormattingRule("AND(ISNUMBER(" + cell + ")," + cell + "<" + low + ")");
        red.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        ConditionalFormattingRule amber = formatting.createConditionalFormattingRule("AND(ISNUMBER(" + cell + ")," + cell + ">=" + low + ")");
        amber.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        for (ConditionalFormattingRule rule : List.of(green, red, amber)) {
            rule.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        }
        formatting.addConditionalFormatting(new CellRangeAddress[]{CellRangeAddress.valueOf(range)},
                new ConditionalFormattingRule[]{green, red, amber});
    }

    /**
     * Every cell gets a style: a streamed cell without one asks its column for a default, and with the column widths set
     * that is a walk over the sheet's column definitions for every cell written (most of the workbook's time at 10×).
     */
    private void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        cell.setCellStyle(plain(row));
        int[] longest = longestText.get(row.getSheet());
        if (column < longest.length) {
            longest[column] = Math.max(longest[column], kaohe.template.PrintLayout.widthUnits(text));
        }
    }

    /** The widest text written in each column of each sheet, in width units; a streamed sheet cannot be read back. */
    private final java.util.Map<Sheet, int[]> longestText = new java.util.LinkedHashMap<>();

    /**
     * Widens each column to its longest text and two units to spare, up to {@value #MAX_COLUMN_WIDTH}: the widths a
     * sheet starts with fit most of it, but a quarter of the shipped plan's item names, and targets such as
     * 居前列（名次线按当期参照值）, ran under the next column. Then prints the sheet as its final widths allow.
     */
    private void fitColumns() {
        for (var entry : longestText.entrySet()) {
            Sheet sheet = entry.getKey();
            int[] longest = entry.getValue();
            for (int c = 0; c < longest.length; c++) {
                int wanted = Math.min(longest[c] + 2, MAX_COLUMN_WIDTH) * 256 + 512;
                if (wanted > sheet.getColumnWidth(c)) {
                    sheet.setColumnWidth(c, wanted);
                }
            }
            // Legible on paper: fitted to the width where that keeps 8 pt, else across pages with 编码 and 单位 repeated.
            kaohe.template.PrintLayout.readable(sheet, 0, longest.length, 2);
        }
    }

    private static final int MAX_COLUMN_WIDTH = 80;

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style != null && value != null ? style : plain(row));
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static CellStyle plain(Row row) {
        return row.getSheet().getWorkbook().getCellStyleAt(0);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
