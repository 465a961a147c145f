package kaohe.ingest;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import kaohe.plan.Indicator;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.template.TemplateLayout;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;
import kaohe.validate.ItemType;
import kaohe.validate.ReturnValue;
import kaohe.validate.ValueState;

/**
 * Turns what a person typed into a value, once, for every return: 95, 95%, ９５, 0.95 in a
 * percent-formatted cell, 1,234, surrounding spaces, a formula's cached result, and —, /, 无 as
 * 不适用 where the indicator allows it. It never guesses: 0.95 typed for a percent indicator could
 * mean 95% or 0.95%, so it is an error with a hint.
 */
final class ValueDecoder {

    private static final Set<String> NOT_APPLICABLE = Set.of("—", "-", "–", "/", "无", "不适用", "——");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** 58,9 or 0,25: one comma with digits on both sides that cannot be a thousands separator, as European keyboards write a decimal. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,(\\d{1,2}|\\d{4,})");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The value column holds DECIMAL(19,6): 13 digits before the point, 6 after. */
    static final BigDecimal LIMIT = BigDecimal.TEN.pow(13);
    static final int MAX_DECIMALS = 6;
    /** What Excel shows of a double, and so what the person meant: 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15, java.math.RoundingMode.HALF_EVEN);

    /** The decoded value and, when the cell is unusable or empty, the finding that says so. */
    public record Decoded(ReturnValue value, Finding finding) {
    }

    public Decoded indicator(Indicator indicator, RawCell cell, String note) {
        String sheet = TemplateLayout.INDICATOR_SHEET;
        ItemCode item = indicator.code();
        if (cell.error() != null) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C108, sheet, cell.ref(), item.value(), cell.error()));
        }
        if (cell.uncalculated()) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C113, sheet, cell.ref(), item.value()));
        }
        if (cell.isBlank()) {
            return new Decoded(value(indicator, cell, note, ValueState.BLANK, null),
                    Finding.at(FindingCode.C109, sheet, cell.ref(), item.value()));
        }
        if (cell.number() != null) {
            double number = cell.number();
            if (!Double.isFinite(number)) {
                return invalid(indicator, cell, note, Finding.at(FindingCode.C111, sheet, cell.ref(), item.value(), shown(cell)));
            }
            if (cell.dateFormat()) {
                return invalid(indicator, cell, note, Finding.at(FindingCode.C112, sheet, cell.ref(), item.value(), shown(cell)));
            }
            return number(indicator, cell, note, BigDecimal.valueOf(number).round(EXCEL_DIGITS), cell.percentFormat());
        }
        String text = normalise(cell.text());
        if (NOT_APPLICABLE.contains(text)) {
            if (!indicator.allowsNotApplicable()) {
                return invalid(indicator, cell, note, Finding.at(FindingCode.C106, sheet, cell.ref(), item.value(), cell.text().trim()));
            }
            return new Decoded(value(indicator, cell, note, ValueState.NOT_APPLICABLE, null), null);
        }
        boolean percentSign = text.endsWith("%");
        String digits = percentSign ? text.substring(0, text.length() - 1) : text;
        if (THOUSANDS.matcher(digits).matches()) {
            digits = digits.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(digits).matches()) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C115, sheet, cell.ref(), item.value(), cell.text().trim()));
        } else if (digits.contains(",")) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C105, sheet, cell.ref(), item.value(),
                    cell.text().trim(), "逗号既不像千位分隔符也不像小数点"));
        }
        BigDecimal number;
        try {
            number = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C101, sheet, cell.ref(), item.value(), cell.text().trim()));
        }
        if (percentSign && !indicator.isPercent()) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C105, sheet, cell.ref(), item.value(),
                    cell.text().trim(), "该指标的计量单位是“" + indicator.unitOfMeasure() + "”，不是百分数"));
        }
        if (percentSign) {
            return checked(indicator, cell, note, number);
        }
        return number(indicator, cell, note, number, false);
    }

    /**
     * A ratio from its two part cells: each read as any 本期值 is, then the quotient (numerator ÷ denominator × per) kept
     * with both parts, so a higher level can take the ratio of sums. Both empty is an empty 本期值; one of them empty,
     * a negative part or a 0 denominator is an error naming the cell, since no ratio can be derived.
     */
    public Decoded ratio(Indicator indicator, RawCell numerator, RawCell denominator, String note) {
        Indicator part = indicator.part();
        Decoded n = indicator(part, numerator, note);
        Decoded d = indicator(part, denominator, note);
        for (Decoded decoded : java.util.List.of(n, d)) {
            if (decoded.value().state() == ValueState.INVALID) {
                return decoded;
            }
        }
        ValueState ns = n.value().state();
        ValueState ds = d.value().state();
        if (ns == ValueState.BLANK && ds == ValueState.BLANK) {
            return n;
        }
        if (ns == ValueState.NOT_APPLICABLE && ds == ValueState.NOT_APPLICABLE) {
            return n;
        }
        String code = indicator.code().value();
        String sheet = TemplateLayout.INDICATOR_SHEET;
        if (ns != ValueState.VALUE || ds != ValueState.VALUE) {
            RawCell empty = ns != ValueState.VALUE ? numerator : denominator;
            return invalid(indicator, empty, note, Finding.at(FindingCode.C116, sheet, empty.ref(), code,
                    "须同时填写（" + (ns != ValueState.VALUE ? "分子" : "分母") + " " + empty.ref() + " 为"
                            + (empty.isBlank() ? "空" : "“" + empty.text().trim() + "”") + "）"));
        }
        BigDecimal top = n.value().value();
        BigDecimal bottom = d.value().value();
        if (top.signum() < 0 || bottom.signum() < 0) {
            RawCell negative = top.signum() < 0 ? numerator : denominator;
            return invalid(indicator, negative, note, Finding.at(FindingCode.C116, sheet, negative.ref(), code,
                    "不能为负数（" + negative.ref() + " 为 " + shown(negative) + "）"));
        }
        if (bottom.signum() == 0) {
            return invalid(indicator, denominator, note, Finding.at(FindingCode.C116, sheet, denominator.ref(), code,
                    "中分母为 0（" + denominator.ref() + "），无法算出比率"));
        }
        BigDecimal value = indicator.ratio().of(top, bottom);
        return new Decoded(new ReturnValue(indicator.code(), ItemType.INDICATOR, ValueState.VALUE, value, null,
                Decimals.plain(top) + "/" + Decimals.plain(bottom), note, sheet, numerator.ref(), top, bottom), null);
    }

    /** A number is stored only if the value column can hold it exactly: bounded, at most 6 decimals. */
    private static Decoded checked(Indicator indicator, RawCell cell, String note, BigDecimal number) {
        String sheet = TemplateLayout.INDICATOR_SHEET;
        if (number.abs().compareTo(LIMIT) >= 0) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C111, sheet, cell.ref(), indicator.code().value(), shown(cell)));
        }
        BigDecimal exact = number.stripTrailingZeros();
        if (exact.scale() > MAX_DECIMALS) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C114, sheet, cell.ref(), indicator.code().value(), shown(cell)));
        }
        return new Decoded(value(indicator, cell, note, ValueState.VALUE, exact.scale() < 0 ? exact.setScale(0) : exact), null);
    }

    /** The cell as the person saw it, cut short: a pasted 1e400 or a long formula result stays readable in a message. */
    private static String shown(RawCell cell) {
        String text = cell.text().trim();
        if (text.isEmpty() && cell.number() != null) {
            text = String.valueOf(cell.number());
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private Decoded number(Indicator indicator, RawCell cell, String note, BigDecimal number, boolean percentFormat) {
        String sheet = TemplateLayout.INDICATOR_SHEET;
        if (percentFormat && !indicator.isPercent()) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C105, sheet, cell.ref(), indicator.code().value(),
                    cell.text().trim(), "单元格设成了百分比格式，而该指标的计量单位是“" + indicator.unitOfMeasure() + "”"));
        }
        if (percentFormat) {
            return checked(indicator, cell, note, number.multiply(HUNDRED));
        }
        if (indicator.isPercent() && number.signum() > 0 && number.compareTo(BigDecimal.ONE) <= 0) {
            return invalid(indicator, cell, note, Finding.at(FindingCode.C105, sheet, cell.ref(), indicator.code().value(),
                    cell.text().trim(), "可能是 " + Decimals.plain(Decimals.canonical(number.multiply(HUNDRED)))
                            + "%，也可能是 " + Decimals.plain(Decimals.canonical(number)) + "%"));
        }
        return checked(indicator, cell, note, number);
    }

    public Decoded task(ItemCode task, RawCell cell, String progress) {
        String sheet = TemplateLayout.TASK_SHEET;
        String status = normalise(cell.text());
        if (cell.isBlank()) {
            return new Decoded(new ReturnValue(task, ItemType.TASK, ValueState.BLANK, null, null, "", progress, sheet, cell.ref()),
                    Finding.at(FindingCode.C110, sheet, cell.ref(), task.value()));
        }
        if (!TemplateLayout.STATUSES.contains(status)) {
            return new Decoded(new ReturnValue(task, ItemType.TASK, ValueState.INVALID, null, null, cell.text(), progress, sheet, cell.ref()),
                    Finding.at(FindingCode.C107, sheet, cell.ref(), task.value(), cell.text().trim()));
        }
        return new Decoded(new ReturnValue(task, ItemType.TASK, ValueState.VALUE, null, status, cell.text(), progress, sheet, cell.ref()), null);
    }

    /** Full-width digits and signs to ASCII, all spaces (ASCII, full-width, non-breaking) removed. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '％') {
                out.append('%');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else if (c == '／') {
                out.append('/');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        String result = out.toString();
        return result.startsWith("+") ? result.substring(1) : result;
    }

    private static ReturnValue value(Indicator indicator, RawCell cell, String note, ValueState state, BigDecimal number) {
        return new ReturnValue(indicator.code(), ItemType.INDICATOR, state, number, null, cell.text(), note,
                TemplateLayout.INDICATOR_SHEET, cell.ref());
    }

    private static Decoded invalid(Indicator indicator, RawCell cell, String note, Finding finding) {
        return new Decoded(value(indicator, cell, note, ValueState.INVALID, null), finding);
    }
}
