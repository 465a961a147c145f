package kaohe.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kaohe.plan.BaselineRequest;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Decimals;
import kaohe.shared.UnitCode;
import kaohe.template.BaselineTemplate;
import kaohe.template.TemplateLayout;
import kaohe.validate.Finding;
import kaohe.validate.ValueState;

/**
 * Reads a filled 基数表 with the same guards, reader, seal check and value decoding as a return, and says what it
 * holds: the unit, each value it gives, or in Chinese why nothing of it can be used. One bad cell refuses the whole
 * file, as for a return, so a unit's baselines never go in half.
 */
public final class BaselineIntake {

    /** One value the unit gave: the item, its year-end value, the cell and the unit's note. */
    public record Given(Indicator indicator, BigDecimal value, String cell, String note) {
    }

    /** What the file held: the unit and its values, or the problems that refuse it. */
    public record Outcome(ReportingUnit unit, List<Given> given, List<String> problems) {

        public Outcome {
            given = List.copyOf(given);
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final Plan plan;
    private final TemplateTrust trust;
    private final WorkbookGuard guard;
    private final ReturnReader reader;
    private final ValueDecoder values = new ValueDecoder();

    public BaselineIntake(Plan plan, IngestLimits limits, TemplateTrust trust) {
        this.plan = plan;
        this.trust = trust;
        this.guard = new WorkbookGuard(limits);
        this.reader = new ReturnReader(limits);
    }

    public Outcome read(Path file, String originalName) throws IOException {
        Optional<Finding> unsafe = guard.check(file, originalName);
        if (unsafe.isPresent()) {
            return refused(null, unsafe.get().message());
        }
        ReadResult read = reader.read(file);
        if (read.failure() != null) {
            return refused(null, read.failure().message());
        }
        RawReturn raw = read.raw();
        Map<String, String> meta = raw.meta();
        if (!TemplateLayout.KIND_BASELINES.equals(meta.get(TemplateLayout.META_KIND))) {
            return refused(null, "这不是基数表（没有基数表的标识）：季度报表请放入报表收件箱，基数表请使用考核办下发的原表");
        }
        String planId = meta.getOrDefault(TemplateLayout.META_PLAN, "");
        if (!planId.equals(plan.id())) {
            return refused(null, "基数表属于考核计划“" + planId + "”，不是当前的考核计划“" + plan.id() + "”");
        }
        String unitText = meta.getOrDefault(TemplateLayout.META_UNIT, "");
        String periodText = meta.getOrDefault(TemplateLayout.META_PERIOD, "");
        List<String> sealed = TemplateLayout.sealedFields(meta.getOrDefault(TemplateLayout.META_VERSION, ""), planId,
                meta.getOrDefault(TemplateLayout.META_PLAN_VERSION, ""), unitText, periodText);
        String seal = meta.get(TemplateLayout.META_SEAL);
        if (seal == null || seal.isBlank() || !trust.keys().verifies(sealed, meta.get(TemplateLayout.META_SEAL_KEY), seal)) {
            return refused(null, "基数表的防伪校验码不符（表的标识被改动，或不是本考核办下发的表）：请使用考核办下发的原表重新填写");
        }
        ReportingUnit unit = UnitCode.isValid(unitText) ? plan.unit(UnitCode.of(unitText)).orElse(null) : null;
        if (unit == null) {
            return refused(null, "基数表的填报单位“" + unitText + "”不在考核计划中");
        }
        if (!periodText.equals(BaselineTemplate.period(plan).toString())) {
            return refused(unit, "基数表的年份“" + periodText + "”不是本计划的基数年（" + BaselineRequest.year(plan) + "年底）");
        }
        // What the unit may give: what it owes, and what it gave before (a second 基数表 corrects the first).
        int year = BaselineRequest.year(plan);
        Map<String, Indicator> asked = new LinkedHashMap<>();
        BaselineRequest.owedBy(plan, unit.code()).forEach(i -> asked.put(i.code().value(), i));
        plan.indicators().stream().filter(i -> i.isReportedBy(unit.code()) && plan.valueBefore(i, unit.code(), year).isPresent())
                .forEach(i -> asked.putIfAbsent(i.code().value(), i));
        List<Given> given = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (raw.indicators() == null) {
            return refused(unit, "基数表缺少“" + TemplateLayout.INDICATOR_SHEET + "”工作表");
        }
        for (RawItemRow row : raw.indicators().rows()) {
            Indicator indicator = asked.get(row.code());
            if (indicator == null) {
                problems.add("第 " + (row.row() + 1) + " 行的编码“" + row.code() + "”不是本单位应报基数的指标：请勿增加行或改动编码");
                continue;
            }
            if (!seen.add(row.code())) {
                problems.add("编码“" + row.code() + "”出现了不止一次");
                continue;
            }
            ValueDecoder.Decoded decoded = values.indicator(indicator, row.input(), row.note());
            ValueState state = decoded.value().state();
            if (state == ValueState.BLANK) {
                continue;
            }
            if (state != ValueState.VALUE) {
                problems.add(row.input().ref() + "（" + row.code() + " " + indicator.name() + "）："
                        + (decoded.finding() == null ? "不是可用的数值" : decoded.finding().message()));
                continue;
            }
            if (decoded.value().value().signum() < 0) {
                problems.add(row.input().ref() + "（" + row.code() + " " + indicator.name() + "）：基数 "
                        + Decimals.plain(decoded.value().value()) + " 不能为负数");
                continue;
            }
            given.add(new Given(indicator, decoded.value().value(), TemplateLayout.INDICATOR_SHEET + "!" + row.input().ref(), row.note().trim()));
        }
        if (problems.isEmpty() && given.isEmpty()) {
            problems.add("基数表中没有填写任何数值");
        }
        return new Outcome(unit, problems.isEmpty() ? given : List.of(), problems);
    }

    private static Outcome refused(ReportingUnit unit, String problem) {
        return new Outcome(unit, List.of(), List.of(problem));
    }
}
