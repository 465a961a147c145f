package kaohe.plan;

import java.math.BigDecimal;
import java.util.Locale;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * Typed reads of one row's cells. A bad cell is recorded as a problem at its row and column and read
 * as null, so loading goes on and every problem of the file is reported in one run.
 */
final class Cells {

    private final CsvRow row;
    private final Problems problems;

    Cells(CsvRow row, Problems problems) {
        this.row = row;
        this.problems = problems;
    }

    void problem(String column, String message) {
        problems.add(row.file(), row.line(), column, message);
    }

    String text(String column) {
        return row.get(column);
    }

    String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problem(column, "不能为空");
            return null;
        }
        return value;
    }

    ItemCode itemCode(String column) {
        String value = required(column);
        if (value != null && !ItemCode.isValid(value)) {
            problem(column, "编码“" + value + "”无效：应以大写字母开头，只含大写字母和数字");
            return null;
        }
        return value == null ? null : ItemCode.of(value);
    }

    UnitCode unitCode(String column) {
        String value = required(column);
        if (value != null && !UnitCode.isValid(value)) {
            problem(column, "单位编码“" + value + "”无效：县（市、区）用6位行政区划代码，部门用2-10个大写字母");
            return null;
        }
        return value == null ? null : UnitCode.of(value);
    }

    /** A decimal, null when blank; a non-number or a negative number is a problem. */
    BigDecimal decimal(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = Decimals.parse(value);
            if (number.signum() < 0) {
                problem(column, "“" + value + "”不能为负数");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(column, "“" + value + "”不是数字（应写如 95 或 5.94，不带单位和百分号）");
            return null;
        }
    }

    BigDecimal requiredDecimal(String column) {
        if (row.get(column).isEmpty()) {
            problem(column, "不能为空");
            return null;
        }
        return decimal(column);
    }

    Integer integer(String column) {
        BigDecimal number = decimal(column);
        if (number == null) {
            return null;
        }
        if (number.scale() > 0) {
            problem(column, "“" + row.get(column) + "”应为整数");
            return null;
        }
        return number.intValueExact();
    }

    /** One of the enum's constants, written in any case; blank and unknown values are problems. */
    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(column, "“" + value + "”无效，应为：" + allowed(type));
            return null;
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.isEmpty() ? "" : "、").append(constant.name());
        }
        return names.toString();
    }

    Citation citation(String column) {
        String value = required(column);
        if (value != null && !Citation.isValid(value)) {
            problem(column, "出处应写作“种子文件名 章节”，如“000_4953c69a70887cfe.txt 附件3 治气”，多处用“; ”分隔");
            return null;
        }
        return value == null ? null : new Citation(value);
    }

    /** The indicator the {@code code} column names; null (with the problem stated) when indicators.csv has none. */
    Indicator indicator(java.util.Map<ItemCode, Indicator> indicators) {
        ItemCode code = itemCode("code");
        Indicator indicator = code == null ? null : indicators.get(code);
        if (code != null && indicator == null) {
            problem("code", "未知指标 " + code + "：应为 indicators.csv 中的指标编码");
        }
        return indicator;
    }

    /** The {@code unit} column's unit, when it reports {@code indicator}; {@code what} is what the row gives it (它的基数). */
    UnitCode reporter(Indicator indicator, String what) {
        UnitCode unit = unitCode("unit");
        if (indicator != null && unit != null && !indicator.isReportedBy(unit)) {
            problem("unit", "单位 " + unit + " 不报送指标 " + indicator.code() + "，不能有" + what);
            return null;
        }
        return unit;
    }

    /** The {@code year} column: required, and a year of the plan or one of its outlook years. */
    Integer plannedYear(PlanHeader header) {
        Integer year = integer("year");
        if (year == null && text("year").isEmpty()) {
            problem("year", "不能为空");
        }
        if (year != null && header != null && !header.isKnownYear(year)) {
            problem("year", year + " 年不在计划期 " + header.start().year() + "–" + header.end().year()
                    + " 内，也不是展望年份 " + header.outlookYears());
            return null;
        }
        return year;
    }
}
