package kaohe.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;

/**
 * What a return's feedback says, whatever writes it: the 问题清单's lines and rows, and the note on each cell at
 * fault. Both writers (POI's model for .xls and unusual workbooks, the part rewriter for ordinary .xlsx) render
 * this, so a clerk reads the same feedback whichever wrote it.
 */
record FeedbackContent(String headline, String counts, List<List<String>> rows, List<CellNote> notes) {

    static final String SHEET = "问题清单";
    static final List<String> HEADERS = List.of("代码", "级别", "工作表", "单元格", "项目", "问题", "修改方法");
    /** Column widths in characters. */
    static final List<Integer> WIDTHS = List.of(8, 6, 10, 10, 24, 50, 50);
    /** The headline, the counts and the header row; rows below scroll under them. */
    static final int TOP_ROWS = 3;
    static final String AUTHOR = "考核系统";

    /**
     * One cell's note: every finding on it in reading order, the fill chosen by the worst of them, so a cell
     * with an error and a warning is red whatever order the rules ran in.
     */
    record CellNote(String sheet, String cell, boolean error, String text) {
    }

    static FeedbackContent of(List<Finding> unordered, UnaryOperator<String> itemNames) {
        List<Finding> findings = inReadingOrder(unordered);
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.stream().filter(f -> !f.isError() && !isBlankHint(f)).count();
        long blanks = findings.stream().filter(FeedbackContent::isBlankHint).count();
        // Named as the list's 级别 column names them, so the headline's counts can be found below it.
        String headline = errors > 0
                ? "报表未通过审核：共 " + errors + " 个错误" + (warnings > 0 ? "、" + warnings + " 个警告" : "")
                        + (blanks > 0 ? "、" + blanks + " 个提示" : "") + "。请按“修改方法”改正原报表后重新报送。"
                : "报表已接收，有 " + findings.size() + " 条警告或提示，请核对。";
        String counts = "下表依次列出：错误 " + errors + " 个（须改正）、警告 " + warnings + " 个（请核对）、提示 " + blanks + " 个（未填写的项目）。";
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : findings) {
            String item = f.itemCode() == null ? "" : (f.itemCode() + " " + nz(itemNames.apply(f.itemCode()))).trim();
            rows.add(List.of(f.code().name(), level(f), nz(f.sheet()), nz(f.cell()), item, f.message(), f.hint()));
        }
        return new FeedbackContent(headline, counts, List.copyOf(rows), notes(findings));
    }

    /**
     * Read top-down: what rejects the return first, then what to check, then the cells left blank; within each,
     * in the order of the sheet.
     */
    static List<Finding> inReadingOrder(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparingInt(FeedbackContent::rank)).toList();
    }

    /** Findings on one cell (not a range, not the file) become one note on it. */
    private static List<CellNote> notes(List<Finding> findings) {
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.sheet() != null && f.cell() != null && !f.cell().contains(":")) {
                byCell.computeIfAbsent(f.sheet() + "!" + f.cell(), k -> new ArrayList<>()).add(f);
            }
        }
        List<CellNote> notes = new ArrayList<>();
        for (List<Finding> on : byCell.values()) {
            StringBuilder text = new StringBuilder();
            for (Finding f : on) {
                text.append(text.isEmpty() ? "" : "\n").append(f.code()).append(' ').append(f.message()).append("\n修改方法：").append(f.hint());
            }
            notes.add(new CellNote(on.get(0).sheet(), on.get(0).cell(), on.stream().anyMatch(Finding::isError), text.toString()));
        }
        return List.copyOf(notes);
    }

    private static int rank(Finding f) {
        if (f.isError()) {
            return 0;
        }
        return isBlankHint(f) ? 2 : 1;
    }

    private static boolean isBlankHint(Finding f) {
        return f.code() == FindingCode.C109 || f.code() == FindingCode.C110;
    }

    private static String level(Finding f) {
        return f.isError() ? "错误" : isBlankHint(f) ? "提示" : "警告";
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
