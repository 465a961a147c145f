package kaohe.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kaohe.plan.Plan;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import kaohe.shared.UnitCode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 异议表: one unit's items as the draft scores them, with two columns for the unit to fill (异议内容, 佐证材料), and a
 * last row for its total or anything else. The sheet is protected but for those columns, and a hidden sheet names
 * the plan, period and unit, so the form that comes back says whose objections it holds.
 */
final class ObjectionForm {

    static final String SHEET = "异议表";
    static final String META_SHEET = "_异议表";
    static final int FIRST_ROW = 3;
    static final int CLAIM_COLUMN = 6;
    static final int EVIDENCE_COLUMN = 7;
    /** Column widths in characters: 编码, 项目, 本期值, 目标, 权重, 得分, 异议内容, 佐证材料. */
    private static final int[] WIDTHS = {8, 44, 24, 22, 8, 8, 40, 30};
    /** The code of the last row: an objection to the total, or to anything the rows above do not name. */
    static final String TOTAL = "总分";
    static final long MAX_BYTES = 2L << 20;

    /** One row the unit filled. {@code item} is empty for the total row. */
    record Claim(String item, String claim, String evidence) {
    }

    /** What a filled form holds. */
    record Filled(Period period, UnitCode unit, List<Claim> claims) {
    }

    private ObjectionForm() {
    }

    static void write(Plan plan, Period period, RankedUnit unit, LocalDate deadline, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle input = workbook.createCellStyle();
            input.setLocked(false);
            input.setWrapText(true);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle header = workbook.createCellStyle();
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            // A row as tall as its longest cell reads from its top, every cell of it.
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            input.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            CellStyle top = workbook.createCellStyle();
            top.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            Sheet sheet = workbook.createSheet(SHEET);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            String name = unit.assessment().unit().name();
            sheet.createRow(0).createCell(0).setCellValue(name + " " + period.label() + "考核结果异议表（征求意见稿）");
            sheet.createRow(1).createCell(0).setCellValue("对得分有异议的，请在 " + deadline + "（含当日）前在黄色两列写明异议内容和佐证材料，"
                    + "放入考核系统异议收件箱中本单位的文件夹（objections/inbox/" + unit.assessment().unit().code() + "/）；逾期提出的异议记录在案，不再受理。");
            Row head = sheet.createRow(2);
            String[] titles = {"编码", "项目", "本期值", "目标", "权重", "得分", "异议内容", "佐证材料（文件名或说明）"};
            for (int c = 0; c < titles.length; c++) {
                head.createCell(c).setCellValue(titles[c]);
                head.getCell(c).setCellStyle(header);
            }
            int r = FIRST_ROW;
            for (ItemScore item : unit.assessment().items()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(item.item().value());
                row.createCell(1).setCellValue(item.name());
                row.createCell(2).setCellValue(item.valueText() == null || item.valueText().isBlank() ? "未报" : item.valueText());
                row.createCell(3).setCellValue(item.targetText() == null ? "" : item.targetText());
                row.createCell(4).setCellValue(item.weight() == null ? "" : Decimals.plain(item.weight()));
                row.createCell(5).setCellValue(item.score() == null ? "—" : Decimals.plain(item.score().setScale(2, java.math.RoundingMode.HALF_UP)));
                // A ratio's value names its numerator and denominator: wrapped, not cut by the next column when printed.
                for (int c = 0; c <= 5; c++) {
                    row.getCell(c).setCellStyle(c >= 1 && c <= 3 ? wrap : top);
                }
                inputs(row, input);
                kaohe.template.PrintLayout.fitHeight(row, WIDTHS);
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue(TOTAL);
            total.createCell(1).setCellValue("总分、等级、名次及其他");
            total.createCell(5).setCellValue(unit.shownTotal() == null ? "—" : Decimals.plain(unit.shownTotal()));
            inputs(total, input);
            sheet.getRow(1).getCell(0).setCellStyle(wrap);
            sheet.getRow(1).setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, EVIDENCE_COLUMN));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 0, EVIDENCE_COLUMN));
            // Printed on one page across, landscape, the header row on every page.
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(2, 2, -1, -1));
            sheet.createFreezePane(0, FIRST_ROW);
            // Protected without a password: the unit cannot shift codes or scores by accident, and may still unprotect it.
            sheet.protectSheet("");
            Sheet meta = workbook.createSheet(META_SHEET);
            Row m = meta.createRow(0);
            m.createCell(0).setCellValue("plan=" + plan.id());
            m.createCell(1).setCellValue("period=" + period);
            m.createCell(2).setCellValue("unit=" + unit.assessment().unit().code());
            workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            workbook.write(out);
        }
    }

    private static void inputs(Row row, CellStyle input) {
        row.createCell(CLAIM_COLUMN).setCellStyle(input);
        row.createCell(EVIDENCE_COLUMN).setCellStyle(input);
    }

    /** Reads a filled form; anything that is not one of this plan's 异议表 is refused in one Chinese line. */
    static Filled read(Path file, Plan plan) {
        try {
            long size = java.nio.file.Files.size(file);
            if (size > MAX_BYTES) {
                throw new Refusal("文件有 " + size + " 字节，不是考核系统生成的异议表（异议表不超过 2 MB）");
            }
        } catch (IOException e) {
            throw new Refusal("无法读取文件（" + e.getMessage() + "）");
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet meta = workbook.getSheet(META_SHEET);
            Sheet sheet = workbook.getSheet(SHEET);
            if (meta == null || sheet == null || meta.getRow(0) == null) {
                throw new Refusal("不是考核系统生成的异议表（缺少“异议表”或其标识），请用考核办下发的异议表填写");
            }
            DataFormatter format = new DataFormatter();
            String planText = text(format, meta.getRow(0), 0);
            String periodText = text(format, meta.getRow(0), 1).replaceFirst("^period=", "");
            String unitText = text(format, meta.getRow(0), 2).replaceFirst("^unit=", "");
            if (!planText.equals("plan=" + plan.id())) {
                throw new Refusal("是另一个考核计划的异议表（" + planText + "）");
            }
            if (!Period.isValid(periodText) || !UnitCode.isValid(unitText) || plan.unit(UnitCode.of(unitText)).isEmpty()) {
                throw new Refusal("异议表的标识已被改动，无法确定考核期和单位，请用考核办下发的异议表重新填写");
            }
            List<Claim> claims = new ArrayList<>();
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String claim = text(format, row, CLAIM_COLUMN);
                String evidence = text(format, row, EVIDENCE_COLUMN);
                if (claim.isEmpty() && evidence.isEmpty()) {
                    continue;
                }
                String code = text(format, row, 0);
                if (claim.isEmpty()) {
                    throw new Refusal("第 " + (r + 1) + " 行（" + code + "）写了佐证材料但没有写异议内容");
                }
                boolean item = ItemCode.isValid(code) && (plan.indicator(ItemCode.of(code)).isPresent() || plan.task(ItemCode.of(code)).isPresent());
                if (!item && !code.equals(TOTAL)) {
                    throw new Refusal("第 " + (r + 1) + " 行的编码“" + code + "”不是本计划的项目，请不要改动编码列");
                }
                claims.add(new Claim(item ? code : "", claim, evidence));
            }
            if (claims.isEmpty()) {
                throw new Refusal("异议表中没有填写任何异议内容");
            }
            return new Filled(Period.of(periodText), UnitCode.of(unitText), claims);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw new Refusal("无法作为 Excel 工作簿打开（" + e.getClass().getSimpleName() + "），请用考核办下发的异议表填写后以 .xlsx 保存");
        }
    }

    private static String text(DataFormatter format, Row row, int column) {
        return row.getCell(column) == null ? "" : format.formatCellValue(row.getCell(column)).trim();
    }
}
