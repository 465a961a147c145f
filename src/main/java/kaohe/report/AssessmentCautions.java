package kaohe.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.ingest.Submission;
import kaohe.plan.DeadlineRule;
import kaohe.plan.DueItems;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.plan.TargetKind;
import kaohe.score.ReferenceValues;
import kaohe.shared.Period;

/**
 * What makes an assessment of a period not yet fit to publish: nothing received at all (a mistyped
 * home, the wrong period), the deadline not yet passed, many units missing, reference values missing.
 * {@code assess} refuses the first unless told to go ahead, and states the others on its output and on
 * page one of the leadership report.
 *
 * @param units         units that owe something for the period
 * @param withReturn    of those, how many have an accepted return
 * @param deadline      the last day returns are on time (Beijing time)
 * @param noReference   codes of the indicators due in the period that need a reference value and have none
 */
public record AssessmentCautions(Period period, int units, int withReturn, boolean beforeDeadline, LocalDate deadline,
                                 List<String> noReference) {

    /** Above this share of units without an accepted return, the ranking says little. */
    static final double MANY_MISSING = 0.2;

    public AssessmentCautions {
        noReference = List.copyOf(noReference);
    }

    public static AssessmentCautions of(Plan plan, Period period, List<Submission> submissions, ReferenceValues references, Instant now) {
        Map<ReportingUnit, SubmissionState> states = SubmissionState.of(plan, period, submissions);
        int units = 0;
        int withReturn = 0;
        // By code: an indicator's own hash walks its list of reporting units, 10,000 long in a large province.
        Map<kaohe.shared.ItemCode, Indicator> due = new java.util.HashMap<>();
        for (ReportingUnit unit : plan.units()) {
            DueItems items = DueItems.of(plan, unit.code(), period);
            if (items.isEmpty()) {
                continue;
            }
            units++;
            if (states.get(unit).hasAcceptedReturn()) {
                withReturn++;
            }
            items.indicators().forEach(i -> due.putIfAbsent(i.code(), i));
        }
        List<String> noReference = due.values().stream().filter(i -> i.rule().kind().needsReference())
                .filter(i -> references.of(i.code(), period).isEmpty())
                .sorted(java.util.Comparator.comparing(i -> i.code().value())).map(i -> i.code().value()).toList();
        LocalDate deadline = plan.deadline().deadline(period);
        boolean before = !now.atZone(DeadlineRule.PLAN_TIME).toLocalDate().isAfter(deadline);
        return new AssessmentCautions(period, units, withReturn, before, deadline, noReference);
    }

    /** Nothing to assess: scoring would rank every unit 0.00 不合格. */
    public boolean nothingReceived() {
        return withReturn == 0;
    }

    public String refusal() {
        return period + " 没有收到任何一份合格报表（" + units + " 个应报单位均无接收记录），考核未进行：请确认 --home、数据库和考核期是否正确；"
                + "如确需在无报表的情况下出具结果，请加 --anyway";
    }

    /** One line per caution, in Chinese, for the command's output and the leadership report. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (nothingReceived()) {
            lines.add("本期没有收到任何合格报表，全部单位按未报送计分，结果不能反映实际完成情况。");
        }
        if (beforeDeadline) {
            lines.add("本次考核在报送截止日（" + deadline + "）之前进行，尚未报送的单位仍可能按时报送，结果为临时结果。");
        }
        int missing = units - withReturn;
        if (!nothingReceived() && missing > 0 && missing > units * MANY_MISSING) {
            lines.add(units + " 个应报单位中有 " + missing + " 个没有合格报表，按未报送计分，排名参考意义有限。");
        }
        if (!noReference.isEmpty()) {
            lines.add("缺少 " + period + " 的参照值，" + noReference.size() + " 项指标暂不计分：" + String.join("、", noReference)
                    + "（参照值见 data/reference/）。");
        }
        return lines;
    }

    /**
     * The same cautions as a leader reads them in the 通报's annex: periods and dates in words, indicators by name, no
     * codes and no paths (where reference values go is the office's business, in {@link #lines()}).
     */
    public List<String> readerLines(Plan plan) {
        List<String> lines = new ArrayList<>();
        if (nothingReceived()) {
            lines.add("本期没有收到任何合格报表，全部单位按未报送计分，结果不能反映实际完成情况。");
        }
        if (beforeDeadline) {
            lines.add("本次考核在报送截止日（" + BulletinForm.chinese(deadline) + "）之前进行，尚未报送的单位仍可能按时报送，结果为临时结果。");
        }
        int missing = units - withReturn;
        if (!nothingReceived() && missing > 0 && missing > units * MANY_MISSING) {
            lines.add(units + "个应报单位中有" + missing + "个没有合格报表，按未报送计分，排名参考意义有限。");
        }
        if (!noReference.isEmpty()) {
            List<String> names = noReference.stream().map(code -> plan.indicator(kaohe.shared.ItemCode.of(code))
                    .map(i -> BulletinFindings.quoted(i.name())).orElse(code)).toList();
            lines.add("缺少" + period.label() + "的全国或全省参照值，" + String.join("", names.subList(0, Math.min(3, names.size())))
                    + (names.size() > 3 ? "等" : "") + noReference.size() + "项指标本期暂不计分，参照值公布后重新考核。");
        }
        return lines;
    }
}
