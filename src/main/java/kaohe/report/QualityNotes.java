package kaohe.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kaohe.ingest.ReturnStatus;
import kaohe.ingest.PeriodFinding;
import kaohe.ingest.Submission;
import kaohe.plan.DeadlineRule;
import kaohe.score.UnitAssessment;

/** The data-quality notes of a unit's report: when it reported, lateness, replaced returns, warnings. */
final class QualityNotes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DeadlineRule.PLAN_TIME);

    private QualityNotes() {
    }

    static List<String[]> of(PeriodReportData data, UnitAssessment a) {
        String unit = a.unit().code().value();
        List<Submission> mine = data.submissions().stream().filter(s -> unit.equals(s.unitCode())).toList();
        List<String[]> notes = new ArrayList<>();
        notes.add(new String[]{"报送截止", data.plan().deadline().deadline(data.period()).toString()});
        Submission current = mine.stream().filter(s -> s.status() == ReturnStatus.ACCEPTED).findFirst().orElse(null);
        if (current == null) {
            boolean rejected = mine.stream().anyMatch(s -> s.status() == ReturnStatus.REJECTED);
            notes.add(new String[]{"报送情况", rejected ? "本期报表均被退回，按未报送计分。" : "本期未报送。"});
        } else {
            boolean late = data.plan().deadline().isLate(current.receivedAt(), data.period());
            notes.add(new String[]{"报送情况", "采用 " + current.originalName() + "，" + WHEN.format(current.receivedAt()) + " 收到"
                    + (late ? "，晚于截止日期（迟报）。" : "，按时报送。")});
        }
        long superseded = mine.stream().filter(s -> s.status() == ReturnStatus.SUPERSEDED).count();
        long rejected = mine.stream().filter(s -> s.status() == ReturnStatus.REJECTED).count();
        if (superseded + rejected > 0) {
            notes.add(new String[]{"更正与退回", "本期另有 " + rejected + " 份报表被退回、" + superseded + " 份被后报的报表替代（记录保留）。"});
        }
        for (PeriodFinding f : data.findings()) {
            if (unit.equals(f.unitCode()) && f.status() == ReturnStatus.ACCEPTED && f.severity().equals("WARNING")) {
                notes.add(new String[]{"审核提示 " + f.code(), (f.cell() == null ? "" : f.sheet() + "!" + f.cell() + " ") + f.message()});
            }
        }
        if (a.missing() > 0 && current != null) {
            notes.add(new String[]{"缺报", a.missing() + " 个项目未填写，按未报送计分。"});
        }
        for (kaohe.score.Adjustment adjustment : a.adjustments()) {
            notes.add(new String[]{adjustment.veto() ? "一票否决" : "加减分", adjustment.text() + (adjustment.veto()
                    ? "：等级定为不合格，排在同类单位之后。"
                    : adjustment.item() == null ? "：已计入总分（调整前 " + kaohe.score.Exact.shown(a.baseTotal(), 2) + "）。"
                    : "：已计入 " + adjustment.item() + " 的得分。")});
        }
        boolean checklist = a.items().stream().anyMatch(i -> data.plan().indicator(i.item())
                .map(x -> data.plan().isChecklist(x.category())).orElse(false));
        if (checklist) {
            notes.add(new String[]{"示范城市指标", "名称后注有“" + ReportText.CHECKLIST_MARK + "”的项目，是国家“质量强市示范城市”评价的量化指标，"
                    + "不是本计划自己提出的目标；“居前列”的名次线和“全国平均水平”由考核办按当期全国公布的结果填入参照值后才计分。"});
        }
        List<String> waiting = named(a, i -> i.targetText().contains("无基数"));
        if (!waiting.isEmpty()) {
            notes.add(new String[]{"目标口径", "等待本单位基期值的指标：" + list(waiting) + "。它们没有本单位的基期值，按到期目标全额考核；"
                    + "考核办在计划的 baselines.csv 中补上本单位的基期值后，改按序时进度考核。"});
        }
        List<String> pending = named(a, i -> i.targetText().equals(kaohe.plan.TargetReading.PENDING_TEXT));
        if (!pending.isEmpty()) {
            notes.add(new String[]{"目标分解", "本单位目标尚待考核办填写的指标：" + list(pending) + "。填写前这些指标暂不考核，不计入总分。"});
        }
        List<String> aspired = named(a, i -> i.rule().endsWith(kaohe.score.ItemScore.ASPIRATION_MISSED));
        if (!aspired.isEmpty()) {
            notes.add(new String[]{"争取目标", "未达到的争取目标：" + list(aspired) + "。争取目标达到的计满分，未达到的不扣分，不计入总分。"});
        }
        return notes;
    }

    private static List<String> named(UnitAssessment a, java.util.function.Predicate<kaohe.score.ItemScore> which) {
        return a.items().stream().filter(which).map(i -> i.name()).toList();
    }

    /** “甲”“乙”“丙”等 N 项: items by name, never by code, the first five of them. */
    private static String list(List<String> names) {
        String shown = names.stream().limit(5).map(BulletinFindings::quoted).collect(java.util.stream.Collectors.joining());
        return names.size() > 5 ? shown + "等" + names.size() + "项" : shown;
    }
}
