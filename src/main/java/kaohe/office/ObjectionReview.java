package kaohe.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.shared.Decimals;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import kaohe.shared.UnitCode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 异议处理表: every objection of a period received in time, beside the item's value and score in the draft, with the
 * office's 决定 (采纳 / 不采纳) and 理由 to fill; the late ones on a sheet of their own, answered already. Rows are
 * matched back by their visible 异议编号, so a sorted or filtered sheet reads the same.
 */
final class ObjectionReview {

    static final String SHEET = "异议";
    static final String LATE_SHEET = "逾期异议";
    static final String META_SHEET = "_异议处理表";
    static final int DECISION_COLUMN = 10;
    static final int REASON_COLUMN = 11;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DeadlineRule.PLAN_TIME);

    record Answer(long id, Objections.Decision decision, String reason, int line) {
    }

    record Filled(Period period, List<Answer> answers) {
    }

    private ObjectionReview() {
    }

    static void write(Plan plan, Period period, Objections.Window window, List<Objections.Objection> all, Map<UnitCode, RankedUnit> scored,
                      OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle input = workbook.createCellStyle();
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setWrapText(true);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Sheet sheet = workbook.createSheet(SHEET);
            Sheet late = workbook.createSheet(LATE_SHEET);
            String[] titles = {"异议编号", "单位编码", "单位", "编码", "项目", "本期值", "得分", "异议内容", "佐证材料", "收到时间（北京时间）"};
            head(sheet, header, titles, "决定（采纳 / 不采纳）", "理由（不采纳必填）");
            head(late, header, titles, "答复", "截止日期");
            int r = 1;
            int l = 1;
            for (Objections.Objection o : all) {
                Row row = o.late() ? late.createRow(l++) : sheet.createRow(r++);
                row.createCell(0).setCellValue(o.id());
                row.createCell(1).setCellValue(o.unit().value());
                row.createCell(2).setCellValue(plan.unit(o.unit()).map(u -> u.name()).orElse(""));
                RankedUnit unit = scored.get(o.unit());
                if (o.item().isEmpty()) {
                    row.createCell(3).setCellValue(ObjectionForm.TOTAL);
                    row.createCell(4).setCellValue("总分、等级、名次及其他");
                    row.createCell(6).setCellValue(unit == null || unit.shownTotal() == null ? "—" : Decimals.plain(unit.shownTotal()));
                } else {
                    ItemScore item = ObjectionDesk.item(unit, o.item()).orElse(null);
                    row.createCell(3).setCellValue(o.item());
                    row.createCell(4).setCellValue(item == null ? "" : item.name());
                    row.createCell(5).setCellValue(item == null || item.valueText() == null ? "" : item.valueText());
                    row.createCell(6).setCellValue(item == null || item.score() == null ? "—"
                            : Decimals.plain(item.score().setScale(2, java.math.RoundingMode.HALF_UP)));
                }
                row.createCell(7).setCellValue(o.claim());
                row.getCell(7).setCellStyle(wrap);
                row.createCell(8).setCellValue(o.evidence());
                row.getCell(8).setCellStyle(wrap);
                row.createCell(9).setCellValue(WHEN.format(o.received()));
                // Wrapped text does not grow its row by itself: about 15 Chinese characters fit a line of the claim column, 9 of the evidence's.
                int lines = Math.max(1, Math.max((o.claim().length() + 14) / 15, (o.evidence().length() + 8) / 9));
                row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
                if (o.late()) {
                    row.createCell(DECISION_COLUMN).setCellValue("逾期提出，不予受理");
                    row.createCell(REASON_COLUMN).setCellValue(window.deadline().toString());
                } else {
                    row.createCell(DECISION_COLUMN).setCellValue(o.decision() == null ? "" : o.decision().label());
                    row.createCell(REASON_COLUMN).setCellValue(o.reason() == null ? "" : o.reason());
                    row.getCell(DECISION_COLUMN).setCellStyle(input);
                    row.getCell(REASON_COLUMN).setCellStyle(input);
                }
            }
            if (r > 1) {
                var helper = sheet.getDataValidationHelper();
                DataValidation choice = helper.createValidation(helper.createExplicitListConstraint(new String[]{"采纳", "不采纳"}),
                        new CellRangeAddressList(1, r - 1, DECISION_COLUMN, DECISION_COLUMN));
                choice.setShowErrorBox(true);
                sheet.addValidationData(choice);
            }
            // Narrow enough to print one landscape page wide at a legible scale, where it was fitted to one whatever its width.
            sheet.setColumnWidth(4, 24 * 256);
            sheet.setColumnWidth(7, 30 * 256);
            sheet.setColumnWidth(8, 18 * 256);
            sheet.setColumnWidth(REASON_COLUMN, 24 * 256);
            sheet.setColumnWidth(9, 16 * 256);
            sheet.setColumnWidth(DECISION_COLUMN, 12 * 256);
            sheet.createFreezePane(0, 1);
            for (Sheet printed : List.of(sheet, late)) {
                // Decided and signed on paper: at 8 pt or more, across pages with 异议编号 and 单位编码 repeated.
                kaohe.template.PrintLayout.readable(printed, 0, REASON_COLUMN + 1, 2);
            }
            Sheet meta = workbook.createSheet(META_SHEET);
            meta.createRow(0).createCell(0).setCellValue("plan=" + plan.id());
            meta.getRow(0).createCell(1).setCellValue("period=" + period);
            workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            workbook.write(out);
        }
    }

    private static void head(Sheet sheet, CellStyle style, String[] titles, String decision, String reason) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            row.createCell(c).setCellValue(titles[c]);
            row.getCell(c).setCellStyle(style);
        }
        row.createCell(DECISION_COLUMN).setCellValue(decision);
        row.getCell(DECISION_COLUMN).setCellStyle(style);
        row.createCell(REASON_COLUMN).setCellValue(reason);
        row.getCell(REASON_COLUMN).setCellStyle(style);
    }

    /** The office's answers; a row the office cannot have meant is refused, and with it the whole file. */
    static Filled read(Path file, Plan plan) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet meta = workbook.getSheet(META_SHEET);
            Sheet sheet = workbook.getSheet(SHEET);
            if (meta == null || sheet == null || meta.getRow(0) == null) {
                throw new Refusal(file.getFileName() + " 不是考核系统生成的异议处理表（缺少“异议”表或其标识）");
            }
            DataFormatter format = new DataFormatter();
            if (!text(format, meta.getRow(0), 0).equals("plan=" + plan.id())) {
                throw new Refusal(file.getFileName() + " 是另一个计划的异议处理表");
            }
            String periodText = text(format, meta.getRow(0), 1).replaceFirst("^period=", "");
            if (!Period.isValid(periodText)) {
                throw new Refusal(file.getFileName() + " 的标识表已被改动，无法确定考核期：请重新生成异议处理表");
            }
            List<Answer> answers = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String choice = text(format, row, DECISION_COLUMN);
                if (choice.isEmpty()) {
                    continue;
                }
                int line = r + 1;
                String idText = text(format, row, 0);
                if (!idText.matches("\\d{1,18}")) {
                    throw new Refusal("异议处理表第 " + line + " 行作了决定，但“异议编号”" + (idText.isEmpty() ? "是空的" : "“" + idText + "”不是编号")
                            + "，没有应用任何决定");
                }
                long id = Long.parseLong(idText);
                if (!seen.add(id)) {
                    throw new Refusal("异议处理表中异议 " + id + " 出现了两次（第 " + line + " 行），没有应用任何决定");
                }
                Objections.Decision decision = Objections.Decision.of(choice).orElseThrow(() -> new Refusal("异议处理表第 " + line
                        + " 行的决定“" + choice + "”应为“采纳”或“不采纳”，没有应用任何决定"));
                String reason = text(format, row, REASON_COLUMN);
                if (decision == Objections.Decision.REJECTED && reason.isEmpty()) {
                    throw new Refusal("异议处理表第 " + line + " 行不采纳异议，须写明理由，没有应用任何决定");
                }
                answers.add(new Answer(id, decision, reason, line));
            }
            return new Filled(Period.of(periodText), answers);
        } catch (IOException e) {
            throw new Refusal(file.getFileName() + " 无法作为 Excel 工作簿打开（" + e.getMessage() + "）");
        }
    }

    private static String text(DataFormatter format, Row row, int column) {
        return row.getCell(column) == null ? "" : format.formatCellValue(row.getCell(column)).trim();
    }
}
