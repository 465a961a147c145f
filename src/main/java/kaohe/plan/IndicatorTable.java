package kaohe.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/** {@code indicators.csv}: one row per indicator; its yearly targets come from {@link TargetTable}. */
final class IndicatorTable {

    static final String FILE = "indicators.csv";
    static final List<String> COLUMNS = List.of("code", "name", "category", "kind", "direction", "span",
            "unit_of_measure", "baseline", "baseline_year", "lead_unit", "reported_by", "due", "weight", "source");

    /** An indicator row before its targets are attached. */
    record Row(Indicator indicator, int line) {
    }

    private final List<Row> rows = new ArrayList<>();
    /** Kinds whose values can be averaged or added up into the area's figure. */
    /** Kinds whose value can be a quotient of two reported counts; ranks, zeros and running totals are reported as they are. */
    private static final java.util.Set<TargetKind> RATIO_KINDS = java.util.EnumSet.of(TargetKind.AT_LEAST, TargetKind.AT_MOST,
            TargetKind.RANGE, TargetKind.VS_REFERENCE, TargetKind.TREND);
    private static final java.util.Set<TargetKind> WHOLE_KINDS = java.util.EnumSet.of(TargetKind.AT_LEAST, TargetKind.AT_MOST,
            TargetKind.RANGE, TargetKind.CUMULATIVE);

    IndicatorTable(CsvTableReader reader, Problems problems, UnitTable units, CategoryTable categories) {
        for (CsvRow csv : reader.read(FILE, COLUMNS)) {
            Cells cells = new Cells(csv, problems);
            Indicator indicator = parse(cells, units, categories);
            if (indicator != null) {
                rows.add(new Row(indicator, csv.line()));
            }
        }
    }

    List<Row> rows() {
        return rows;
    }

    private static Indicator parse(Cells cells, UnitTable units, CategoryTable categories) {
        ItemCode code = cells.itemCode("code");
        String name = cells.required("name");
        String category = category(cells, categories);
        TargetRule rule = rule(cells);
        UnitCode lead = cells.unitCode("lead_unit");
        if (lead != null && !units.contains(lead)) {
            cells.problem("lead_unit", "未知单位“" + lead + "”：应为 units.csv 中的单位编码");
            lead = null;
        }
        String reportedText = cells.required("reported_by");
        List<UnitCode> reportedBy = reportedText == null ? List.of()
                : units.resolve(reportedText, lead, cells, "reported_by");
        Due due = cells.choice("due", Due.class);
        BigDecimal weight = cells.requiredDecimal("weight");
        Baseline baseline = baseline(cells);
        Deduction deduction = deduction(cells);
        if (deduction != null && rule != null
                && (rule.kind().needsReference() || rule.kind() == TargetKind.TREND)) {
            cells.problem("deduction_points", rule.kind() + " 类指标没有“差距”，不能用扣分制");
            deduction = null;
        }
        Citation source = cells.citation("source");
        if (code == null || name == null || category == null || rule == null || lead == null
                || reportedBy.isEmpty() || due == null || weight == null || source == null) {
            return null;
        }
        Boolean allowsNa = flag(cells, "na_allowed");
        if (allowsNa == null) {
            return null;
        }
        String eitherOf = cells.text("either_of");
        if (!eitherOf.isEmpty() && !ItemCode.isValid(eitherOf)) {
            cells.problem("either_of", "“" + eitherOf + "”无效：可选指标组用一个编码表示（如 D06），组内各指标填同一编码");
            return null;
        }
        Aggregate whole = null;
        String wholeText = cells.text("whole");
        if (!wholeText.isEmpty()) {
            whole = Aggregate.parse(wholeText).orElse(null);
            if (whole == null) {
                cells.problem("whole", "只能是 mean（各县级单位报送值的平均）、sum（合计）或 ratio（分子之和除以分母之和），留空即由牵头单位报送本级数值，现为“"
                        + wholeText + "”");
                return null;
            }
            if (!WHOLE_KINDS.contains(rule.kind())) {
                cells.problem("whole", rule.kind() + " 类指标不能按汇总值考核：只有 AT_LEAST、AT_MOST、RANGE、CUMULATIVE 有可汇总的数值");
                return null;
            }
            if (reportedBy.stream().noneMatch(u -> units.isCounty(u))) {
                cells.problem("whole", "汇总值来自各县级单位的报送：reported_by 应含 counties");
                return null;
            }
        }
        String allOf = cells.text("all_of");
        if (!allOf.isEmpty() && !ItemCode.isValid(allOf)) {
            cells.problem("all_of", "“" + allOf + "”无效：“且”指标组用一个编码表示（如 D02），组内各指标填同一编码");
            return null;
        }
        if (!allOf.isEmpty() && !eitherOf.isEmpty()) {
            cells.problem("all_of", "一项指标不能同时属于“或”（either_of）和“且”（all_of）组");
            return null;
        }
        BigDecimal yearly = cells.decimal("yearly");
        if (!cells.text("yearly").isEmpty()) {
            if (yearly == null) {
                return null;
            }
            if (rule.kind() != TargetKind.CUMULATIVE && rule.kind() != TargetKind.RANGE) {
                cells.problem("yearly", "每年新增量只用于累计类指标（CUMULATIVE、RANGE），" + rule.kind() + " 应留空");
                return null;
            }
            if (yearly.signum() <= 0) {
                cells.problem("yearly", "每年新增量应为正数，如“每年新增8—9个”写 8");
                return null;
            }
        }
        Ratio ratio = null;
        String ratioText = cells.text("ratio");
        if (!ratioText.isEmpty()) {
            BigDecimal per = cells.text("per").isEmpty() ? BigDecimal.ONE : cells.decimal("per");
            if (per == null) {
                return null;
            }
            if (per.signum() <= 0) {
                cells.problem("per", "比率的倍数应为正数：百分比写 100，每千人写 1000（分母以人计时），不乘写 1");
                return null;
            }
            ratio = Ratio.parse(ratioText, per).orElse(null);
            if (ratio == null) {
                cells.problem("ratio", "应写作“分子/分母”，如“通报次数/出口批次”，现为“" + ratioText + "”");
                return null;
            }
            if (!RATIO_KINDS.contains(rule.kind())) {
                cells.problem("ratio", rule.kind() + " 类指标不是比率：名次、零值和累计数照原样填报，ratio 应留空");
                return null;
            }
        } else if (!cells.text("per").isEmpty()) {
            cells.problem("per", "只有以分子、分母报送的指标（ratio 列）才有倍数，per 应留空");
            return null;
        }
        if (whole == Aggregate.RATIO && ratio == null) {
            cells.problem("whole", "whole=ratio（分子之和除以分母之和）只用于以分子、分母报送的指标：请在 ratio 列写明“分子/分母”");
            return null;
        }
        return new Indicator(code, name, category, rule, cells.text("unit_of_measure"), baseline, lead,
                reportedBy, due, weight, deduction, allowsNa, List.of(), source, eitherOf.isEmpty() ? null : eitherOf, whole,
                allOf.isEmpty() ? null : allOf, yearly, ratio);
    }

    static String category(Cells cells, CategoryTable categories) {
        String category = cells.required("category");
        if (category != null && !categories.contains(category)) {
            cells.problem("category", "未知分类“" + category + "”：应为 categories.csv 中的分类编码");
            return null;
        }
        return category;
    }

    private static TargetRule rule(Cells cells) {
        TargetKind kind = cells.choice("kind", TargetKind.class);
        if (kind == null) {
            return null;
        }
        if (kind == TargetKind.MILESTONE) {
            cells.problem("kind", "MILESTONE 只用于任务（tasks.csv），指标不能使用");
            return null;
        }
        Direction direction = null;
        if (kind.needsDirection()) {
            direction = cells.choice("direction", Direction.class);
            if (direction != null && !kind.directions().contains(direction)) {
                cells.problem("direction", kind + " 的方向应为 " + kind.directions());
                direction = null;
            }
        } else if ((kind == TargetKind.AT_LEAST || kind == TargetKind.AT_MOST) && !cells.text("direction").isEmpty()) {
            // A bar with a direction: 000's "持续下降，确保控制在44" (AT_MOST falling), "逐年提高…稳定在70%以上" (AT_LEAST rising).
            direction = cells.choice("direction", Direction.class);
            Direction allowed = kind == TargetKind.AT_LEAST ? Direction.RISING : Direction.FALLING;
            if (direction != null && direction != allowed) {
                cells.problem("direction", kind + " 只能另要求 " + allowed.name().toLowerCase(java.util.Locale.ROOT)
                        + "（" + (allowed == Direction.RISING ? "逐年提高" : "持续下降") + "），不要求则留空");
                return null;
            }
        } else if (!cells.text("direction").isEmpty()) {
            cells.problem("direction", kind + " 不使用方向，应留空");
        }
        Integer span = null;
        if (kind.needsSpan()) {
            span = cells.integer("span");
            if (span == null || span < 1) {
                cells.problem("span", "TREND 需填写考察年数（如 3）");
                span = null;
            }
        }
        if (kind == TargetKind.RANK_WITHIN && !cells.text("span").isEmpty()) {
            // A rank held over a window: 004's "连续3年居全国城市排名前10位".
            span = cells.integer("span");
            if (span == null || span < 2) {
                cells.problem("span", "RANK_WITHIN 的 span 是须连续保持名次的年数（如“连续3年”填 3），至少 2；只看当年则留空");
                return null;
            }
        }
        if ((kind.needsDirection() && direction == null) || (kind.needsSpan() && span == null)) {
            return null;
        }
        return new TargetRule(kind, direction, span == null ? 0 : span);
    }

    /** An optional yes/no column: blank or false is false. */
    private static Boolean flag(Cells cells, String column) {
        String value = cells.text(column);
        if (value.isEmpty() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        cells.problem(column, "“" + value + "”无效，应为 true 或 false");
        return null;
    }

    private static Baseline baseline(Cells cells) {
        BigDecimal value = cells.decimal("baseline");
        Integer year = cells.integer("baseline_year");
        if ((value == null) != (year == null)) {
            cells.problem(value == null ? "baseline" : "baseline_year", "基期值和基期年份应同时填写或同时留空");
            return null;
        }
        return value == null ? null : new Baseline(value, year);
    }

    private static Deduction deduction(Cells cells) {
        BigDecimal points = cells.decimal("deduction_points");
        BigDecimal step = cells.decimal("deduction_step");
        if ((points == null) != (step == null)) {
            cells.problem(points == null ? "deduction_points" : "deduction_step", "扣分制需同时填写每档扣分和档距");
            return null;
        }
        if (step != null && step.signum() == 0) {
            cells.problem("deduction_step", "档距不能为 0");
            return null;
        }
        return points == null ? null : new Deduction(points, step);
    }

}
