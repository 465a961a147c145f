package kaohe.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.plan.Plan;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import kaohe.shared.UnitCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A 审核表 the office filled in, read as Excel users leave it: rows matched by their visible 报表编号 (the hidden sheet
 * only confirms the number is one this workbook listed), so a sorted or filtered sheet reads the same. Anything the
 * office cannot have meant (a decision without a number, one return decided twice, a file that is no 审核表) is
 * refused in one Chinese line naming its rows.
 */
record FilledReviewWorkbook(Period period, List<ReviewDecisions.Decision> decisions, List<ReviewDecisions.TaskCheck> checks) {

    /** Above this a 审核表 is not one Kaohe wrote for the plan: refused before any library opens it. */
    static long sizeLimit(Plan plan) {
        return (2L << 20) + 16L * 1024 * plan.units().size();
    }

    static FilledReviewWorkbook read(Path file, Plan plan) {
        refuseUnlikelyFile(file, plan);
        Period period;
        List<ReviewDecisions.Decision> decisions = new ArrayList<>();
        List<ReviewDecisions.TaskCheck> checks;
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet meta = workbook.getSheet(ReviewWorkbook.META_SHEET);
            Sheet review = workbook.getSheet(ReviewWorkbook.REVIEW_SHEET);
            if (meta == null || review == null || meta.getRow(0) == null) {
                throw new Refusal(file.getFileName() + " 不是考核系统生成的审核表（缺少“审核”表或其标识）");
            }
            DataFormatter format = new DataFormatter();
            String planText = text(format, meta.getRow(0).getCell(0));
            if (!planText.equals("plan=" + plan.id())) {
                throw new Refusal(file.getFileName() + " 是另一个计划的审核表（" + planText + "）");
            }
            String periodText = text(format, meta.getRow(0).getCell(1));
            if (!periodText.startsWith("period=") || !Period.isValid(periodText.substring("period=".length()))) {
                throw new Refusal(file.getFileName() + " 的标识表已被改动，无法确定考核期：请重新生成审核表");
            }
            period = Period.of(periodText.substring("period=".length()));
            java.util.Set<Long> written = new java.util.HashSet<>();
            for (int r = 1; r <= meta.getLastRowNum(); r++) {
                Row m = meta.getRow(r);
                if (m != null && m.getCell(0) != null && m.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    written.add((long) m.getCell(0).getNumericCellValue());
                }
            }
            // Rows are matched by their visible 报表编号, never by position: a sorted or filtered sheet reads the same.
            Map<Long, Integer> decidedAt = new java.util.HashMap<>();
            for (int r = 1; r <= review.getLastRowNum(); r++) {
                Row row = review.getRow(r);
                if (row == null) {
                    continue;
                }
                String choice = text(format, row.getCell(ReviewWorkbook.DECISION_COLUMN));
                if (choice.isEmpty()) {
                    continue;
                }
                int line = r + 1;
                String unit = text(format, row.getCell(0));
                String reason = text(format, row.getCell(ReviewWorkbook.REASON_COLUMN));
                String idText = text(format, row.getCell(2));
                if (!idText.matches("\\d{1,18}")) {
                    throw new Refusal("审核表第 " + line + " 行" + (unit.isEmpty() ? "" : "（" + unit + "）") + "作了决定，但“报表编号”"
                            + (idText.isEmpty() ? "是空的" : "“" + idText + "”不是编号") + "：决定只能写在审核表列出的报表那一行，没有应用任何决定");
                }
                long returnId = Long.parseLong(idText);
                if (!written.contains(returnId)) {
                    throw new Refusal("审核表第 " + line + " 行的报表编号 " + returnId + " 不在这张审核表生成时列出的报表中"
                            + "（粘贴或手工添加的行？）：没有应用任何决定");
                }
                Integer earlier = decidedAt.putIfAbsent(returnId, line);
                if (earlier != null) {
                    throw new Refusal("审核表第 " + earlier + " 行和第 " + line + " 行都对第 " + returnId + " 号报表（" + unit
                            + "）作了决定：每份报表只能有一个决定，请删去其中一行，没有应用任何决定");
                }
                if (!choice.equals(ReviewWorkbook.APPROVE) && !choice.equals(ReviewWorkbook.RETURN)) {
                    throw new Refusal("审核表第 " + line + " 行（" + unit + "）的决定“" + choice + "”应为“通过”或“退回修改”");
                }
                if (choice.equals(ReviewWorkbook.RETURN) && reason.isEmpty()) {
                    throw new Refusal("审核表第 " + line + " 行（" + unit + "）退回修改须写明理由，单位将收到这条理由");
                }
                if (!UnitCode.isValid(unit)) {
                    throw new Refusal("审核表第 " + line + " 行的单位编码“" + unit + "”不是有效的编码：没有应用任何决定");
                }
                decisions.add(new ReviewDecisions.Decision(UnitCode.of(unit), returnId, choice.equals(ReviewWorkbook.APPROVE), reason));
            }
            checks = checks(workbook.getSheet(ReviewWorkbook.TASK_SHEET), format, written);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw new Refusal(file.getFileName() + " 无法作为审核表读取（文件已损坏，或不是 Excel 工作簿）：请重新生成审核表");
        }
        return new FilledReviewWorkbook(period, List.copyOf(decisions), checks);
    }

    /** The 任务核实 the office filled, matched by the visible 报表编号 and 任务编码 of each row; absent in older 审核表. */
    private static List<ReviewDecisions.TaskCheck> checks(Sheet sheet, DataFormatter format, java.util.Set<Long> written) {
        List<ReviewDecisions.TaskCheck> checks = new ArrayList<>();
        if (sheet == null) {
            return checks;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String choice = text(format, row.getCell(ReviewWorkbook.TASK_VERDICT_COLUMN));
            if (choice.isEmpty()) {
                continue;
            }
            int line = r + 1;
            String unit = text(format, row.getCell(0));
            String idText = text(format, row.getCell(2));
            String item = text(format, row.getCell(3));
            String reason = text(format, row.getCell(ReviewWorkbook.TASK_REASON_COLUMN));
            if (!idText.matches("\\d{1,18}") || !written.contains(Long.parseLong(idText)) || !UnitCode.isValid(unit)
                    || !kaohe.shared.ItemCode.isValid(item)) {
                throw new Refusal("审核表“任务核实”第 " + line + " 行作了结论，但报表编号、单位或任务编码不是这张审核表列出的：没有应用任何决定");
            }
            if (!seen.add(idText + "|" + item)) {
                throw new Refusal("审核表“任务核实”中第 " + idText + " 号报表的 " + item + " 出现了两次（第 " + line + " 行）：没有应用任何决定");
            }
            boolean recognised;
            if (choice.equals(ReviewWorkbook.RECOGNISED)) {
                recognised = true;
            } else if (choice.equals(ReviewWorkbook.NOT_RECOGNISED)) {
                recognised = false;
            } else {
                throw new Refusal("审核表“任务核实”第 " + line + " 行的结论“" + choice + "”应为“核实”或“不予认定”：没有应用任何决定");
            }
            if (!recognised && reason.isEmpty()) {
                throw new Refusal("审核表“任务核实”第 " + line + " 行（" + unit + " " + item + "）不予认定须写明理由：没有应用任何决定");
            }
            checks.add(new ReviewDecisions.TaskCheck(UnitCode.of(unit), Long.parseLong(idText), kaohe.shared.ItemCode.of(item), recognised,
                    reason));
        }
        return List.copyOf(checks);
    }

    /** Before any workbook library opens it: the kind of file and its size. */
    private static void refuseUnlikelyFile(Path file, Plan plan) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new Refusal("找不到审核表 " + file);
            }
            long size = Files.size(file);
            if (size > sizeLimit(plan)) {
                throw new Refusal(file.getFileName() + " 有 " + (size >> 10) + " KB，远大于本计划的审核表（上限 " + (sizeLimit(plan) >> 10)
                        + " KB）：它不是 review 生成的审核表，或被粘贴了大量内容。请重新生成审核表");
            }
            byte[] head = new byte[4];
            int read;
            try (var in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, 4);
            }
            if (read < 4 || head[0] != 'P' || head[1] != 'K') {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                throw new Refusal(file.getFileName() + (name.endsWith(".csv") || name.endsWith(".txt") ? " 是文本（CSV）文件" : " 不是 .xlsx 工作簿")
                        + "：请应用 review 生成、在 Excel 或 WPS 中填好并按 .xlsx 保存的审核表");
            }
        } catch (IOException e) {
            throw new Refusal("无法读取审核表 " + file + "（" + e.getMessage() + "）");
        }
    }

    private static String text(DataFormatter format, Cell cell) {
        return cell == null ? "" : format.formatCellValue(cell).trim();
    }
}
