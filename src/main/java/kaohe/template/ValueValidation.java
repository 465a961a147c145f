package kaohe.template;

import kaohe.plan.Indicator;
import kaohe.plan.TargetKind;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

/**
 * Data validation on an indicator's 本期值 cell, fitted to the item, so a clerk is stopped at the keyboard
 * rather than by the rejection mail: percentages 0–100, counts and ranks whole numbers, nothing negative,
 * “无” only where the plan allows 不适用; an input prompt with the target and unit of measure, and an error
 * alert in Chinese. Excel, WPS and LibreOffice honour it. Ingest still checks everything: pasted values
 * bypass validation, and a template is not trusted.
 */
final class ValueValidation {

    /** Excel's limits: a prompt or alert title of 32 characters, a text of 255. */
    private static final int TITLE = 32;
    private static final int TEXT = 255;

    private ValueValidation() {
    }

    static void add(Sheet sheet, int row, Indicator indicator, String target, String unitText) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String cell = new CellReference(row, TemplateLayout.VALUE_COLUMN).formatAsString(false);
        Rule rule = rule(indicator);
        DataValidationConstraint constraint = indicator.allowsNotApplicable()
                ? helper.createCustomConstraint("OR(" + rule.formula(cell) + "," + cell + "=\"无\"," + cell + "=\"/\"," + cell + "=\"—\")")
                : rule.whole()
                        ? helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, rule.min(), rule.max())
                        : helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, rule.min(), rule.max());
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(row, row, TemplateLayout.VALUE_COLUMN, TemplateLayout.VALUE_COLUMN));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.createErrorBox(clip(indicator.code() + " 填写有误", TITLE),
                clip(rule.message() + (indicator.allowsNotApplicable() ? "；本项不适用时填“无”" : ""), TEXT));
        validation.setShowPromptBox(true);
        validation.createPromptBox(clip(indicator.code() + " " + indicator.name(), TITLE),
                clip("目标：" + target.replace('\n', '；') + "\n计量单位：" + unitText, TEXT));
        sheet.addValidationData(validation);
    }

    /** What the cell may hold, as a constraint and as the same condition in a formula (for items that also allow “无”). */
    private record Rule(boolean whole, String min, String max, String message) {

        String formula(String cell) {
            String number = "AND(ISNUMBER(" + cell + ")," + cell + ">=" + min + (max.isEmpty() ? "" : "," + cell + "<=" + max)
                    + (whole ? ",INT(" + cell + ")=" + cell : "") + ")";
            return number;
        }
    }

    private static Rule rule(Indicator indicator) {
        if (indicator.isPercent()) {
            // A typed "95%" is stored by the office suite as 0.95 with a percent format; ingest reads it as 95.
            return new Rule(false, "0", "100", "请填写百分数的数值，如 95");
        }
        TargetKind kind = indicator.rule().kind();
        if (kind == TargetKind.RANK_WITHIN || kind == TargetKind.RANK_FRONT) {
            return new Rule(true, "1", "100000", "请填写名次（正整数），如 3");
        }
        if (indicator.isCount()) {
            return new Rule(true, "0", "1000000000000", "请填写整数（个数、家数、次数），不要带单位或文字");
        }
        return new Rule(false, "0", "1000000000000", "请填写数值（不小于 0），不要带单位或文字，如 5.94");
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
