package kaohe.cli;

import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import kaohe.shared.UnitCode;

/**
 * What an operator typed, checked against the plan: a mistake is refused in one Chinese line (exit 1),
 * so that only picocli's own usage errors give exit 2 and anything else unexpected is a failure with its
 * stack trace in the log.
 */
final class CommandInput {

    private CommandInput() {
    }

    static Period period(String text) {
        if (text == null || !Period.isValid(text.trim())) {
            throw new Refusal("考核期“" + text + "”无效：应写作如 2019Q2（年份加 Q1–Q4）");
        }
        return Period.of(text.trim());
    }

    /** A period the plan assesses. */
    static Period period(String text, Plan plan) {
        Period p = period(text);
        if (!plan.covers(p)) {
            throw new Refusal("考核期 " + p + " 不在计划 " + plan.id() + " 的考核期 " + plan.start() + "–" + plan.end() + " 内");
        }
        return p;
    }

    static ReportingUnit unit(String code, Plan plan) {
        if (code == null || !UnitCode.isValid(code.trim()) || plan.unit(UnitCode.of(code.trim())).isEmpty()) {
            throw new Refusal("单位编码“" + code + "”不在计划 " + plan.id() + " 中（见 data/plans/" + plan.id() + "/units.csv）");
        }
        return plan.unit(UnitCode.of(code.trim())).orElseThrow();
    }
}
