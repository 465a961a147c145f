package kaohe.template;

import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;
import org.apache.poi.ss.usermodel.Sheet;

/** The 填报说明 sheet: who fills what, how to write values, how to resubmit. */
final class InstructionsSheet {

    /**
     * The one column's width, in characters. At 120, LibreOffice's wider default font made the column wider than an A4
     * landscape page, and it printed the sheet unscaled, cutting the longest instructions at the page's edge.
     */
    private static final int WIDTH = 100;

    private final Plan plan;
    private final ReportingUnit unit;
    private final Period period;
    private final TemplateStyles styles;

    InstructionsSheet(Plan plan, ReportingUnit unit, Period period, TemplateStyles styles) {
        this.plan = plan;
        this.unit = unit;
        this.period = period;
        this.styles = styles;
    }

    /** "本表中可填“无”的指标：Q14、C02；" or "本表没有可填“无”的指标；" for this unit and period. */
    private String notApplicableItems() {
        java.util.List<String> codes = kaohe.plan.DueItems.of(plan, unit.code(), period).indicators().stream()
                .filter(kaohe.plan.Indicator::allowsNotApplicable).map(i -> i.code().value()).toList();
        return codes.isEmpty() ? "但本表没有可填“无”的指标，" : "本表中只有 " + String.join("、", codes) + " 可填“无”（计量单位列已注明），";
    }

    void write(Sheet sheet) {
        String[] lines = {
                plan.name() + " — " + period + " 考核报表填报说明",
                "填报单位：" + unit.name() + "（" + unit.code() + "）；考核期：" + period.year() + "年第" + period.quarter() + "季度；"
                        + "报送截止：" + plan.deadline().deadline(period) + " 24:00（北京时间）。",
                "1. 本表由考核系统生成，只适用于上述单位和考核期，请勿用于其他单位或其他季度，也不要另建表格。",
                "2. 在“指标”表的“本期值”列填写截至本季度末的数值；“说明”列可写数据来源或情况说明。",
                "3. 计量单位为“%”的指标填写百分数的数值：95% 填 95（也可填 95%），不要填 0.95。",
                "4. 标注“" + plan.start().year() + "年起累计”的指标填写自" + plan.start().year()
                        + "年1月1日起的累计数，应为非负整数，不应少于上季度所报。",
                "5. 确实不适用的指标可填写“无”，" + notApplicableItems() + "其他指标不能填“无”或留空。",
                "   “目标值”列写明本期按什么考核：到期目标、序时进度（由基数按季度均匀推进到目标），或“无基数，按目标全额考核”；"
                        + "“" + TemplateLayout.PREVIOUS_HEADER + "”列是上一次被采用的报表所报数值，仅供核对。",
                "6. 在“任务”表的“进展状态”列从下拉列表中选择：已完成、按进度推进、滞后、未启动；“进展说明”写主要工作和下步打算。"
                        + "滞后或未启动的任务，请在“滞后原因”“整改措施”两列写明。",
                "   自评：“指标”表最后三列可选填本单位对该指标是否达到目标的自评（达到 / 未达到），未达到的请写明原因和整改措施；"
                        + "自评与考核结果一并列入审核表和本单位考核报告，两者不一致的会标出。",
                "7. 浅黄色单元格为填报区，其余单元格已锁定；请勿插入、删除或合并行列，请勿改动表头。",
                "8. 填好后将工作簿（.xlsx 或 .xls 均可，WPS、LibreOffice 另存亦可）放入报送收件箱。",
                "9. 如被退回，系统会在同一文件夹放一份“反馈”工作簿，逐个标出有问题的单元格和修改方法；改正后重新报送即可，"
                        + "后报送的合格报表将替代先前的报表。"};
        for (int r = 0; r < lines.length; r++) {
            sheet.createRow(r).createCell(0).setCellValue(lines[r]);
            sheet.getRow(r).getCell(0).setCellStyle(r == 0 ? styles.title() : styles.lockedWrapped());
            if (r > 0) {
                // LibreOffice keeps a row without a height at one line: a two-line instruction overlapped the next.
                PrintLayout.fitHeight(sheet.getRow(r), new int[]{WIDTH});
            }
        }
        sheet.setColumnWidth(0, WIDTH * 256);
        PrintLayout.landscapeFitToWidth(sheet, -1);
    }
}
